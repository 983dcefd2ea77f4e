// Roles: who holds which role where, now or formerly.
import { normalizeName, type ActorGraph } from './graph.ts';
import { resolve, type EntityRef } from './find.ts';
import { datesOf, statusOf } from './evidence.ts';
import type { Evidence, GraphEntity, GraphRelation } from './types.ts';

export interface RoleAnswer {
  person: GraphEntity;
  /** Lowercase role label ("prime minister"). */
  role: string;
  /** Where the role is held: a country, or a body (a ministry) of it. */
  of: GraphEntity;
  /** With holdersOf(role, country): the country asked about, when `of` is a body that is part of it. */
  country?: GraphEntity;
  status: 'current' | 'former';
  dates: string[];
  evidence: Evidence[];
}

export type StatusFilter = 'current' | 'former' | 'any';

const ROLE_ALIASES: Record<string, string> = {
  pm: 'prime minister', premier: 'prime minister', fm: 'foreign minister', nsa: 'national security adviser',
  'national security advisor': 'national security adviser', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  'secretary general': 'secretary general', 'head of state': 'president',
};

/** A role name as users type it ("PM", "Prime Minister", "primeMinister") → the contract's label. */
export function normalizeRole(role: string): string {
  const local = role.includes('#') ? role.slice(role.lastIndexOf('#') + 1) : role;
  const name = normalizeName(local.replace(/([a-z0-9])([A-Z])/g, '$1 $2'));
  return ROLE_ALIASES[name] ?? name;
}

function answer(g: ActorGraph, r: GraphRelation, country?: string): RoleAnswer {
  return {
    person: g.entity(r.subject)!,
    role: r.role ?? '',
    of: g.entity(r.object)!,
    ...(country && country !== r.object ? { country: g.entity(country)! } : {}),
    status: statusOf(r.evidence),
    dates: datesOf(r.evidence),
    evidence: r.evidence,
  };
}

const keepStatus = (status: StatusFilter = 'any') => (a: RoleAnswer) => status === 'any' || a.status === status;

/** Every role a person holds or held. */
export function rolesOf(g: ActorGraph, person: EntityRef, options: { status?: StatusFilter } = {}): RoleAnswer[] {
  const out: RoleAnswer[] = [];
  for (const p of resolve(g, person, { type: 'Person' })) {
    g.graph.forEachOutEdge(p, (_, r) => {
      if (r.kind === 'holdsRole') out.push(answer(g, r));
    });
  }
  return out.filter(keepStatus(options.status));
}

/**
 * Who holds (or held) a role in a country: roles whose object is the country or a body that is
 * ag:partOf it. Without a country: every holder of the role anywhere. Current holders come first.
 */
export function holdersOf(
  g: ActorGraph,
  role: string,
  country?: EntityRef,
  options: { status?: StatusFilter } = {},
): RoleAnswer[] {
  const wanted = normalizeRole(role);
  const out: RoleAnswer[] = [];
  const consider = (r: GraphRelation, c?: string) => {
    if (r.kind === 'holdsRole' && normalizeRole(r.role ?? '') === wanted) out.push(answer(g, r, c));
  };
  if (country === undefined) {
    g.graph.forEachEdge((_, r) => consider(r));
  } else {
    for (const c of resolve(g, country, { type: ['Country', 'Organization', 'City'] })) {
      const places = [c, ...g.graph.inEdges(c).map((e) => g.graph.getEdgeAttributes(e)).filter((r) => r.kind === 'partOf').map((r) => r.subject)];
      for (const place of places) g.graph.forEachInEdge(place, (_, r) => consider(r, c));
    }
  }
  return out
    .filter(keepStatus(options.status))
    .sort((a, b) => (a.status === b.status ? a.person.label.localeCompare(b.person.label) : a.status === 'current' ? -1 : 1));
}

/** Every role label used in the graph, sorted. */
export function roleNames(g: ActorGraph): string[] {
  const names = new Set<string>();
  g.graph.forEachEdge((_, r) => {
    if (r.kind === 'holdsRole' && r.role) names.add(r.role);
  });
  return [...names].sort();
}
