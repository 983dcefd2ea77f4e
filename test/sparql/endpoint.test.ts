// The SPARQL 1.1 Protocol handler on a bare http server, queried by a real client library
// (fetch-sparql-endpoint) and by hand for the protocol's corners.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { SparqlEndpointFetcher } from 'fetch-sparql-endpoint';
import { createSparqlHandler, isUpdate } from '../../src/sparql/endpoint.ts';
import { negotiate } from '../../src/sparql/negotiate.ts';
import { SparqlStore } from '../../src/sparql/store.ts';

const PREFIXES = 'PREFIX ag: <https://w3id.org/actorgraph/ns#> PREFIX role: <https://w3id.org/actorgraph/role#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ';
const store = await SparqlStore.open([{ path: 'test/fixtures/graph/seed-like.ttl' }]);
const server = http.createServer(createSparqlHandler(store, { timeoutMs: 500, maxResults: 10, maxBodyBytes: 10_000 }));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  await store.close();
});

async function collect<T>(stream: NodeJS.ReadableStream): Promise<T[]> {
  const out: T[] = [];
  for await (const x of stream as AsyncIterable<T>) out.push(x);
  return out;
}

describe('SPARQL endpoint through fetch-sparql-endpoint', () => {
  for (const method of ['GET', 'POST'] as const) {
    it(`answers SELECT over ${method}`, async () => {
      const fetcher = new SparqlEndpointFetcher({ method });
      const rows = await collect<Record<string, { value: string }>>(
        await fetcher.fetchBindings(endpoint, PREFIXES + 'SELECT ?name WHERE { ?p role:primeMinister ?c . ?p rdfs:label ?name } ORDER BY ?name'),
      );
      expect(rows.map((r) => r.name.value)).toEqual(['Imran Khan', 'Narendra Modi', 'Nawaz Sharif', 'Shahid Khaqan']);
    });
  }

  it('answers ASK and CONSTRUCT', async () => {
    const fetcher = new SparqlEndpointFetcher();
    expect(await fetcher.fetchAsk(endpoint, PREFIXES + 'ASK { ?a ag:met ?b }')).toBe(true);
    expect(await fetcher.fetchAsk(endpoint, PREFIXES + 'ASK { ?a ag:met ?a }')).toBe(false);
    const triples = await collect<{ subject: { value: string } }>(
      await fetcher.fetchTriples(endpoint, PREFIXES + 'CONSTRUCT { ?c ag:memberOf ?g } WHERE { ?c ag:memberOf ?g }'),
    );
    expect(triples).toHaveLength(4);
  });

  it('refuses updates with 403', async () => {
    await expect(new SparqlEndpointFetcher().fetchUpdate(endpoint, 'INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }')).rejects.toThrow(/403/);
    const ask = await new SparqlEndpointFetcher().fetchAsk(endpoint, 'ASK { <http://a/b> ?p ?o }');
    expect(ask).toBe(false);
  });
});

describe('SPARQL endpoint protocol', () => {
  const q = encodeURIComponent(PREFIXES + 'SELECT ?g WHERE { ?c ag:memberOf ?g }');

  it('negotiates CSV, TSV, XML and JSON', async () => {
    for (const [accept, type] of [
      ['text/csv', 'text/csv'], ['text/tab-separated-values', 'text/tab-separated-values'],
      ['application/sparql-results+xml', 'application/sparql-results+xml'], ['*/*', 'application/sparql-results+json'],
      ['text/html, */*;q=0.1', 'application/sparql-results+json'],
    ]) {
      const res = await fetch(`${endpoint}?query=${q}`, { headers: { accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    }
    const csv = await (await fetch(`${endpoint}?query=${q}`, { headers: { accept: 'text/csv' } })).text();
    expect(csv.split('\r\n')[0]).toBe('g');
    expect((await fetch(`${endpoint}?query=${q}`, { headers: { accept: 'image/png' } })).status).toBe(406);
  });

  it('takes a direct POST of application/sparql-query', async () => {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: decodeURIComponent(q) });
    expect((await res.json()).results.bindings).toHaveLength(4);
  });

  it('refuses updates in every form with 403', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const update = 'update=' + encodeURIComponent('CLEAR ALL');
    expect((await fetch(endpoint, { method: 'POST', headers: form, body: update })).status).toBe(403);
    expect((await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'CLEAR ALL' })).status).toBe(403);
    expect((await fetch(`${endpoint}?query=${encodeURIComponent('PREFIX a: <http://x#>\n# c\nDELETE WHERE { ?s ?p ?o }')}`)).status).toBe(403);
    expect(isUpdate('SELECT * WHERE { ?s ?p ?o } # DELETE')).toBe(false);
  });

  it('caps results, stops slow queries, and explains bad requests', async () => {
    const all = await fetch(`${endpoint}?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o }')}`);
    expect(all.headers.get('actorgraph-results-truncated')).toBe('10');
    expect((await all.json()).results.bindings).toHaveLength(10);
    const slow = await fetch(`${endpoint}?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }')}`);
    expect(slow.status).toBe(503);
    expect(await slow.text()).toMatch(/timed out after 500 ms/);
    const bad = await fetch(`${endpoint}?query=${encodeURIComponent('SELECT ?x WHERE {')}`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^query:1:\d+: /);
    expect((await fetch(endpoint)).status).toBe(400);
    expect((await fetch(endpoint, { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(415);
    const big = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
  });
});

describe('negotiate', () => {
  it('prefers higher q, then more specific ranges, then the first offer', () => {
    const offers = ['application/sparql-results+json', 'text/csv'];
    expect(negotiate(undefined, offers)).toBe('application/sparql-results+json');
    expect(negotiate('text/csv;q=0.9, application/sparql-results+json;q=0.5', offers)).toBe('text/csv');
    expect(negotiate('text/*', offers)).toBe('text/csv');
    expect(negotiate('*/*;q=0.1, text/csv;q=0', offers)).toBe('application/sparql-results+json');
    expect(negotiate('image/png', offers)).toBeUndefined();
  });
});
