// The typed API on what the extractor really outputs: the seed article and a small DWIE corpus.
// Assertions are on facts a user relies on, not on the extractor's every detail.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evidenceFor, findEntity, graphFromText, groupingsOf, holdersOf, meetings, membersOf, neighbourhood, rolesOf, shortestPath, visits,
} from '../../src/graph/index.ts';

const SEED_ID = '000_7dbc5fa66e82dbcb';
const seedText = readFileSync(`seeds/${SEED_ID}.txt`, 'utf8');
const seed = await graphFromText({ id: SEED_ID, text: seedText, source: `seeds/${SEED_ID}.txt` });

const DWIE = ['DW_14773081', 'DW_16699120', 'DW_18195588', 'DW_1534424'];
const dwieText = (id: string) => readFileSync(`/work/shared/datasets/dwie/dev/${id}.txt`, 'utf8');
const dwie = await graphFromText(DWIE.map((id) => ({ id, text: dwieText(id), source: `dwie/dev/${id}.txt` })));

const people = (answers: { person: { label: string } }[]) => answers.map((a) => a.person.label);

describe('on the seed article', () => {
  it('finds entities by name and alias', () => {
    expect(findEntity(seed, 'Imran Khan')?.type).toBe('Person');
    expect(findEntity(seed, 'Pakistani')?.label).toBe('Pakistan');
    expect(findEntity(seed, 'Putin')?.label).toBe('Vladimir Putin');
  });

  it('holders of prime minister in Pakistan: Imran Khan current, Nawaz Sharif former', () => {
    const pms = holdersOf(seed, 'prime minister', 'Pakistan');
    expect(pms.find((a) => a.person.label === 'Imran Khan')?.status).toBe('current');
    expect(pms.find((a) => a.person.label === 'Nawaz Sharif')?.status).toBe('former');
    expect(people(holdersOf(seed, 'PM', 'Pakistan', { status: 'current' }))).toEqual(['Imran Khan']);
  });

  it('roles of a person', () => {
    expect(rolesOf(seed, 'Vladimir Putin').map((a) => [a.role, a.of.label, a.status])).toContainEqual(['president', 'Russia', 'current']);
    expect(people(holdersOf(seed, 'spokesperson', 'Russia'))).toContain('Maria Zakharova');
  });

  it('members of BRICS and the groupings of India', () => {
    expect(membersOf(seed, 'BRICS').map((a) => a.member.label)).toEqual(expect.arrayContaining(['India', 'Russia']));
    expect(groupingsOf(seed, 'India').map((a) => a.grouping.label)).toEqual(expect.arrayContaining(['BRICS']));
  });

  it('who met whom, who visited where and when', () => {
    const [m] = meetings(seed, { person: 'Nawaz Sharif', with: 'Vladimir Putin' });
    expect(m.dates).toEqual(['2017-06']);
    const toRussia = visits(seed, { place: 'Russia' });
    expect(toRussia.find((v) => v.visitor.label === 'Nawaz Sharif')?.dates).toEqual(['1999']);
    expect(toRussia.find((v) => v.visitor.label === 'Asif Ali Zardari')?.dates).toEqual(['2011']);
    expect(toRussia.map((v) => v.visitor.label)).toContain('Imran Khan');
  });

  it('neighbourhood and shortest path', () => {
    const n = neighbourhood(seed, 'Nawaz Sharif').entities.map((e) => e.label);
    expect(n).toEqual(expect.arrayContaining(['Nawaz Sharif', 'Vladimir Putin', 'Pakistan', 'Russia']));
    const p = shortestPath(seed, 'Imran Khan', 'Vladimir Putin')!;
    expect(p.entities[0].label).toBe('Imran Khan');
    expect(p.entities.at(-1)!.label).toBe('Vladimir Putin');
    expect(p.relations).toHaveLength(p.entities.length - 1);
    expect(p.relations.length).toBeLessThanOrEqual(2);
  });

  it('every answer\'s evidence points at the sentence in the source text', () => {
    const [ev] = evidenceFor(seed, 'Nawaz Sharif', 'Vladimir Putin', 'met');
    expect(ev.document?.id).toBe(SEED_ID);
    expect(ev.text).toMatch(/Sharif and President Vladimir Putin met/);
    for (const r of seed.relations) for (const e of r.evidence) expect(seedText.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('on a small DWIE corpus', () => {
  it('reads one document per article into one graph', () => {
    expect([...dwie.documents.values()].map((d) => d.id).sort()).toEqual([...DWIE].sort());
  });

  it('holders of a role in a country, and roles of a person, across documents', () => {
    expect(people(holdersOf(dwie, 'chancellor', 'Germany'))).toEqual(expect.arrayContaining(['Angela Merkel', 'Gerhard Schröder']));
    expect(people(holdersOf(dwie, 'president', 'China'))).toContain('Xi Jinping');
    expect(rolesOf(dwie, 'Manmohan Singh').map((a) => [a.role, a.of.label])).toContainEqual(['prime minister', 'India']);
  });

  it('meetings, visits, paths and evidence name their document', () => {
    const [m] = meetings(dwie, { person: 'John Kerry' });
    expect(m.people.map((p) => p.label).sort()).toEqual(['John Kerry', 'Laurent Fabius']);
    expect(m.evidence[0].document?.id).toBe('DW_18195588');
    expect(visits(dwie, { visitor: 'John Kerry' }).map((v) => v.place.label)).toContain('France');
    expect(shortestPath(dwie, 'John Kerry', 'Laurent Fabius')!.relations.map((r) => r.kind)).toEqual(['met']);
    for (const r of dwie.relations) {
      for (const e of r.evidence) expect(dwieText(e.document!.id!).slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('an entity seen in two articles is one node with the evidence of both', () => {
    const germany = findEntity(dwie, 'Germany')!;
    const docs = new Set(neighbourhood(dwie, germany).relations.flatMap((r) => r.evidence.map((e) => e.document?.id)));
    expect(docs.size).toBeGreaterThanOrEqual(2);
  });
});
