// The Oxigraph store in its worker: loading, the query forms, timeouts, result caps, errors.
import { afterAll, describe, expect, it } from 'vitest';
import { QueryTimeoutError, SparqlError, SparqlStore, describeQueryError } from '../../src/sparql/store.ts';

const FIXTURE = 'test/fixtures/graph/seed-like.ttl';
const AG = 'PREFIX ag: <https://w3id.org/actorgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ';
const store = await SparqlStore.open([{ path: FIXTURE }]);
afterAll(() => store.close());

describe('SparqlStore', () => {
  it('loads files and answers SELECT with the variables in order', async () => {
    expect(await store.size).toBeGreaterThan(300);
    const r = await store.query(AG + 'SELECT ?name ?g WHERE { ?c ag:memberOf ?g ; rdfs:label ?name } ORDER BY ?name ?g');
    expect(r.kind).toBe('bindings');
    if (r.kind !== 'bindings') return;
    expect(r.vars).toEqual(['name', 'g']);
    expect(r.bindings.map((b) => b.name.value)).toEqual(['India', 'India', 'Russia', 'Russia']);
    expect(r.truncated).toBe(false);
  });

  it('answers ASK and CONSTRUCT', async () => {
    expect(await store.query(AG + 'ASK { ?a ag:met ?b }')).toEqual({ kind: 'boolean', boolean: true });
    const g = await store.query(AG + 'CONSTRUCT { ?b ag:met ?a } WHERE { ?a ag:met ?b }');
    expect(g).toEqual({
      kind: 'graph', truncated: false,
      ntriples: '<https://w3id.org/actorgraph/id/person/vladimir-putin> <https://w3id.org/actorgraph/ns#met> <https://w3id.org/actorgraph/id/person/nawaz-sharif> .\n',
    });
  });

  it('caps the number of rows and triples', async () => {
    const r = await store.query('SELECT * WHERE { ?s ?p ?o }', { maxResults: 5 });
    expect(r.kind === 'bindings' && [r.bindings.length, r.truncated]).toEqual([5, true]);
    const g = await store.query('CONSTRUCT WHERE { ?s ?p ?o }', { maxResults: 3 });
    expect(g.kind === 'graph' && [g.ntriples.trim().split('\n').length, g.truncated]).toEqual([3, true]);
  });

  it('stops a query past its timeout and keeps answering afterwards', async () => {
    const slow = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    const started = Date.now();
    await expect(store.query(slow, { timeoutMs: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await store.query(AG + 'ASK { ?a ag:met ?b }', { timeoutMs: 5000 })).toEqual({ kind: 'boolean', boolean: true });
  });

  it('reports bad queries with their position', async () => {
    const err = await store.query('SELECT ?x WHERE { ?x ?y }').catch((e: Error) => e);
    expect(err).toBeInstanceOf(SparqlError);
    expect(describeQueryError((err as Error).message, 'q.rq')).toMatch(/^q\.rq:1:\d+: expected/);
    await expect(store.query('INSERT DATA { <a:b> <a:c> <a:d> }')).rejects.toBeInstanceOf(SparqlError);
  });

  it('names the file, line and column of malformed RDF', async () => {
    const err = await SparqlStore.open([{ text: '<http://a> <http://b> <http://c> .\n<http://a> <http://b> "x .', format: 'turtle', source: 'bad.ttl' }])
      .catch((e: Error) => e);
    expect(err).toBeInstanceOf(SparqlError);
    expect((err as Error).message).toMatch(/^bad\.ttl:2:\d+: /);
  });

  it('reads N-Quads named graphs into the union default graph, and restricts to one on request', async () => {
    const nq = '<http://x/a> <http://x/p> <http://x/b> <http://x/g1> .\n<http://x/c> <http://x/p> <http://x/d> <http://x/g2> .\n';
    const s = await SparqlStore.open([{ text: nq, format: 'nquads' }]);
    try {
      const all = await s.query('SELECT ?s WHERE { ?s ?p ?o }');
      expect(all.kind === 'bindings' && all.bindings.length).toBe(2);
      const one = await s.query('SELECT ?s WHERE { ?s ?p ?o }', { defaultGraphs: ['http://x/g2'] });
      expect(one.kind === 'bindings' && one.bindings.map((b) => b.s.value)).toEqual(['http://x/c']);
    } finally {
      await s.close();
    }
  });
});
