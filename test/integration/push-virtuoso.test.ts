// `actorgraph push` into a real Virtuoso: the seed and a small DWIE corpus, pushed twice (the
// same data after), queried back over HTTP with a SPARQL client, then a failing push that names
// what it did not load.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SparqlEndpointFetcher } from 'fetch-sparql-endpoint';
import { runExtract } from '../../src/cli/extract.ts';
import { run as push } from '../../src/cli/push.ts';
import { documentGraphs, tripleCount } from '../../src/sparql/push.ts';
import { startVirtuoso, type Virtuoso } from './virtuoso.ts';
import { capture } from '../sparql/capture.ts';

const DWIE = ['DW_14773081', 'DW_1477989', 'DW_1534424', 'DW_16699120', 'DW_18195588', 'DW_1583453', 'DW_15433650', 'DW_16017138'];
const GRAPH_BASE = 'https://w3id.org/actorgraph/test-graph/';
const work = mkdtempSync(join(tmpdir(), 'actorgraph-push-'));
const seed = join(work, 'seed.ttl');
const dwie = join(work, 'dwie.ttl');
let virtuoso: Virtuoso;

async function extract(inputs: string, output: string) {
  const { io: streams, text } = capture();
  const status = await runExtract([inputs, '-o', output, '--quiet'], streams as never);
  if (status !== 0) throw new Error(`extract ${inputs}: ${text.err}`);
}

beforeAll(async () => {
  const dir = join(work, 'dwie');
  mkdirSync(dir);
  for (const id of DWIE) copyFileSync(`/work/shared/datasets/dwie/dev/${id}.txt`, join(dir, `${id}.txt`));
  [virtuoso] = await Promise.all([startVirtuoso(), extract('seeds', seed), extract(dir, dwie)]);
}, 150_000);

afterAll(async () => {
  await virtuoso?.stop();
  rmSync(work, { recursive: true, force: true });
});

const sparql = () => `${virtuoso.url}/sparql`;
const gsp = () => `${virtuoso.url}/sparql-graph-crud-auth`;

async function select(query: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  const stream = await new SparqlEndpointFetcher().fetchBindings(sparql(), query);
  for await (const b of stream as AsyncIterable<Record<string, { value: string }>>) {
    rows.push(Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  }
  return rows;
}

/** Triples per named graph under the test's graph base, as Virtuoso has them. */
async function countsInStore(): Promise<Record<string, number>> {
  const rows = await select(`SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${GRAPH_BASE}")) } GROUP BY ?g`);
  return Object.fromEntries(rows.map((r) => [r.g, Number(r.n)]));
}

async function expectedCounts(files: string[]): Promise<Record<string, number>> {
  return Object.fromEntries((await documentGraphs(files, GRAPH_BASE)).map((g) => [g.graph, tripleCount(g)]));
}

const pushArgs = (password: string, ...files: string[]) =>
  [...files, '--endpoint', gsp(), '--graph-base', GRAPH_BASE, '--user', 'dba', '--password', password, '--quiet'];

describe('push to Virtuoso', () => {
  it('loads the seed and a DWIE corpus, one named graph per document, with every triple', async () => {
    const { io: streams, text } = capture();
    expect(await push(pushArgs('dba', seed, dwie), streams), text.err).toBe(0);
    const expected = await expectedCounts([seed, dwie]);
    expect(Object.keys(expected).filter((g) => g.includes('/doc/'))).toHaveLength(1 + DWIE.length);
    expect(await countsInStore()).toEqual(expected);
    expect(text.out).toMatch(new RegExp(`loaded ${Object.keys(expected).length} of ${Object.keys(expected).length} graphs`));
  });

  it('answers queries about what it loaded', async () => {
    const pms = await select(`
      PREFIX role: <https://w3id.org/actorgraph/role#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?name WHERE { GRAPH ?g { ?p role:primeMinister ?c . ?c rdfs:label "Pakistan" . ?p rdfs:label ?name } }`);
    expect(pms.map((r) => r.name)).toEqual(expect.arrayContaining(['Imran Khan', 'Nawaz Sharif']));
    const brics = await select(`
      PREFIX ag: <https://w3id.org/actorgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?name WHERE { GRAPH ?g { ?c ag:memberOf ?o . ?o rdfs:label "BRICS" . ?c rdfs:label ?name } }`);
    expect(brics.map((r) => r.name)).toContain('India');
    const docs = await select(`
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?id WHERE { GRAPH ?g { ?d dcterms:identifier ?id } FILTER(STRSTARTS(STR(?g), "${GRAPH_BASE}")) } ORDER BY ?id`);
    expect(docs.map((r) => r.id)).toEqual(['000_7dbc5fa66e82dbcb', ...DWIE].sort());
  });

  it('pushing again leaves the same data', async () => {
    const before = await countsInStore();
    const { io: streams, text } = capture();
    expect(await push(pushArgs('dba', seed, dwie), streams), text.err).toBe(0);
    expect(await countsInStore()).toEqual(before);
  });

  it('a failed push names the documents it did not load and changes nothing', async () => {
    const before = await countsInStore();
    const { io: streams, text } = capture();
    expect(await push(pushArgs('wrong password', seed), streams)).toBe(1);
    expect(text.out).toMatch(/loaded 0 of \d+ graphs/);
    expect(text.err).toMatch(/\d+ not loaded:\n/);
    expect(text.err).toMatch(/^ {2}000_7dbc5fa66e82dbcb <.*doc\/[0-9a-f]{10}>: HTTP 401/m);
    expect(await countsInStore()).toEqual(before);
  });
});
