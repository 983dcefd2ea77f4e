// Evidence: which documents, sentences and offsets a relation rests on.
import type { RelationKind } from '../model.ts';
import { resolve, type EntityRef } from './find.ts';
import type { ActorGraph } from './graph.ts';
import type { Evidence, GraphRelation } from './types.ts';

/** Every relation between two entities (either direction), optionally of one kind. */
export function relationsBetween(g: ActorGraph, a: EntityRef, b: EntityRef, kind?: RelationKind): GraphRelation[] {
  const out: GraphRelation[] = [];
  for (const s of resolve(g, a)) {
    for (const o of resolve(g, b)) {
      if (s === o) continue;
      g.graph.forEachEdge(s, o, (_, r) => {
        if (!kind || r.kind === kind) out.push(r);
      });
    }
  }
  return out;
}

/** The evidence of every relation between two entities (either direction), optionally of one kind. */
export function evidenceFor(g: ActorGraph, a: EntityRef, b: EntityRef, kind?: RelationKind): Evidence[] {
  return relationsBetween(g, a, b, kind).flatMap((r) => r.evidence);
}

/** The distinct dates the evidence gives, sorted. */
export function datesOf(evidence: Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.date).filter((d): d is string => !!d))].sort();
}

/** "former" when every statement says so, else "current". */
export function statusOf(evidence: Evidence[]): 'current' | 'former' {
  return evidence.length > 0 && evidence.every((e) => e.status === 'former') ? 'former' : 'current';
}
