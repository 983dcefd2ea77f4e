// Role timelines on a small corpus of invented articles run through the extractor
// (test/fixtures/timeline/articles.ts: out of time order, names not in time order either).
import { describe, expect, it } from 'vitest';
import { graphFromText, roleTimeline, type TimelineEntry } from '../../src/graph/index.ts';
import { bySighting, byTenure, placeInTime, tenureOf } from '../../src/graph/tenure.ts';
import { TIMELINE_ARTICLES } from '../fixtures/timeline/articles.ts';

const g = await graphFromText(TIMELINE_ARTICLES);

const rows = (entries: TimelineEntry[]) => entries.map((e) => [e.holder.label, e.role, e.of.label, e.first, e.last, e.statuses.join('>')]);
const docIds = (e: TimelineEntry) => e.points.map((p) => p.evidence.document?.id);

describe('roleTimeline of a person', () => {
  it('lists each role at its dates, earliest first, each point with its evidence', () => {
    const lind = roleTimeline(g, 'Oskar Lind');
    expect(rows(lind)).toEqual([
      ['Oskar Lind', 'prime minister', 'Sweden', '2012-02-20', '2012-02-20', 'current'],
      ['Oskar Lind', 'foreign minister', 'Sweden', '2016-11-03', '2016-11-03', 'current'],
    ]);
    expect(lind[1].points).toEqual([expect.objectContaining({
      date: '2016-11-03', datedBy: 'document', status: 'current',
      evidence: expect.objectContaining({ text: expect.stringContaining('Swedish Foreign Minister Oskar Lind met'), start: 0 }),
    })]);
    expect(lind.map(docIds)).toEqual([['lind-2012'], ['lind-2016']]);
    expect(lind[0].predicate).toBe('https://w3id.org/actorgraph/role#primeMinister');
  });

  it('places a statement at its own date rather than its document\'s', () => {
    const [pm] = roleTimeline(g, 'Atal Bihari Vajpayee');
    expect(pm.points.map((p) => [p.date, p.datedBy, p.status])).toEqual([['2004', 'statement', 'former']]);
    expect(pm.first).toBe('2004');
  });

  it('leaves a role with no date undated, and an IRI or name it does not know empty', () => {
    expect(rows(roleTimeline(g, 'Angela Merkel'))).toEqual([['Angela Merkel', 'chancellor', 'Germany', undefined, undefined, 'current']]);
    expect(roleTimeline(g, 'https://w3id.org/actorgraph/id/person/nobody')).toEqual([]);
    expect(roleTimeline(g, 'Nobody Atall')).toEqual([]);
  });
});

describe('roleTimeline of a country', () => {
  it('gives its prime ministers in succession, the one a later article calls former first', () => {
    const pms = roleTimeline(g, 'Pakistan').filter((e) => e.role === 'prime minister');
    expect(rows(pms)).toEqual([
      ['Zara Qadir', 'prime minister', 'Pakistan', '2019-08-01', '2022-05-10', 'current>former'],
      ['Bilal Ahmed', 'prime minister', 'Pakistan', '2022-05-10', '2022-05-10', 'current'],
    ]);
    expect(pms.map((e) => e.status)).toEqual(['former', 'current']);
    expect(pms[0].points.map((p) => [p.evidence.document?.id, p.status])).toEqual([['pk-2019', 'current'], ['pk-2022', 'former']]);
  });

  it('puts undated holders after dated ones, whatever their role', () => {
    expect(rows(roleTimeline(g, 'https://w3id.org/actorgraph/id/country/pakistan'))).toEqual([
      ['Zara Qadir', 'prime minister', 'Pakistan', '2019-08-01', '2022-05-10', 'current>former'],
      ['Bilal Ahmed', 'prime minister', 'Pakistan', '2022-05-10', '2022-05-10', 'current'],
      ['Omar Raza', 'foreign minister', 'Pakistan', undefined, undefined, 'current'],
    ]);
  });
});

describe('dating and ordering rules (tenure.ts)', () => {
  it('dates a statement by itself, else by its document, else not at all', () => {
    expect(placeInTime('1999', '2019-05-01', 'former')).toEqual({ date: '1999', datedBy: 'statement', status: 'former' });
    expect(placeInTime(undefined, '2019-05-01')).toEqual({ date: '2019-05-01', datedBy: 'document', status: 'current' });
    expect(placeInTime(undefined, undefined, 'former')).toEqual({ status: 'former' });
    expect(placeInTime('2019-08-01T10:00:00Z', '2020')).toMatchObject({ date: '2019-08-01', datedBy: 'statement' });
    expect(placeInTime('last week', '2020-03')).toMatchObject({ date: '2020-03', datedBy: 'document' });
    expect(placeInTime('20190801')).toEqual({ status: 'current' });
  });

  it('orders sightings by date, undated last, former before current at one date', () => {
    const s = [placeInTime(), placeInTime('2020'), placeInTime('2019-03'), placeInTime('2020', undefined, 'former')];
    expect([...s].sort(bySighting).map((x) => `${x.date ?? '-'} ${x.status}`)).toEqual(['2019-03 current', '2020 former', '2020 current', '- current']);
  });

  it('sums up a tenure: span, statuses in order, the latest dated status', () => {
    const t = tenureOf([placeInTime(undefined, '2022', 'former'), placeInTime(undefined, undefined, 'current'), placeInTime(undefined, '2018')]);
    expect(t).toEqual({ first: '2018', last: '2022', statuses: ['current', 'former'], status: 'former' });
    expect(tenureOf([placeInTime(undefined, undefined, 'former')])).toEqual({ statuses: ['former'], status: 'former' });
    // a predecessor only ever called former at the date its successor is called current comes first
    const successor = tenureOf([placeInTime(undefined, '2022')]);
    const predecessor = tenureOf([placeInTime(undefined, '2022', 'former')]);
    expect([successor, predecessor].sort(byTenure)).toEqual([predecessor, successor]);
  });
});
