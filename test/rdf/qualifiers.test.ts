// The relation qualifiers in RDF: a statement node says ag:status, ag:planned and ag:mode; only
// what holds has its plain triple (what a SPARQL user or a store's reasoner takes as true), and
// every format, every consumer, the shapes and the shared scorer read it that way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE, NS, RDF_EXTENSIONS, extractionToQuads, parseRdf, readGraph, writeRdf, type RdfFormat } from '../../src/rdf/index.ts';
import { validateGraph } from '../../src/rdf/validate.ts';
import { canonical, writeCorpus } from './helpers.ts';
import { SENTENCES, plannedTwin, qualified } from './qualifiers-fixture.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const PYTHON = '/usr/bin/python3';
const SCORER = join(process.env.ACTORGRAPH_SHARED ?? join(ROOT, '../shared'), 'eval/score.mjs');
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const required = !!process.env.CI;
const hasRapper = has('rapper', ['--version']);
const hasRdflib = has(PYTHON, ['-c', 'import rdflib']);

const { namedNode, literal, quad } = N3.DataFactory;
const id = (key: string) => DEFAULT_BASE + key;
const AG = (local: string) => NS.ag + local;

let turtle = '';
let quads: Quad[] = [];
const files: Partial<Record<RdfFormat, string>> = {};

const tmpDirs: string[] = [];
afterAll(() => { for (const d of tmpDirs) rmSync(d, { recursive: true, force: true }); });

beforeAll(async () => {
  turtle = await writeCorpus([qualified], 'turtle');
  quads = parseRdf(turtle);
  const dir = mkdtempSync(join(tmpdir(), 'ag-qualifiers-'));
  tmpDirs.push(dir);
  for (const format of ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const) {
    files[format] = join(dir, `qualifiers.${RDF_EXTENSIONS[format]}`);
    writeFileSync(files[format]!, await writeCorpus([qualified], format));
  }
});

const plain = (s: string, p: string, o: string) =>
  quads.some((q) => q.subject.value === id(s) && q.predicate.value === p && q.object.value === id(o));

/** The statement nodes of (s, p, o): each as its ag: properties, local name → literal. */
function statements(s: string, p: string, o: string, from = quads): Array<Record<string, { value: string; datatype: string }>> {
  const nodes = from.filter((q) => q.predicate.value === NS.rdf + 'subject' && q.object.value === id(s)).map((q) => q.subject.value)
    .filter((n) => from.some((q) => q.subject.value === n && q.predicate.value === NS.rdf + 'predicate' && q.object.value === p)
      && from.some((q) => q.subject.value === n && q.predicate.value === NS.rdf + 'object' && q.object.value === id(o)));
  return nodes.map((n) => Object.fromEntries(from
    .filter((q) => q.subject.value === n && q.predicate.value.startsWith(NS.ag) && q.object.termType === 'Literal')
    .map((q) => [q.predicate.value.slice(NS.ag.length), { value: q.object.value, datatype: (q.object as N3.Literal).datatype.value }])));
}

describe('statement nodes with qualifiers', () => {
  it('say the membership status, ag:planned as an xsd:boolean and ag:mode', () => {
    const string = NS.xsd + 'string';
    expect(statements('country/ukraine', AG('memberOf'), 'organization/nato')).toEqual([
      expect.objectContaining({ status: { value: 'prospective', datatype: string }, evidence: { value: SENTENCES.invited, datatype: string } }),
    ]);
    for (const [s, o, status] of [['country/mongolia', 'organization/sco', 'observer'], ['country/united-kingdom', 'organization/european-union', 'former'],
      ['country/mali', 'organization/ecowas', 'suspended'], ['country/finland', 'organization/nato', 'current']]) {
      expect(statements(s!, AG('memberOf'), o!).map((st) => st.status?.value)).toEqual([status]);
    }
    const meeting = statements('person/narendra-modi', AG('met'), 'person/vladimir-putin');
    expect(meeting).toEqual([expect.objectContaining({ planned: { value: 'true', datatype: NS.xsd + 'boolean' } })]);
    expect(statements('person/xi-jinping', AG('participatedIn'), 'event/sco-summit')).toEqual([
      expect.objectContaining({ mode: { value: 'virtual', datatype: string } }),
    ]);
    // A fact that happened says neither.
    expect(statements('country/finland', AG('memberOf'), 'organization/nato')[0]).not.toHaveProperty('planned');
  });

  it('read as Turtle shorthand on the statement', () => {
    expect(turtle).toMatch(/ag:planned true[;.]/);
    expect(turtle).toMatch(/ag:status "prospective"[;.]/);
    expect(turtle).toMatch(/ag:mode "virtual"[;.]/);
  });

  it('keep a planned and a happened claim of one sentence apart', async () => {
    const twin = parseRdf(await writeCorpus([plannedTwin], 'turtle'));
    const both = statements('person/narendra-modi', AG('met'), 'person/vladimir-putin', twin);
    expect(both.map((st) => st.planned?.value ?? 'happened').sort()).toEqual(['happened', 'true']);
    expect(twin.some((q) => q.predicate.value === AG('met'))).toBe(true);
  });
});

describe('plain triples', () => {
  it('are left out for a prospective, observer or former membership and for planned facts', () => {
    expect(plain('country/ukraine', AG('memberOf'), 'organization/nato')).toBe(false);
    expect(plain('country/mongolia', AG('memberOf'), 'organization/sco')).toBe(false);
    expect(plain('country/united-kingdom', AG('memberOf'), 'organization/european-union')).toBe(false);
    expect(plain('person/narendra-modi', AG('met'), 'person/vladimir-putin')).toBe(false);
  });

  it('are kept for members, suspended members, virtual attendance and former roles', () => {
    expect(plain('country/finland', AG('memberOf'), 'organization/nato')).toBe(true);
    expect(plain('country/mali', AG('memberOf'), 'organization/ecowas')).toBe(true);
    expect(plain('person/xi-jinping', AG('participatedIn'), 'event/sco-summit')).toBe(true);
    expect(plain('person/nawaz-sharif', NS.role + 'primeMinister', 'country/pakistan')).toBe(true);
  });

  it('are written when one statement of the triple holds and another does not', () => {
    expect(plain('country/india', AG('memberOf'), 'organization/sco')).toBe(true);
    expect(statements('country/india', AG('memberOf'), 'organization/sco').map((st) => st.status?.value ?? '-').sort()).toEqual(['-', 'observer']);
    expect(plain('person/narendra-modi', AG('visited'), 'country/russia')).toBe(true);
    expect(statements('person/narendra-modi', AG('visited'), 'country/russia')).toHaveLength(2);
  });
});

describe('every writer', () => {
  it('says the same: the sink in each format and writeRdf of one document', async () => {
    const expected = canonical(quads, false);
    for (const format of ['ntriples', 'nquads', 'trig'] as const) {
      expect(canonical(parseRdf(readFileSync(files[format]!, 'utf8'), format), false), format).toEqual(expected);
    }
    expect(canonical(parseRdf(await writeRdf(extractionToQuads(qualified), 'turtle')), false)).toEqual(expected);
  });

  it('writes the qualifiers into JSON-LD', () => {
    const graph = JSON.parse(readFileSync(files.jsonld!, 'utf8'))['@graph'] as Array<Record<string, unknown>>;
    const st = graph.filter((n) => n['@type'] === 'Statement');
    expect(st.filter((n) => n.status === 'prospective')).toHaveLength(1);
    expect(st.filter((n) => JSON.stringify(n['ag:planned']) === '{"@value":"true","@type":"xsd:boolean"}')).toHaveLength(2);
    expect(st.filter((n) => JSON.stringify(n['ag:mode']) === '"virtual"')).toHaveLength(1);
  });
});

describe('consumers', () => {
  it.skipIf(!hasRapper && !required)('rapper parses the Turtle, N-Triples and TriG with the same counts as n3', () => {
    for (const format of ['turtle', 'ntriples', 'trig'] as const) {
      const r = spawnSync('rapper', ['-i', format, '-c', files[format]!], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/error|warning/i);
      expect(Number(/returned (\d+) triples/.exec(r.stderr)?.[1]), format).toBe(parseRdf(readFileSync(files[format]!, 'utf8'), format).length);
    }
  });

  it.skipIf(!hasRdflib && !required)('rdflib parses every format, JSON-LD with the Turtle\'s count', () => {
    const formats = { turtle: 'turtle', ntriples: 'nt', nquads: 'nquads', trig: 'trig', jsonld: 'json-ld' } as const;
    for (const [format, name] of Object.entries(formats) as Array<[RdfFormat, string]>) {
      const r = spawnSync(PYTHON, [join(ROOT, 'test/rdf/rdflib_count.py'), name, files[format]!], { encoding: 'utf8' });
      const own = format === 'jsonld' ? quads.length : parseRdf(readFileSync(files[format]!, 'utf8'), format as 'turtle').length;
      expect(r.stdout.trim(), `${format}: ${r.stderr}`).toBe(String(own));
    }
  });

  it('pass SHACL validation', async () => {
    const report = await validateGraph(parseRdf(readFileSync(files.trig!, 'utf8'), 'trig'));
    expect(report.results).toEqual([]);
  });

  it('fail SHACL validation with a plain triple that no statement holds, an unknown mode or a planned string', async () => {
    const ukraine = namedNode(id('country/ukraine'));
    const mutated = [...quads, quad(ukraine, namedNode(AG('memberOf')), namedNode(id('organization/nato')))].map((q) =>
      q.predicate.value === AG('mode') ? quad(q.subject, q.predicate, literal('hybrid'))
        : q.predicate.value === AG('planned') ? quad(q.subject, q.predicate, literal('yes')) : q);
    const report = await validateGraph(mutated);
    expect(report.results).toContainEqual(expect.objectContaining({ focus: ukraine.value, path: AG('memberOf'), shape: expect.stringMatching(/RelationEvidenceShape$/) }));
    expect(report.results).toContainEqual(expect.objectContaining({ path: AG('mode'), value: '"hybrid"' }));
    expect(report.results).toContainEqual(expect.objectContaining({ path: AG('planned'), value: '"yes"' }));
  });

  it.skipIf(!existsSync(SCORER) && !required)('the shared scorer counts a prospective membership, with its status', async () => {
    const { readPrediction } = await import(SCORER);
    const { relations } = readPrediction(turtle, N3) as { relations: Array<{ s: string; p: string; o: string; status: Set<string> }> };
    const ukraine = relations.find((r) => r.s === id('country/ukraine') && r.p === 'memberOf');
    expect(ukraine?.o).toBe(id('organization/nato'));
    expect([...ukraine!.status]).toEqual(['prospective']);
    expect([...relations.find((r) => r.s === id('country/india') && r.p === 'memberOf')!.status]).toEqual(['observer']);
  });
});

describe('reading back', () => {
  it('keeps relations that only statements give, marked so, with their qualifiers', () => {
    const model = readGraph(quads);
    const find = (s: string, p: string) => model.relations.find((r) => r.s === id(s) && r.p === p)!;
    expect(find('country/ukraine', AG('memberOf'))).toMatchObject({ statementsOnly: true, statements: [{ status: 'prospective' }] });
    expect(find('country/finland', AG('memberOf'))).not.toHaveProperty('statementsOnly');
    expect(find('person/narendra-modi', AG('met')).statements).toEqual([expect.objectContaining({ planned: true })]);
    expect(find('person/xi-jinping', AG('participatedIn')).statements).toEqual([expect.objectContaining({ mode: 'virtual' })]);
  });
});

describe('docs/rdf.md', () => {
  const QUERY = join(ROOT, 'docs/rdf-qualifiers.rq');
  const ROWS = [
    'Finland,memberOf,NATO,holds,', 'India,memberOf,SCO,holds,', 'India,memberOf,SCO,observer,2005', 'Narendra Modi,met,Vladimir Putin,planned,',
    'Narendra Modi,visited,Russia,holds,', 'Narendra Modi,visited,Russia,planned,2024-07',
    'Mongolia,memberOf,SCO,observer,', 'Ukraine,memberOf,NATO,prospective,', 'United Kingdom,memberOf,European Union,former,2020',
  ];

  it('shows the query that docs/rdf-qualifiers.rq holds', () => {
    expect(readFileSync(join(ROOT, 'docs/rdf.md'), 'utf8')).toContain(readFileSync(QUERY, 'utf8'));
  });

  it('runs its qualifiers query with actorgraph query: what holds and what is only stated', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/actorgraph.mjs'), 'query', files.turtle!, '-f', QUERY, '--format', 'csv'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split(/\r?\n/);
    for (const row of ROWS) expect(lines).toContain(row);
    expect(lines).not.toContain('Ukraine,memberOf,NATO,holds,');
  });

  it.skipIf(!hasRdflib && !required)('runs it with rdflib', () => {
    const script = `
import sys
from rdflib import Graph
g = Graph().parse(sys.argv[1])
for row in g.query(open(sys.argv[2]).read()):
    print(",".join("" if v is None else str(v) for v in row))`;
    const r = spawnSync(PYTHON, ['-c', script, files.turtle!, QUERY], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const row of ROWS) expect(r.stdout.split('\n')).toContain(row);
  });
});
