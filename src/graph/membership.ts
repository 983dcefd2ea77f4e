// Membership: the members of a grouping, the groupings of a country.
import type { ActorGraph } from './graph.ts';
import { resolve, type EntityRef } from './find.ts';
import type { Evidence, GraphEntity } from './types.ts';

export interface MembershipAnswer {
  member: GraphEntity;
  grouping: GraphEntity;
  evidence: Evidence[];
}

const byLabel = (key: (a: MembershipAnswer) => GraphEntity) => (a: MembershipAnswer, b: MembershipAnswer) =>
  key(a).label.localeCompare(key(b).label);

/** The members (countries, organizations) of a grouping such as BRICS or NATO. */
export function membersOf(g: ActorGraph, grouping: EntityRef): MembershipAnswer[] {
  const out: MembershipAnswer[] = [];
  for (const o of resolve(g, grouping, { type: 'Organization' })) {
    g.graph.forEachInEdge(o, (_, r) => {
      if (r.kind === 'memberOf') out.push({ member: g.entity(r.subject)!, grouping: g.entity(o)!, evidence: r.evidence });
    });
  }
  return out.sort(byLabel((a) => a.member));
}

/** The groupings a country (or organization) is a member of. */
export function groupingsOf(g: ActorGraph, member: EntityRef): MembershipAnswer[] {
  const out: MembershipAnswer[] = [];
  for (const s of resolve(g, member, { type: ['Country', 'Organization'] })) {
    g.graph.forEachOutEdge(s, (_, r) => {
      if (r.kind === 'memberOf') out.push({ member: g.entity(s)!, grouping: g.entity(r.object)!, evidence: r.evidence });
    });
  }
  return out.sort(byLabel((a) => a.grouping));
}
