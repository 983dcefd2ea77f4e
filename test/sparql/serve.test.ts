// /sparql on the viewer's server, as `actorgraph serve` wires it.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SparqlEndpointFetcher } from 'fetch-sparql-endpoint';
import { createServer } from '../../src/server/index.ts';
import { sparqlOptions, sparqlRoute } from '../../src/sparql/serve.ts';

describe('actorgraph serve /sparql', () => {
  it('checks its flags', () => {
    expect(sparqlOptions({ 'query-timeout': '250', 'max-results': '5' })).toEqual({ timeoutMs: 250, maxResults: 5 });
    expect(() => sparqlOptions({ 'max-results': '0' })).toThrow(/--max-results "0"/);
  });

  it('answers queries on the served graph beside the viewer', async () => {
    const graph = readFileSync('test/fixtures/graph/seed-like.ttl', 'utf8');
    const endpoint = await sparqlRoute(graph, { maxResults: 3 });
    const server = createServer({ graph, viewerDir: '/nonexistent', routes: endpoint.routes });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
      const fetcher = new SparqlEndpointFetcher();
      expect(await fetcher.fetchAsk(url, 'ASK { ?a <https://w3id.org/actorgraph/ns#met> ?b }')).toBe(true);
      const rows: unknown[] = [];
      for await (const row of (await fetcher.fetchBindings(url, 'SELECT * WHERE { ?s ?p ?o }')) as AsyncIterable<unknown>) rows.push(row);
      expect(rows).toHaveLength(3);
      expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'CLEAR ALL' })).status).toBe(403);
      expect((await fetch(url.replace('/sparql', '/graph.ttl'))).status).toBe(200);
    } finally {
      await new Promise((ok) => server.close(ok));
      await endpoint.close();
    }
  });
});
