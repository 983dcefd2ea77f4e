// The server over real HTTP: what it serves, what it refuses.
import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen } from '../../src/server/index.ts';
import { graphFromFiles } from '../../src/server/graph.ts';
import { parseRdf } from '../../src/rdf/read.ts';

const viewerDir = mkdtempSync(path.join(tmpdir(), 'actorgraph-viewer-'));
writeFileSync(path.join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
mkdirSync(path.join(viewerDir, 'assets'));
writeFileSync(path.join(viewerDir, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(viewerDir, { recursive: true, force: true }));
const GRAPH = '<https://w3id.org/actorgraph/id/x> a <https://w3id.org/actorgraph/ns#Person> .\n';

/** A raw request: node's http client sends the path exactly as given (no URL normalization). */
function request(url: string, p: string, method = 'GET', body?: Buffer, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type?: string; text: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(url, { method, path: p, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the server', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = createServer({
      graph: GRAPH, viewerDir, limits: { maxBodyBytes: 1000 },
      routes: { '/echo': async (_req, res, ctx) => { res.end((await ctx.body()).length.toString()); } },
    });
    url = await listen(server, 0, '127.0.0.1');
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('listens on 127.0.0.1 and serves the viewer and the graph', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await request(url, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await request(url, '/assets/app.js')).toMatchObject({ status: 200, text: 'console.log(1)' });
    expect(await request(url, '/graph.ttl')).toMatchObject({ status: 200, type: 'text/turtle; charset=utf-8', text: GRAPH });
  });

  it('sends a content security policy that allows no inline script', async () => {
    const csp = (await request(url, '/')).headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd'])(
    'keeps %s inside the viewer folder', async (p) => {
      const res = await request(url, p);
      expect([400, 404]).toContain(res.status);
      expect(res.text).not.toContain('root:');
    });

  it('is read-only: other methods than GET and HEAD are refused', async () => {
    expect((await request(url, '/graph.ttl', 'PUT', Buffer.from('x'))).status).toBe(405);
    expect((await request(url, '/index.html', 'DELETE')).status).toBe(405);
    expect(await request(url, '/graph.ttl', 'HEAD')).toMatchObject({ status: 200, text: '' });
  });

  it('refuses oversized bodies with 413, announced or streamed', async () => {
    expect((await request(url, '/echo', 'POST', Buffer.alloc(500))).text).toBe('500');
    expect((await request(url, '/echo', 'POST', Buffer.alloc(5000))).status).toBe(413);
    const chunked = await request(url, '/echo', 'POST', Buffer.alloc(5000), { 'Transfer-Encoding': 'chunked' });
    expect(chunked.status).toBe(413);
  });

  it('answers 404 for files that do not exist', async () => {
    expect((await request(url, '/nope.js')).status).toBe(404);
    expect((await request(url, '/assets')).status).toBe(404);
  });
});

describe('graphs given to serve', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-graphs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => { const p = path.join(dir, name); writeFileSync(p, text); return p; };

  it('names the line and column of a syntax error', async () => {
    const bad = file('bad.ttl', '@prefix ag: <https://w3id.org/actorgraph/ns#> .\n<a> a ag:Person .\n<b> ag:visited ;; <c> .\n');
    await expect(graphFromFiles([bad])).rejects.toThrow(/bad\.ttl:3:\d+: /);
  });

  it('serves one Turtle file as it is, and merges several, keeping their blank nodes apart', async () => {
    const a = file('a.ttl', '_:s <https://e.org/p> "a" .\n');
    const b = file('b.nt', '_:s <https://e.org/p> "b" .\n');
    expect(await graphFromFiles([a])).toBe('_:s <https://e.org/p> "a" .\n');
    const merged = parseRdf(await graphFromFiles([a, b]));
    expect(merged.map((q) => q.object.value).sort()).toEqual(['a', 'b']);
    expect(new Set(merged.map((q) => q.subject.value)).size).toBe(2);
  });
});
