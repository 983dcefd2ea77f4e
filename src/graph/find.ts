// Finding entities by name, alias or IRI.
import type { EntityType } from '../model.ts';
import { normalizeName, type ActorGraph } from './graph.ts';
import type { GraphEntity } from './types.ts';

/** An entity given by IRI, by name or alias ("Angela Merkel", "Merkel"), or already found. */
export type EntityRef = string | GraphEntity;

export interface FindOptions {
  type?: EntityType | EntityType[];
  /** Also match names that contain the query as whole words ("Putin" finds "Vladimir Putin"). Default true. */
  partial?: boolean;
}

/**
 * Entities whose label or alias is the given name (case, accents and punctuation aside), exact
 * label matches first, then alias matches, then (unless partial is false) labels that contain the
 * name as whole words. An IRI finds its entity.
 */
export function findEntities(g: ActorGraph, name: EntityRef, options: FindOptions = {}): GraphEntity[] {
  const types = options.type === undefined ? undefined : ([] as EntityType[]).concat(options.type);
  const keep = (e: GraphEntity) => !types || (e.type !== undefined && types.includes(e.type));
  if (typeof name !== 'string') return keep(name) ? [name] : [];
  const byIri = g.entity(name);
  if (byIri) return keep(byIri) ? [byIri] : [];
  const wanted = normalizeName(name);
  if (!wanted) return [];
  const exact = g.named(name).map((iri) => g.entity(iri)!).filter(keep);
  const rank = (e: GraphEntity) => (normalizeName(e.label) === wanted ? 0 : 1);
  exact.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
  if (exact.length || options.partial === false) return exact;
  const words = new RegExp(`(^| )${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  return g.entities
    .filter((e) => keep(e) && [e.label, ...e.aliases].some((n) => words.test(normalizeName(n))))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The best match for a name or IRI, or undefined. */
export function findEntity(g: ActorGraph, name: EntityRef, options: FindOptions = {}): GraphEntity | undefined {
  return findEntities(g, name, options)[0];
}

/** The IRIs a reference stands for: an entity, an IRI, or every entity bearing the name. */
export function resolve(g: ActorGraph, ref: EntityRef, options: FindOptions = {}): string[] {
  return findEntities(g, ref, options).map((e) => e.iri);
}
