// The typed query API on the hand-made seed-like graph (test/fixtures/graph/seed-like.ttl).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import N3 from 'n3';
import {
  evidenceFor, findEntities, findEntity, graphFromQuads, graphFromRdf, groupingsOf, holdersOf, loadGraph, meetings,
  membersOf, neighbourhood, normalizeRole, roleNames, rolesOf, shortestPath, visits,
} from '../../src/graph/index.ts';
import { parseRdf, RdfSyntaxError } from '../../src/rdf/read.ts';

const FIXTURE = 'test/fixtures/graph/seed-like.ttl';
const g = await loadGraph(FIXTURE);
const labels = (xs: { label: string }[]) => xs.map((x) => x.label);

describe('loading', () => {
  it('reads entities, relations and documents', () => {
    expect(g.entities).toHaveLength(20);
    expect(g.relations).toHaveLength(25);
    expect([...g.documents.values()].map((d) => d.id)).toEqual(['000_7dbc5fa66e82dbcb']);
  });

  it('reads N-Triples, N-Quads and TriG to the same graph', async () => {
    const quads = parseRdf(readFileSync(FIXTURE, 'utf8'));
    const graph = N3.DataFactory.namedNode('https://example.org/g/seed');
    const inGraph = quads.map((q) => N3.DataFactory.quad(q.subject, q.predicate, q.object, graph));
    for (const format of ['N-Triples', 'N-Quads', 'TriG'] as const) {
      const writer = new N3.Writer({ format });
      writer.addQuads((format === 'N-Triples' ? quads : inGraph) as N3.Quad[]);
      const text = await new Promise<string>((ok, ko) => writer.end((e, r) => (e ? ko(e) : ok(r))));
      const name = { 'N-Triples': 'ntriples', 'N-Quads': 'nquads', TriG: 'trig' } as const;
      const h = graphFromRdf(text, name[format]);
      expect(h.relations).toHaveLength(25);
      expect(holdersOf(h, 'prime minister', 'Pakistan').map((a) => a.person.label)).toContain('Imran Khan');
    }
  });

  it('names the source and line of malformed RDF', () => {
    expect(() => graphFromRdf('<a> <b> <c> .\n<d> <e> "x .', 'turtle', 'bad.ttl')).toThrow(RdfSyntaxError);
    expect(() => graphFromRdf('<http://a> <http://b> <http://c> .\n<http://d> <http://e> "x', 'turtle', 'bad.ttl')).toThrow(/bad\.ttl:2/);
  });

  it('builds from quads and tolerates foreign triples', () => {
    const h = graphFromQuads(parseRdf('<http://x/a> <http://x/knows> <http://x/b> .', 'ntriples'));
    expect(h.entities).toHaveLength(0);
  });
});

describe('finding entities', () => {
  it('by label, by alias, by IRI, in any case and accent', () => {
    expect(findEntity(g, 'Imran Khan')?.iri).toBe('https://w3id.org/actorgraph/id/person/imran-khan');
    expect(findEntity(g, 'imran KHAN')?.label).toBe('Imran Khan');
    expect(findEntity(g, 'Pakistani')?.label).toBe('Pakistan');
    expect(findEntity(g, 'SCO')?.label).toBe('Shanghai Cooperation Organisation');
    expect(findEntity(g, 'https://w3id.org/actorgraph/id/country/india')?.wikidata).toBe('Q668');
  });

  it('by part of a name, and by type', () => {
    expect(labels(findEntities(g, 'Vladimir'))).toEqual(['Vladimir Putin']);
    expect(findEntities(g, 'Vladimir', { partial: false })).toEqual([]);
    expect(findEntities(g, 'Russia', { type: 'Person' })).toEqual([]);
    expect(findEntity(g, 'Nobody at all')).toBeUndefined();
  });
});

describe('roles', () => {
  it('normalizes role names as users type them', () => {
    expect(normalizeRole('PM')).toBe('prime minister');
    expect(normalizeRole('primeMinister')).toBe('prime minister');
    expect(normalizeRole('https://w3id.org/actorgraph/role#primeMinister')).toBe('prime minister');
    expect(normalizeRole('Spokesman')).toBe('spokesperson');
  });

  it('holders of prime minister in Pakistan: Imran Khan current, Nawaz Sharif and Shahid Khaqan former', () => {
    const holders = holdersOf(g, 'prime minister', 'Pakistan');
    expect(holders.map((a) => [a.person.label, a.status])).toEqual([
      ['Imran Khan', 'current'], ['Nawaz Sharif', 'former'], ['Shahid Khaqan', 'former'],
    ]);
    expect(holdersOf(g, 'PM', 'Pakistan', { status: 'current' }).map((a) => a.person.label)).toEqual(['Imran Khan']);
    expect(holdersOf(g, 'prime minister', 'Pakistan', { status: 'former' })).toHaveLength(2);
    expect(holders[1].evidence[0].text).toContain('the then Pakistani PM, Nawaz Sharif');
  });

  it('a role in a body of a country counts for the country', () => {
    const [z] = holdersOf(g, 'spokesperson', 'Russia');
    expect(z.person.label).toBe('Maria Zakharova');
    expect(z.of.label).toBe('Russian foreign ministry');
    expect(z.country?.label).toBe('Russia');
  });

  it('holders of a role anywhere, and every role name', () => {
    expect(holdersOf(g, 'president').map((a) => [a.person.label, a.of.label, a.status])).toEqual([
      ['Vladimir Putin', 'Russia', 'current'], ['Asif Ali Zardari', 'Pakistan', 'former'],
    ]);
    expect(roleNames(g)).toEqual(['president', 'prime minister', 'spokesperson']);
  });

  it('roles of a person', () => {
    expect(rolesOf(g, 'Putin').map((a) => [a.role, a.of.label, a.status])).toEqual([['president', 'Russia', 'current']]);
    expect(rolesOf(g, 'Sharif', { status: 'current' })).toEqual([]);
    expect(rolesOf(g, 'Pakistan')).toEqual([]);
  });
});

describe('membership', () => {
  it('members of a grouping and groupings of a country', () => {
    expect(membersOf(g, 'BRICS').map((a) => a.member.label)).toEqual(['India', 'Russia']);
    expect(groupingsOf(g, 'India').map((a) => a.grouping.label)).toEqual(['BRICS', 'Shanghai Cooperation Organisation']);
    expect(membersOf(g, 'BRICS')[0].evidence[0].text).toBe('Internationally, both are members of the BRICS, SCO, RIC grouping.');
    expect(groupingsOf(g, 'Pakistan')).toEqual([]);
  });
});

describe('meetings and visits', () => {
  it('who met whom, when, from either side', () => {
    const [m] = meetings(g, { person: 'Putin' });
    expect(labels(m.people)).toEqual(['Nawaz Sharif', 'Vladimir Putin']);
    expect(m.dates).toEqual(['2017-06']);
    expect(meetings(g, { person: 'Sharif', with: 'Putin' })).toHaveLength(1);
    expect(meetings(g, { person: 'Imran Khan' })).toEqual([]);
    expect(meetings(g)).toHaveLength(1);
  });

  it('who visited where and when, earliest first, a country including its cities', () => {
    expect(visits(g, { place: 'Russia' }).map((v) => [v.visitor.label, v.place.label, v.dates.join()])).toEqual([
      ['Nawaz Sharif', 'Russia', '1999'],
      ['Pervez Musharraf', 'Russia', '2003'],
      ['Asif Ali Zardari', 'Russia', '2011'],
      ['Shahid Khaqan', 'Sochi', '2017'],
      ['Imran Khan', 'Russia', ''],
    ]);
    expect(visits(g, { place: 'Russia' })[3].country?.label).toBe('Russia');
    expect(visits(g, { visitor: 'Putin' }).map((v) => [v.place.label, v.country?.label, v.dates])).toEqual([['Delhi', 'India', ['2021-12']]]);
  });
});

describe('exploring', () => {
  it('neighbourhood to depth 1 and 2', () => {
    const one = neighbourhood(g, 'Nawaz Sharif');
    expect(labels(one.entities).sort()).toEqual(['Nawaz Sharif', 'Pakistan', 'Russia', 'Vladimir Putin']);
    expect(one.relations.every((r) => one.entities.some((e) => e.iri === r.subject))).toBe(true);
    const two = neighbourhood(g, 'Nawaz Sharif', 2);
    expect(labels(two.entities)).toContain('Imran Khan');
    expect(labels(two.entities)).toContain('BRICS');
    expect(neighbourhood(g, 'Nawaz Sharif', 1, { kinds: ['met'] }).entities).toHaveLength(2);
    expect(neighbourhood(g, 'nobody').entities).toEqual([]);
  });

  it('shortest path between two actors, with the relation of every step', () => {
    const p = shortestPath(g, 'Imran Khan', 'Vladimir Putin')!;
    expect(p.entities).toHaveLength(3);
    expect(p.entities[0].label).toBe('Imran Khan');
    expect(p.entities[2].label).toBe('Vladimir Putin');
    expect(p.relations).toHaveLength(2);
    const m = shortestPath(g, 'Putin', 'Sharif')!;
    expect(m.relations.map((r) => r.kind)).toEqual(['met']);
    expect(shortestPath(g, 'Putin', 'Putin')!.entities).toHaveLength(1);
    expect(shortestPath(g, 'Putin', 'Sharif', { kinds: ['memberOf'] })).toBeNull();
  });
});

describe('evidence', () => {
  it('every answer carries document, sentence and offsets that point into the source text', () => {
    const text = readFileSync('seeds/000_7dbc5fa66e82dbcb.txt', 'utf8');
    const [ev] = evidenceFor(g, 'Sharif', 'Putin', 'met');
    expect(ev.document?.id).toBe('000_7dbc5fa66e82dbcb');
    expect(ev.document?.source).toBe('seeds/000_7dbc5fa66e82dbcb.txt');
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.confidence).toBe(0.9);
    for (const r of g.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidenceFor(g, 'Putin', 'Sharif', 'visited')).toEqual([]);
  });
});
