import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../viewer/src/filters.ts';
import { focusOf, reduceEdge, reduceNode, type ViewState } from '../../viewer/src/reducers.ts';
import { edgeKey } from '../../viewer/src/model.ts';
import { AG, ID, ROLE, fixtureModel } from './helpers.ts';

const { graph } = fixtureModel();
const base = (patch: Partial<ViewState> = {}): ViewState => ({
  visibility: applyFilters(graph, NO_FILTERS), selectedNode: null, selectedEdge: null, hoveredNode: null, hoveredEdge: null,
  focus: null, fadedColor: '#eeeeee', hideEdges: false, ...patch,
});
const node = (key: string, view: ViewState) => reduceNode(ID + key, graph.getNodeAttributes(ID + key), view);
const edge = (key: string, view: ViewState) => {
  const [s, t] = graph.extremities(key);
  return reduceEdge(key, graph.getEdgeAttributes(key), s, t, view);
};
const PM = edgeKey(ID + 'person/nawaz-sharif', ROLE + 'primeMinister', ID + 'country/pakistan');
const MEMBER = edgeKey(ID + 'country/china', AG + 'memberOf', ID + 'organization/sco');

describe('reducers', () => {
  it('draw the graph as it is when nothing is selected, with no edge labels', () => {
    const view = base();
    expect(node('country/pakistan', view)).toEqual(graph.getNodeAttributes(ID + 'country/pakistan'));
    expect(edge(PM, view)).toMatchObject({ label: null });
    expect(edge(PM, view).hidden).toBeFalsy();
  });

  it('a selected node highlights its neighbourhood, fades the rest and hides unrelated edges', () => {
    const sel = ID + 'person/nawaz-sharif';
    const view = base({ selectedNode: sel, focus: focusOf(graph, sel, null) });
    expect(node('person/nawaz-sharif', view)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('country/pakistan', view)).toMatchObject({ forceLabel: true, highlighted: false });
    expect(node('country/china', view)).toMatchObject({ color: '#eeeeee', label: null });
    expect(edge(PM, view)).toMatchObject({ label: 'prime minister' });
    expect(edge(MEMBER, view)).toMatchObject({ hidden: true });
  });

  it('hovering a node labels its edges; hovering an edge labels it', () => {
    expect(edge(PM, base({ hoveredNode: ID + 'country/pakistan' }))).toMatchObject({ label: 'prime minister' });
    expect(edge(MEMBER, base({ hoveredNode: ID + 'country/pakistan' }))).toMatchObject({ label: null });
    expect(edge(MEMBER, base({ hoveredEdge: MEMBER }))).toMatchObject({ label: 'member of', forceLabel: true });
  });

  it('filters hide nodes and edges whatever the selection', () => {
    const visibility = applyFilters(graph, { ...NO_FILTERS, hiddenTypes: ['Person'] });
    const sel = ID + 'country/pakistan';
    const view = base({ visibility, selectedNode: sel, focus: focusOf(graph, sel, null) });
    expect(node('person/nawaz-sharif', view)).toMatchObject({ hidden: true });
    expect(edge(PM, view)).toMatchObject({ hidden: true });
  });

  it('never change the graph', () => {
    const before = JSON.stringify(graph.export());
    const sel = ID + 'country/pakistan';
    const view = base({ selectedNode: sel, focus: focusOf(graph, sel, null), hoveredEdge: PM });
    graph.forEachNode((n, a) => reduceNode(n, a, view));
    graph.forEachEdge((e, a, s, t) => reduceEdge(e, a, s, t, view));
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('can hide every edge at once (large graphs while the layout runs)', () => {
    expect(edge(PM, base({ hideEdges: true, hoveredEdge: PM }))).toMatchObject({ hidden: true });
    expect(node('country/pakistan', base({ hideEdges: true })).hidden).toBeFalsy();
  });

  it('a selected edge focuses on its two ends', () => {
    expect(focusOf(graph, null, PM)).toEqual(new Set([ID + 'person/nawaz-sharif', ID + 'country/pakistan']));
  });
});
