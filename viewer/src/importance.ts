// How important each actor is in the graph, by the two measures a reader of a corpus asks about:
// how many relations it has (degree) and in how many documents a relation of it was read (the RDF
// records where a relation was read, not every place a name occurs: an actor without relations has none).
// Pure, computed once per graph.
import type { ViewGraph } from './model.ts';

export type RankBy = 'degree' | 'documents';
export const RANK_BY: readonly RankBy[] = ['degree', 'documents'];

export interface Importance {
  degree: number;
  documents: number;
}

export function importanceOf(graph: ViewGraph): Map<string, Importance> {
  // One pass over the edges, not one per node: this runs before a large graph's first paint.
  const docs = new Map<string, Set<string>>();
  const add = (node: string, doc: string) => {
    const set = docs.get(node);
    if (set) set.add(doc); else docs.set(node, new Set([doc]));
  };
  graph.forEachEdge((_, e, source, target) => {
    for (const f of e.facts) if (f.doc) { add(source, f.doc); add(target, f.doc); }
  });
  const out = new Map<string, Importance>();
  graph.forEachNode((node) => out.set(node, { degree: graph.degree(node), documents: docs.get(node)?.size ?? 0 }));
  return out;
}

/** Most important first by `by`, then by the other measure, then by key so that ties stay put. */
export function rankNodes(nodes: string[], importance: Map<string, Importance>, by: RankBy): string[] {
  const other: RankBy = by === 'degree' ? 'documents' : 'degree';
  // Each node's measures looked up once, not in every comparison (10,000 nodes: ~130,000 of them).
  const rows = nodes.map((node) => { const i = importance.get(node); return { node, a: i?.[by] ?? 0, b: i?.[other] ?? 0 }; });
  rows.sort((x, y) => y.a - x.a || y.b - x.b || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0));
  return rows.map((r) => r.node);
}
