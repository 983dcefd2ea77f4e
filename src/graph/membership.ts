// Membership: the members of a grouping, the groupings of a country, and what kind of
// membership each is (a prospective or former member is listed only when asked for).
import type { FactStatus } from '../model.ts';
import type { ActorGraph } from './graph.ts';
import { resolve, type EntityRef } from './find.ts';
import type { Evidence, GraphEntity, GraphRelation } from './types.ts';

export interface MembershipAnswer {
  member: GraphEntity;
  grouping: GraphEntity;
  /**
   * current or suspended (a member: the graph states the plain triple); prospective, observer or
   * former (not a member: only statements say it).
   */
  status: FactStatus;
  /** Every statement of it is announced or expected, not (yet) done. */
  planned: boolean;
  evidence: Evidence[];
}

/** `members` (the default): current and suspended members; `any`: every status; or one status. */
export type MembershipFilter = 'members' | 'any' | FactStatus;

const NOT_MEMBER: readonly FactStatus[] = ['prospective', 'observer', 'former'];

/**
 * A stated membership is suspended when every statement says so. One that is not stated takes
 * the status of its latest-dated statement that says why (a country that applied, then left, is
 * former); with none, it is prospective (a planned accession).
 */
function membershipStatus(r: GraphRelation): FactStatus {
  if (!r.statementsOnly) {
    return r.evidence.length > 0 && r.evidence.every((e) => e.status === 'suspended') ? 'suspended' : 'current';
  }
  let latest: Evidence | undefined;
  for (const e of r.evidence) {
    if (e.status && NOT_MEMBER.includes(e.status) && (!latest || (e.date ?? '') > (latest.date ?? ''))) latest = e;
  }
  return latest?.status ?? 'prospective';
}

function answer(g: ActorGraph, r: GraphRelation): MembershipAnswer {
  return {
    member: g.entity(r.subject)!,
    grouping: g.entity(r.object)!,
    status: membershipStatus(r),
    planned: !!r.statementsOnly && r.evidence.length > 0 && r.evidence.every((e) => e.planned),
    evidence: r.evidence,
  };
}

const keep = (filter: MembershipFilter = 'members') => (a: MembershipAnswer) =>
  filter === 'any' || a.status === filter || (filter === 'members' && (a.status === 'current' || a.status === 'suspended'));

const byLabel = (key: (a: MembershipAnswer) => GraphEntity) => (a: MembershipAnswer, b: MembershipAnswer) =>
  key(a).label.localeCompare(key(b).label);

/** The members (countries, organizations) of a grouping such as BRICS or NATO. */
export function membersOf(g: ActorGraph, grouping: EntityRef, options: { status?: MembershipFilter } = {}): MembershipAnswer[] {
  const out: MembershipAnswer[] = [];
  for (const o of resolve(g, grouping, { type: 'Organization' })) {
    g.graph.forEachInEdge(o, (_, r) => {
      if (r.kind === 'memberOf') out.push(answer(g, r));
    });
  }
  return out.filter(keep(options.status)).sort(byLabel((a) => a.member));
}

/** The groupings a country (or organization) is a member of. */
export function groupingsOf(g: ActorGraph, member: EntityRef, options: { status?: MembershipFilter } = {}): MembershipAnswer[] {
  const out: MembershipAnswer[] = [];
  for (const s of resolve(g, member, { type: ['Country', 'Organization'] })) {
    g.graph.forEachOutEdge(s, (_, r) => {
      if (r.kind === 'memberOf') out.push(answer(g, r));
    });
  }
  return out.filter(keep(options.status)).sort(byLabel((a) => a.grouping));
}
