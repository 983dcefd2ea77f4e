// Push without a real store: HTTP Digest, the split into document graphs, and the Graph Store
// client against a fake server that asks for Digest, fails transiently, or refuses for good.
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { digestAuthorization, parseDigestChallenge } from '../../src/sparql/digest.ts';
import { partitionByDocument } from '../../src/sparql/partition.ts';
import { documentGraphs, pushGraphs, tripleCount } from '../../src/sparql/push.ts';
import { parseRdf } from '../../src/rdf/read.ts';

const FIXTURE = 'test/fixtures/graph/seed-like.ttl';

describe('HTTP Digest', () => {
  it('answers the RFC 2617 example challenge', () => {
    const ch = parseDigestChallenge('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')!;
    expect(ch.realm).toBe('testrealm@host.com');
    const header = digestAuthorization({ user: 'Mufasa', password: 'Circle Of Life' }, ch, 'GET', '/dir/index.html', 1, '0a4f113b');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
    expect(parseDigestChallenge('Basic realm="x"')).toBeUndefined();
  });
});

describe('partitionByDocument', () => {
  const one = parseRdf(readFileSync(FIXTURE, 'utf8'));

  it('puts a one-document graph whole into that document\'s graph', () => {
    const graphs = partitionByDocument(one, { rest: 'seed' });
    expect(graphs.map((g) => [g.graph, g.name])).toEqual([['https://w3id.org/actorgraph/graph/doc/95320382c1', '000_7dbc5fa66e82dbcb']]);
    expect(graphs[0].quads).toHaveLength(one.length);
  });

  it('gives each document its statements and the entities they use, and the rest its own graph', () => {
    const other = parseRdf(`
      @prefix ag: <https://w3id.org/actorgraph/ns#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix prov: <http://www.w3.org/ns/prov#> .
      <https://w3id.org/actorgraph/id/doc/abcdef0123> a prov:Entity ; <http://purl.org/dc/terms/identifier> "other" ; ag:sha256 "abcdef0123" .
      <https://w3id.org/actorgraph/id/country/india> ag:memberOf <https://w3id.org/actorgraph/id/organization/brics> .
      [] a rdf:Statement ; rdf:subject <https://w3id.org/actorgraph/id/country/india> ; rdf:predicate ag:memberOf ;
         rdf:object <https://w3id.org/actorgraph/id/organization/brics> ;
         prov:wasDerivedFrom <https://w3id.org/actorgraph/id/doc/abcdef0123> ; ag:evidence "India is in BRICS." .
      <https://w3id.org/actorgraph/id/person/nobody> a ag:Person ; rdfs:label "Nobody" .`);
    const graphs = partitionByDocument([...one, ...other], { graphBase: 'http://g/', rest: 'corpus-ttl' });
    expect(graphs.map((g) => g.graph)).toEqual(['http://g/doc/95320382c1', 'http://g/doc/abcdef0123', 'http://g/rest/corpus-ttl']);
    const [, doc2, rest] = graphs;
    const labels = doc2.quads.filter((q) => q.predicate.value.endsWith('#label')).map((q) => q.object.value).sort();
    expect(labels).toEqual(['BRICS', 'India']);
    expect(doc2.quads.some((q) => q.predicate.value.endsWith('#memberOf') && q.subject.termType === 'NamedNode')).toBe(true);
    expect(rest.quads.map((q) => q.object.value)).toEqual(['https://w3id.org/actorgraph/ns#Person', 'Nobody']);
  });
});

// A Graph Store that wants Digest (user dba / dba), answers 503 twice for one graph and 400 always
// for another, and keeps what it was given.
const stored = new Map<string, string>();
const attempts = new Map<string, number>();
const NONCE = 'n0nce';
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const server = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const auth = req.headers.authorization ?? '';
  const f = Object.fromEntries([...auth.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((m) => [m[1], m[2] ?? m[3]]));
  const ha1 = md5(`dba:SPARQL:dba`);
  const ok = f.response === md5(`${ha1}:${NONCE}:${f.nc}:${f.cnonce}:auth:${md5(`${req.method}:${f.uri}`)}`);
  if (!auth.startsWith('Digest') || !ok) {
    res.writeHead(401, { 'WWW-Authenticate': `Digest realm="SPARQL", nonce="${NONCE}", qop="auth", algorithm="MD5"` });
    return res.end();
  }
  const graph = new URL(req.url!, 'http://x').searchParams.get('graph')!;
  const n = (attempts.get(graph) ?? 0) + 1;
  attempts.set(graph, n);
  if (graph.endsWith('flaky') && n <= 2) return res.writeHead(503).end('busy');
  if (graph.endsWith('broken')) return res.writeHead(400).end('bad RDF at line 1');
  stored.set(graph, body);
  res.writeHead(201).end();
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gsp`;
afterAll(() => new Promise((ok) => server.close(ok)));

describe('pushGraphs', () => {
  const graphs = (names: string[]) => names.map((n) => ({ graph: `http://g/${n}`, name: n, quads: parseRdf(`<http://a/${n}> <http://a/p> "x" .`, 'ntriples') }));

  it('loads every graph, retrying transient failures, and reports what was loaded', async () => {
    const retries: string[] = [];
    const report = await pushGraphs(graphs(['a', 'b', 'flaky']), {
      endpoint, credentials: { user: 'dba', password: 'dba' }, backoffMs: 5, onRetry: (r) => retries.push(`${r.graph} ${r.reason}`),
    });
    expect(report.failed).toEqual([]);
    expect(report.loaded.map((l) => l.name).sort()).toEqual(['a', 'b', 'flaky']);
    expect(retries).toEqual(['http://g/flaky HTTP 503 Service Unavailable: busy', 'http://g/flaky HTTP 503 Service Unavailable: busy']);
    expect(stored.get('http://g/a')).toBe('<http://a/a> <http://a/p> "x" .\n');
  });

  it('names the documents that failed, and only those', async () => {
    const report = await pushGraphs(graphs(['c', 'broken']), { endpoint, credentials: { user: 'dba', password: 'dba' }, backoffMs: 5 });
    expect(report.loaded.map((l) => l.name)).toEqual(['c']);
    expect(report.failed).toEqual([{ graph: 'http://g/broken', name: 'broken', reason: 'HTTP 400 Bad Request: bad RDF at line 1' }]);
  });

  it('stops at wrong credentials and lists every document as not loaded', async () => {
    const report = await pushGraphs(graphs(['d', 'e', 'f']), { endpoint, credentials: { user: 'dba', password: 'no' }, batchSize: 1 });
    expect(report.loaded).toEqual([]);
    expect(report.failed.map((f) => f.reason)).toEqual(['HTTP 401 Unauthorized', 'not sent: HTTP 401 Unauthorized', 'not sent: HTTP 401 Unauthorized']);
  });

  it('gives up on an unreachable store after its attempts', async () => {
    const closed = http.createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const report = await pushGraphs(graphs(['g']), { endpoint: `http://127.0.0.1:${port}/gsp`, attempts: 2, backoffMs: 5 });
    expect(report.failed[0].reason).toMatch(/ECONNREFUSED \(after 2 attempts\)/);
  });

  it('counts the triples of the files it reads', async () => {
    const [g] = await documentGraphs([FIXTURE]);
    expect(tripleCount(g)).toBe(g.quads.length);
  });
});
