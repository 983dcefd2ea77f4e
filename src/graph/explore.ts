// Exploring: an entity's neighbourhood to depth N and the shortest path between two actors.
// Both ignore the direction of relations: "Sharif met Putin" links Putin to Sharif too.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { RelationKind } from '../model.ts';
import type { ActorGraph } from './graph.ts';
import { findEntity, type EntityRef } from './find.ts';
import type { GraphEntity, GraphRelation } from './types.ts';

export interface Subgraph {
  entities: GraphEntity[];
  relations: GraphRelation[];
}

export interface ExploreOptions {
  /** Only follow relations of these kinds. */
  kinds?: RelationKind[];
}

const follows = (options: ExploreOptions) => (r: GraphRelation) => !options.kinds || options.kinds.includes(r.kind);

/** Entities within `depth` relations of an entity (default 1), and the relations among them. */
export function neighbourhood(g: ActorGraph, ref: EntityRef, depth = 1, options: ExploreOptions = {}): Subgraph {
  const start = findEntity(g, ref);
  if (!start) return { entities: [], relations: [] };
  const ok = follows(options);
  const seen = new Set([start.iri]);
  let frontier = [start.iri];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      g.graph.forEachEdge(n, (_, r, s, t) => {
        const other = s === n ? t : s;
        if (ok(r) && !seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const relations = g.graph
    .filterEdges((_, r, s, t) => ok(r) && seen.has(s) && seen.has(t))
    .map((e) => g.graph.getEdgeAttributes(e));
  return { entities: [...seen].map((iri) => g.entity(iri)!), relations };
}

/**
 * The shortest chain of relations between two actors (graphology-shortest-path, unweighted,
 * direction ignored): the entities along it and one relation per step; null when unconnected.
 */
export function shortestPath(g: ActorGraph, from: EntityRef, to: EntityRef, options: ExploreOptions = {}): Subgraph | null {
  const a = findEntity(g, from);
  const b = findEntity(g, to);
  if (!a || !b) return null;
  const ok = follows(options);
  const u = new UndirectedGraph();
  g.graph.forEachNode((n) => u.addNode(n));
  g.graph.forEachEdge((_, r, s, t) => {
    if (ok(r) && s !== t) u.mergeEdge(s, t);
  });
  const path = a.iri === b.iri ? [a.iri] : bidirectional(u, a.iri, b.iri);
  if (!path) return null;
  const relations: GraphRelation[] = [];
  for (let i = 1; i < path.length; i++) {
    const step = [...g.graph.edges(path[i - 1], path[i]), ...g.graph.edges(path[i], path[i - 1])]
      .map((e) => g.graph.getEdgeAttributes(e))
      .find(ok)!;
    relations.push(step);
  }
  return { entities: path.map((iri) => g.entity(iri)!), relations };
}
