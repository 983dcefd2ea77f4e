// `actorgraph query`: arguments, formats, errors, and examples/queries/*.rq with their answers.
import { describe, expect, it } from 'vitest';
import { run, withPrefixes } from '../../src/cli/query.ts';
import { capture } from './capture.ts';

const FIXTURE = 'test/fixtures/graph/seed-like.ttl';

async function query(...args: string[]) {
  const { io, text } = capture();
  const code = await run(args, io);
  return { code, ...text };
}

const csvRows = (out: string) => out.trim().split('\r\n').map((l) => l.split(','));

describe('actorgraph query', () => {
  it('prints help, and refuses bad usage with exit 2', async () => {
    expect((await query('--help')).out).toMatch(/^usage: actorgraph query/);
    expect((await query(FIXTURE)).code).toBe(2);
    expect((await query('--sparql', 'ASK {}')).code).toBe(2);
    expect((await query(FIXTURE, '--sparql', 'ASK {}', '-f', 'x.rq')).code).toBe(2);
    expect((await query(FIXTURE, '--sparql', 'ASK {}', '--format', 'pdf')).code).toBe(2);
    expect((await query(FIXTURE, '--sparql', 'ASK {}', '--timeout', 'soon')).code).toBe(2);
  });

  it('answers SELECT as a table, JSON, CSV and TSV, with the contract prefixes predeclared', async () => {
    const sparql = 'SELECT ?name WHERE { ?p role:president ?c ; rdfs:label ?name } ORDER BY ?name';
    const table = await query(FIXTURE, '--sparql', sparql);
    expect(table.code).toBe(0);
    expect(table.out).toBe('name\n----------------\nAsif Ali Zardari\nVladimir Putin\n2 rows\n');
    const json = JSON.parse((await query(FIXTURE, '-e', sparql, '--format', 'json')).out);
    expect(json.head.vars).toEqual(['name']);
    expect(json.results.bindings[1].name).toEqual({ type: 'literal', value: 'Vladimir Putin' });
    expect((await query(FIXTURE, '-e', sparql, '--format', 'csv')).out).toBe('name\r\nAsif Ali Zardari\r\nVladimir Putin\r\n');
    expect((await query(FIXTURE, '-e', sparql, '--format', 'tsv')).out).toBe('?name\n"Asif Ali Zardari"\n"Vladimir Putin"\n');
  });

  it('answers ASK and CONSTRUCT', async () => {
    expect((await query(FIXTURE, '-e', 'ASK { ?a ag:met ?b }')).out).toBe('true\n');
    const nt = await query(FIXTURE, '-e', 'CONSTRUCT { ?b ag:met ?a } WHERE { ?a ag:met ?b }', '--format', 'ntriples');
    expect(nt.out).toMatch(/vladimir-putin> <https:\/\/w3id\.org\/actorgraph\/ns#met> <.*nawaz-sharif> \.\n$/);
    expect((await query(FIXTURE, '-e', 'CONSTRUCT { ?b ag:met ?a } WHERE { ?a ag:met ?b }')).out).toMatch(/ag:met/);
  });

  it('names the file and position of errors, and exits 1', async () => {
    const bad = await query(FIXTURE, '-e', 'SELECT ?x\nWHERE { ?x ?y }');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^actorgraph query: query:2:\d+: /);
    const missing = await query('nope.ttl', '-e', 'ASK {}');
    expect([missing.code, missing.err]).toEqual([1, 'actorgraph query: nope.ttl: cannot read the file\n']);
    expect((await query(FIXTURE, '-f', 'nope.rq')).err).toMatch(/nope\.rq: no such file/);
    const slow = await query(FIXTURE, '-e', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', '--timeout', '200');
    expect([slow.code, slow.err]).toEqual([1, 'actorgraph query: query timed out after 200 ms\n']);
    const capped = await query(FIXTURE, '-e', 'SELECT * WHERE { ?s ?p ?o }', '--max-results', '3', '--format', 'csv');
    expect(csvRows(capped.out)).toHaveLength(4);
    expect(capped.err).toMatch(/truncated to 3/);
  });

  it('adds only the prefixes a query uses and does not declare', () => {
    expect(withPrefixes('SELECT * { ?s ag:met ?o }', 'http://b/')).toBe('PREFIX ag: <https://w3id.org/actorgraph/ns#>\nSELECT * { ?s ag:met ?o }');
    expect(withPrefixes('PREFIX ag: <http://x#> SELECT * { ?s ag:met ?o }', 'http://b/')).toBe('PREFIX ag: <http://x#> SELECT * { ?s ag:met ?o }');
    expect(withPrefixes('SELECT * { ?s <http://x/ag:y> ?o }', 'http://b/')).toBe('SELECT * { ?s <http://x/ag:y> ?o }');
  });
});

describe('examples/queries on the seed-like graph', () => {
  const example = async (name: string) => {
    const r = await query(FIXTURE, '-f', `examples/queries/${name}.rq`, '--format', 'csv');
    expect(r.err).toBe('');
    return csvRows(r.out);
  };

  it('current heads of government', async () => {
    const rows = await example('current-heads-of-government');
    expect(rows.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([['Narendra Modi', 'prime minister', 'India'], ['Imran Khan', 'prime minister', 'Pakistan']]);
  });

  it('membership matrix', async () => {
    expect(await example('membership-matrix')).toEqual([
      ['countryName', 'count', 'groupings'],
      ['India', '2', '"BRICS', ' Shanghai Cooperation Organisation"'],
      ['Russia', '2', '"BRICS', ' Shanghai Cooperation Organisation"'],
    ]);
  });

  it('who met whom', async () => {
    const rows = await example('who-met-whom');
    expect(rows.slice(1).map((r) => [r[1], r[3], r[4]])).toEqual([['Nawaz Sharif', 'Vladimir Putin', '2017-06']]);
  });

  it('facts with their evidence', async () => {
    const r = await query(FIXTURE, '-f', 'examples/queries/facts-with-evidence.rq', '--format', 'json');
    const rows = JSON.parse(r.out).results.bindings as Record<string, { value: string }>[];
    expect(rows).toHaveLength(25);
    const met = rows.find((b) => b.relation.value === 'met')!;
    expect(met.subjectName.value).toBe('Nawaz Sharif');
    expect(met.document.value).toBe('000_7dbc5fa66e82dbcb');
    expect(met.evidence.value).toMatch(/Sharif and President Vladimir Putin met/);
    expect([met.start.value, met.end.value]).toEqual(['1419', '1591']);
  });

  it('roles over time: no role statement here is dated, so holders follow by name', async () => {
    const rows = await example('roles-over-time');
    expect(rows[0]).toEqual(['placeName', 'role', 'name', 'first', 'last', 'statuses']);
    expect(rows.filter((r) => r[0] === 'Pakistan').map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['president', 'Asif Ali Zardari', '', 'former'],
      ['prime minister', 'Imran Khan', '', 'current'],
      ['prime minister', 'Nawaz Sharif', '', 'former'],
      ['prime minister', 'Shahid Khaqan', '', 'former'],
    ]);
  });
});
