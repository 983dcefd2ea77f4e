// The panel's timeline view model on the invented corpus (test/fixtures/timeline/articles.ts):
// bars in time order, a row per role for a country, placed on one axis, undated ones apart.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import { extractionToQuads } from '../../src/rdf/quads.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import { edgeKey } from '../../viewer/src/model.ts';
import { buildTimeline, yearSpan, type TimelineView } from '../../viewer/src/timeline.ts';
import { TIMELINE_ARTICLES } from '../fixtures/timeline/articles.ts';
import { ID, ROLE } from './helpers.ts';

const model = buildViewModel(TIMELINE_ARTICLES.flatMap((d) => extractionToQuads(extract(d))));
const rows = (view: TimelineView | undefined) =>
  view?.rows.map((r) => [r.role, r.bars.map((b) => `${b.label} ${b.first ?? '-'}..${b.last ?? '-'} ${b.statuses.join('>')}`)]);

describe('the panel\'s role timeline', () => {
  it('a person: a bar per role, in time order, each opening its relation', () => {
    const view = buildTimeline(model, ID + 'person/oskar-lind')!;
    expect(rows(view)).toEqual([[undefined, ['prime minister · Sweden 2012-02-20..2012-02-20 current', 'foreign minister · Sweden 2016-11-03..2016-11-03 current']]]);
    const [pm, fm] = view.rows[0].bars;
    expect(pm.edge).toBe(edgeKey(ID + 'person/oskar-lind', ROLE + 'primeMinister', ID + 'country/sweden'));
    expect(pm.points[0]).toMatchObject({ date: '2012-02-20', datedBy: 'document', fact: { evidence: expect.stringContaining('Swedish Prime Minister Oskar Lind') } });
    // The axis runs over whole years, 2012 to 2017: the bars sit at their days within it.
    expect(view.ticks.map((t) => t.label)).toEqual(['2012', '2014', '2016']);
    expect(pm.span!.start).toBeCloseTo((1 / 12 + 19 / 365) / 5, 6);
    expect(fm.span!.start).toBeGreaterThan(0.8);
    expect(fm.span!.end).toBeLessThan(1);
  });

  it('a country: a row per role, holders in succession, undated roles last', () => {
    expect(rows(buildTimeline(model, ID + 'country/pakistan'))).toEqual([
      ['prime minister', ['Zara Qadir 2019-08-01..2022-05-10 current>former', 'Bilal Ahmed 2022-05-10..2022-05-10 current']],
      ['foreign minister', ['Omar Raza -..- current']],
    ]);
    const undated = buildTimeline(model, ID + 'country/pakistan')!.rows[1].bars[0];
    expect(undated.span).toBeUndefined();
  });

  it('a statement\'s own date over its document\'s; nothing for a node without roles', () => {
    const [bar] = buildTimeline(model, ID + 'person/atal-bihari-vajpayee')!.rows[0].bars;
    expect([bar.first, bar.points[0].datedBy, bar.status]).toEqual(['2004', 'statement', 'former']);
    expect(buildTimeline(model, ID + 'country/finland')).toBeUndefined();
  });

  it('reads a date as the span of its precision', () => {
    expect(yearSpan('2019')).toEqual([2019, 2020]);
    expect(yearSpan('2019-07')).toEqual([2019.5, 2019.5 + 1 / 12]);
    expect(yearSpan('2019-01-01')).toEqual([2019, 2019 + 1 / 365]);
  });
});
