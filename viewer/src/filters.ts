// Filters: which nodes and edges the current view leaves visible. Pure: computed once per change
// of the filters, then read by the reducers for every node and edge they draw.
import type { EdgeAttrs, FactView, ViewGraph } from './model.ts';

export interface Filters {
  /** Entity types not shown. */
  hiddenTypes: string[];
  /** Relation kinds not shown (holdsRole, memberOf, ...). */
  hiddenKinds: string[];
  /** Roles only: `current` hides former roles, `former` hides current ones. */
  status: 'all' | 'current' | 'former';
  /** Document IRI: only relations read in it. */
  doc: string | null;
  /** Date range, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD; when set, undated relations are hidden. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { hiddenTypes: [], hiddenKinds: [], status: 'all', doc: null, from: null, to: null };

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  visibleNodes: number;
  visibleEdges: number;
}

/** Whether filters leave out relations by what they are or where they come from. */
function filtersRelations(f: Filters): boolean {
  return f.hiddenKinds.length > 0 || f.status !== 'all' || f.doc !== null || f.from !== null || f.to !== null;
}

export function applyFilters(graph: ViewGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const hiddenTypes = new Set(filters.hiddenTypes);
  graph.forEachNode((node, a) => { if (hiddenTypes.has(a.entityType)) hiddenNodes.add(node); });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(a, filters)) hiddenEdges.add(edge);
  });
  // A relation filter asks "what does this part of the record say": actors left without any
  // relation are not part of the answer.
  if (filtersRelations(filters)) {
    graph.forEachNode((node) => {
      if (!hiddenNodes.has(node) && graph.everyEdge(node, (edge) => hiddenEdges.has(edge))) hiddenNodes.add(node);
    });
  }
  return {
    hiddenNodes, hiddenEdges,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
}

export function edgePasses(edge: EdgeAttrs, f: Filters): boolean {
  if (f.hiddenKinds.includes(edge.kind)) return false;
  const factFiltered = f.doc !== null || f.from !== null || f.to !== null || (f.status !== 'all' && edge.kind === 'holdsRole');
  if (!factFiltered) return true;
  return edge.facts.some((fact) => factPasses(fact, f, edge.kind === 'holdsRole'));
}

export function factPasses(fact: FactView, f: Filters, isRole: boolean): boolean {
  if (isRole && f.status !== 'all' && (fact.status === 'former' ? 'former' : 'current') !== f.status) return false;
  if (f.doc !== null && fact.doc !== f.doc) return false;
  if (f.from !== null || f.to !== null) {
    if (!fact.date) return false;
    const [start, end] = dateSpan(fact.date);
    if (f.from !== null && end < dateSpan(f.from)[0]) return false;
    if (f.to !== null && start > dateSpan(f.to)[1]) return false;
  }
  return true;
}

/** "1999" → ["1999-01-01", "1999-12-31"]; compares as strings. Days past a month's end do no harm. */
export function dateSpan(date: string): [string, string] {
  const [y, m, d] = date.trim().split('-');
  return [`${y}-${m ?? '01'}-${d ?? '01'}`, `${y}-${m ?? '12'}-${d ?? '31'}`];
}
