import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, resolveStaticPath } from '../../src/server/static-path.ts';

const ROOT = path.resolve('/srv/viewer');

describe('static paths', () => {
  it('maps paths inside the viewer folder, / to index.html', () => {
    expect(resolveStaticPath(ROOT, '/')).toEqual({ file: path.join(ROOT, 'index.html') });
    expect(resolveStaticPath(ROOT, '/assets/index-abc.js?v=1')).toEqual({ file: path.join(ROOT, 'assets/index-abc.js') });
    expect(resolveStaticPath(ROOT, '/a%20b.css')).toEqual({ file: path.join(ROOT, 'a b.css') });
  });

  it.each([
    '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%2E%2E/etc/passwd', '/assets/..%2f..%2fetc/passwd',
    '/..%2F..%2Fetc%2Fpasswd', '/assets/../../etc/passwd',
  ])('refuses %s', (p) => {
    const r = resolveStaticPath(ROOT, p);
    expect('status' in r && [400, 404].includes(r.status)).toBe(true);
  });

  it.each(['/%00', '/a%5c..%5c..%5cetc', '/%E0%A4%A', 'relative'])('refuses malformed %s with 400', (p) => {
    expect(resolveStaticPath(ROOT, p)).toEqual({ status: 400 });
  });

  it('names content types, plain bytes when unknown', () => {
    expect(contentType('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('a.bin')).toBe('application/octet-stream');
  });
});
