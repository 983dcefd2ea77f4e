import { describe, expect, it } from 'vitest';
import { applyFilters, dateSpan, NO_FILTERS, type Filters } from '../../viewer/src/filters.ts';
import { ID, fixtureModel } from './helpers.ts';

const { graph } = fixtureModel();
const visible = (f: Partial<Filters>) => {
  const v = applyFilters(graph, { ...NO_FILTERS, ...f });
  return { nodes: graph.filterNodes((n) => !v.hiddenNodes.has(n)), edges: graph.filterEdges((e) => !v.hiddenEdges.has(e)), v };
};
const labels = (nodes: string[]) => nodes.map((n) => graph.getNodeAttribute(n, 'label')).sort();

describe('filters', () => {
  it('show everything by default', () => {
    expect(visible({}).v).toMatchObject({ visibleNodes: 12, visibleEdges: 16 });
  });

  it('by entity type: hides the nodes and every edge that touches them', () => {
    const { nodes, edges, v } = visible({ hiddenTypes: ['Country'] });
    expect(nodes).not.toContain(ID + 'country/pakistan');
    expect(v.visibleNodes).toBe(9);
    expect(edges.every((e) => !graph.extremities(e).some((n) => graph.getNodeAttribute(n, 'entityType') === 'Country'))).toBe(true);
  });

  it('by relation kind: hides those edges and the actors left without any', () => {
    const { edges, nodes } = visible({ hiddenKinds: ['holdsRole', 'memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'locatedIn', 'partOf'] });
    expect(edges.map((e) => graph.getEdgeAttribute(e, 'kind'))).toEqual(['involvedIn']);
    expect(labels(nodes)).toEqual(['Kashmir issue', 'Pakistan']);
  });

  it('by role status: former roles only, other relations untouched', () => {
    const { edges } = visible({ status: 'former' });
    const roles = edges.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'holdsRole').map((e) => graph.getEdgeAttribute(e, 'label'));
    expect(roles).toEqual(['prime minister']);
    expect(edges.length).toBe(16 - 2);
    const current = visible({ status: 'current' }).edges.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'holdsRole');
    expect(current.map((e) => graph.getEdgeAttribute(e, 'label')).sort()).toEqual(['president', 'spokesperson']);
  });

  it('by document: only relations read in it', () => {
    const { edges } = visible({ doc: ID + 'doc/a1' });
    expect(edges.every((e) => graph.getEdgeAttribute(e, 'facts').some((f) => f.doc === ID + 'doc/a1'))).toBe(true);
    expect(edges).toHaveLength(7);
  });

  it('by date range: overlapping dated relations, inclusive, at any precision', () => {
    const dates = (f: Partial<Filters>) => visible(f).edges.map((e) => graph.getEdgeAttribute(e, 'facts')[0]!.date).sort();
    expect(dates({ from: '2008', to: '2015' })).toEqual(['2008-03', '2011', '2015-10-16', '2015-10-16']);
    expect(dates({ from: '2015-10-17' })).toEqual(['2017-06']);
    expect(dates({ to: '1999-06' })).toEqual(['1999', '1999']);
  });

  it('date spans compare as strings at every precision', () => {
    expect(dateSpan('1999')).toEqual(['1999-01-01', '1999-12-31']);
    expect(dateSpan('2017-06')).toEqual(['2017-06-01', '2017-06-31']);
    expect(dateSpan('2015-10-16')).toEqual(['2015-10-16', '2015-10-16']);
  });
});
