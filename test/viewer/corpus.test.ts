import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import { applyFilters, NO_FILTERS } from '../../viewer/src/filters.ts';
import { applyCorpusView, corpusDefaults, corpusOverrides, type CorpusView } from '../../viewer/src/corpus.ts';
import { importanceOf, rankNodes } from '../../viewer/src/importance.ts';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.ts';
import { ADA, corpusGraph } from './corpus-graph.ts';
import { fixtureModel } from './helpers.ts';

const shape = { countries: 10, persons: 400, unconnected: 600, docs: 50 };
const { graph } = buildViewModel(parseRdf(corpusGraph(shape)));
const importance = importanceOf(graph);
const defaults = corpusDefaults(graph, DEFAULT_SETTINGS);
const view = (patch: Partial<CorpusView> = {}, filters = NO_FILTERS) =>
  applyCorpusView(graph, applyFilters(graph, filters), { ...defaults, ...patch }, importance);
const TOTAL = 10 + 400 + 2 + 600;

describe('corpus view', () => {
  it('a corpus opens without its unconnected actors, on the top N of the rest', () => {
    expect(graph.order).toBe(TOTAL);
    expect(defaults).toEqual({ showUnconnected: false, top: DEFAULT_SETTINGS.corpus.topN, rankBy: 'degree', colorBy: 'type' });
    const v = view();
    expect(v.unconnected).toBe(600);
    expect(v.candidates).toBe(412);
    expect(v.visibleNodes).toBe(300);
    expect(graph.filterNodes((n) => !v.hiddenNodes.has(n)).every((n) => graph.degree(n) > 0)).toBe(true);
  });

  it('a graph of a few articles is shown whole', () => {
    const small = fixtureModel().graph;
    const d = corpusDefaults(small, DEFAULT_SETTINGS);
    expect(d).toMatchObject({ showUnconnected: true, top: null });
    expect(applyCorpusView(small, applyFilters(small, NO_FILTERS), d, importanceOf(small)).visibleNodes).toBe(small.order);
  });

  it('shows every actor once asked to', () => {
    expect(view({ showUnconnected: true, top: null }).visibleNodes).toBe(TOTAL);
    expect(view({ top: null }).visibleNodes).toBe(412);
  });

  it('every kept actor keeps a relation in view, and no edge is drawn to a hidden one', () => {
    for (const top of [1, 2, 7, 50, 299]) {
      const v = view({ top });
      const shown = graph.filterNodes((n) => !v.hiddenNodes.has(n));
      expect(shown.length).toBeLessThanOrEqual(top);
      expect(shown.length).toBeGreaterThanOrEqual(top - 1);
      expect(shown.every((n) => graph.someEdge(n, (e) => !v.hiddenEdges.has(e)) || top === 1)).toBe(true);
      graph.forEachEdge((e, _, s, t) => { if (v.hiddenNodes.has(s) || v.hiddenNodes.has(t)) expect(v.hiddenEdges.has(e)).toBe(true); });
    }
  });

  it('the slider keeps the most important actors: the hubs first', () => {
    const v = view({ top: 10 });
    const shown = graph.filterNodes((n) => !v.hiddenNodes.has(n));
    expect(shown).toContain('https://w3id.org/actorgraph/id/country/c0');
    expect(view({ top: 100 }).visibleNodes).toBeLessThan(view({ top: 200 }).visibleNodes);
  });

  it('ranks by documents: the actor read in two documents before those read in one', () => {
    expect(importance.get(ADA)).toEqual({ degree: 2, documents: 2 });
    const persons = graph.filterNodes((n, a) => a.entityType === 'Person');
    expect(rankNodes(persons, importance, 'documents')[0]).toBe(ADA);
  });

  it('stacks on the filters: a hidden type stays hidden and is not counted as a candidate', () => {
    const v = view({ top: null }, { ...NO_FILTERS, hiddenTypes: ['Country'] });
    // Without countries only Ada and Bo keep a relation: the people who only visited one are alone now.
    expect(v).toMatchObject({ candidates: 2, unconnected: 1000, visibleNodes: 2 });
    expect(view({ top: null, showUnconnected: true }, { ...NO_FILTERS, hiddenTypes: ['Country'] }).visibleNodes).toBe(TOTAL - 10);
  });

  it('keeps the selected actor whatever its rank, but not against a filter', () => {
    const lonely = 'https://w3id.org/actorgraph/id/organization/u7';
    const kept = applyCorpusView(graph, applyFilters(graph, NO_FILTERS), defaults, importance, lonely);
    expect(kept.hiddenNodes.has(lonely)).toBe(false);
    expect(kept.visibleNodes).toBe(301);
    const filtered = applyCorpusView(graph, applyFilters(graph, { ...NO_FILTERS, hiddenTypes: ['Organization'] }), defaults, importance, lonely);
    expect(filtered.hiddenNodes.has(lonely)).toBe(true);
  });

  it('a link carries only what differs from the defaults', () => {
    expect(corpusOverrides({ ...defaults, top: null, colorBy: 'community' }, defaults)).toEqual({ top: null, colorBy: 'community' });
    expect(corpusOverrides(defaults, defaults)).toEqual({});
  });
});
