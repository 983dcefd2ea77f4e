// Meetings and visits: who met whom, who visited where and when.
import type { ActorGraph } from './graph.ts';
import { resolve, type EntityRef } from './find.ts';
import { datesOf } from './evidence.ts';
import type { Evidence, GraphEntity, GraphRelation } from './types.ts';

export interface MeetingAnswer {
  /** The two people; ag:met is symmetric, the order is the triple's. */
  people: [GraphEntity, GraphEntity];
  /** Announced or expected only: no statement says it happened. */
  planned: boolean;
  dates: string[];
  evidence: Evidence[];
}

export interface VisitAnswer {
  visitor: GraphEntity;
  place: GraphEntity;
  /** The country of the place when the place is a city located in it. */
  country?: GraphEntity;
  /** Announced or expected only: no statement says it happened. */
  planned: boolean;
  dates: string[];
  evidence: Evidence[];
}

const edgesOfKind = (g: ActorGraph, kind: GraphRelation['kind']) =>
  g.graph.filterEdges((_, r) => r.kind === kind).map((e) => g.graph.getEdgeAttributes(e));

const firstDate = (a: { dates: string[] }) => a.dates[0] ?? '\uffff';

/** `planned: true` also lists what is only announced or expected (left out by default). */
export interface PlannedOption {
  planned?: boolean;
}

// A relation that only statements give (no plain triple) is one that has not happened.
const wanted = (r: GraphRelation, options: PlannedOption) => options.planned || !r.statementsOnly;
// When it happened: the dates of a planned one only when it has not happened yet.
const happenedDates = (r: GraphRelation) => datesOf(r.statementsOnly ? r.evidence : r.evidence.filter((e) => !e.planned));

/** Meetings, optionally those of one person, or between two people. Earliest first. */
export function meetings(g: ActorGraph, options: { person?: EntityRef; with?: EntityRef } & PlannedOption = {}): MeetingAnswer[] {
  const p = options.person === undefined ? undefined : new Set(resolve(g, options.person));
  const q = options.with === undefined ? undefined : new Set(resolve(g, options.with));
  const involves = (set: Set<string> | undefined, r: GraphRelation) => !set || set.has(r.subject) || set.has(r.object);
  return edgesOfKind(g, 'met')
    .filter((r) => wanted(r, options) && involves(p, r) && involves(q, r) && !(p && q && r.subject === r.object))
    .map((r) => ({
      people: [g.entity(r.subject)!, g.entity(r.object)!] as [GraphEntity, GraphEntity],
      planned: !!r.statementsOnly, dates: happenedDates(r), evidence: r.evidence,
    }))
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
}

/** The country a place lies in (itself when it is a country). */
function countryOf(g: ActorGraph, place: string, seen = new Set<string>()): string | undefined {
  if (g.entity(place)?.type === 'Country') return place;
  if (seen.has(place)) return undefined;
  seen.add(place);
  for (const e of g.graph.outEdges(place)) {
    const r = g.graph.getEdgeAttributes(e);
    if (r.kind !== 'locatedIn') continue;
    const c = countryOf(g, r.object, seen);
    if (c) return c;
  }
  return undefined;
}

/**
 * Visits, optionally by one visitor and/or to one place. A country as place also finds visits to
 * its cities (through ag:locatedIn). Earliest first; undated visits last.
 */
export function visits(g: ActorGraph, options: { visitor?: EntityRef; place?: EntityRef } & PlannedOption = {}): VisitAnswer[] {
  const who = options.visitor === undefined ? undefined : new Set(resolve(g, options.visitor));
  const where = options.place === undefined ? undefined : new Set(resolve(g, options.place));
  const out: VisitAnswer[] = [];
  for (const r of edgesOfKind(g, 'visited')) {
    if (!wanted(r, options) || (who && !who.has(r.subject))) continue;
    const country = countryOf(g, r.object);
    if (where && !where.has(r.object) && !(country && where.has(country))) continue;
    out.push({
      visitor: g.entity(r.subject)!,
      place: g.entity(r.object)!,
      ...(country && country !== r.object ? { country: g.entity(country)! } : {}),
      planned: !!r.statementsOnly,
      dates: happenedDates(r),
      evidence: r.evidence,
    });
  }
  return out.sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || a.visitor.label.localeCompare(b.visitor.label));
}
