// Role timeline: the roles a person held over time, or who held each role of a country or an
// organization, one after the other. How statements are dated and ordered: tenure.ts.
import type { ActorGraph } from './graph.ts';
import { resolve, type EntityRef } from './find.ts';
import { bySighting, byTenure, placeInTime, tenureOf, type Sighting, type Tenure } from './tenure.ts';
import type { Evidence, GraphEntity, GraphRelation } from './types.ts';

/** One statement of the role, placed in time, with the sentence and document it comes from. */
export interface TimelinePoint extends Sighting {
  evidence: Evidence;
}

/** One holder in one role at one place, over every statement of it in the corpus. */
export interface TimelineEntry extends Tenure {
  holder: GraphEntity;
  /** Lowercase role label ("prime minister"). */
  role: string;
  /** The role's property IRI (role:primeMinister): with holder and `of`, the relation's triple. */
  predicate: string;
  /** Where the role is held: a country, an organization, or a body (a ministry) of a country. */
  of: GraphEntity;
  /** In time order (undated last). */
  points: TimelinePoint[];
}

/**
 * For a person, every role they held; for a country or an organization, every holder of each of
 * its roles and of those of its bodies (ag:partOf). Entries are in time order (tenure.ts): filter
 * by `role` for one office's succession. An unknown reference gives [].
 */
export function roleTimeline(g: ActorGraph, ref: EntityRef): TimelineEntry[] {
  const relations = new Set<GraphRelation>();
  for (const iri of resolve(g, ref)) {
    if (g.entity(iri)?.type === 'Person') g.graph.forEachOutEdge(iri, (_, r) => { relations.add(r); });
    else for (const place of [iri, ...bodiesOf(g, iri)]) g.graph.forEachInEdge(place, (_, r) => { relations.add(r); });
  }
  return [...relations].filter((r) => r.kind === 'holdsRole').map((r) => entry(g, r))
    .sort((a, b) => byTenure(a, b) || a.role.localeCompare(b.role) || a.holder.label.localeCompare(b.holder.label));
}

const bodiesOf = (g: ActorGraph, iri: string) =>
  g.graph.inEdges(iri).map((e) => g.graph.getEdgeAttributes(e)).filter((r) => r.kind === 'partOf').map((r) => r.subject);

function entry(g: ActorGraph, r: GraphRelation): TimelineEntry {
  const points = r.evidence
    .map((ev): TimelinePoint => ({ ...placeInTime(ev.date, ev.document?.date, ev.status), evidence: ev }))
    .sort(bySighting);
  return {
    holder: g.entity(r.subject)!, role: r.role ?? '', predicate: r.predicate, of: g.entity(r.object)!,
    ...tenureOf(points), points,
  };
}
