// How important each actor is in the graph, by the two measures a reader of a corpus asks about:
// how many relations it has (degree) and in how many documents a relation of it was read.
// Pure, computed once per graph.
import type { ViewGraph } from './model.ts';

export type RankBy = 'degree' | 'documents';
export const RANK_BY: readonly RankBy[] = ['degree', 'documents'];

export interface Importance {
  degree: number;
  documents: number;
}

/**
 * The documents behind an actor's relations. The RDF records where a relation was read, not
 * every place a name occurs, so an actor without relations has none.
 */
export function actorDocuments(graph: ViewGraph, node: string): Set<string> {
  const docs = new Set<string>();
  graph.forEachEdge(node, (_, e) => { for (const f of e.facts) if (f.doc) docs.add(f.doc); });
  return docs;
}

export function importanceOf(graph: ViewGraph): Map<string, Importance> {
  const out = new Map<string, Importance>();
  graph.forEachNode((node) => out.set(node, { degree: graph.degree(node), documents: actorDocuments(graph, node).size }));
  return out;
}

/** Most important first by `by`, then by the other measure, then by key so that ties stay put. */
export function rankNodes(nodes: string[], importance: Map<string, Importance>, by: RankBy): string[] {
  const other: RankBy = by === 'degree' ? 'documents' : 'degree';
  const zero: Importance = { degree: 0, documents: 0 };
  return [...nodes].sort((a, b) => {
    const x = importance.get(a) ?? zero, y = importance.get(b) ?? zero;
    return y[by] - x[by] || y[other] - x[other] || (a < b ? -1 : a > b ? 1 : 0);
  });
}
