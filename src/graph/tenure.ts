// How a role statement is placed in time, and how one holder's statements of one role add up.
// The query API (timeline.ts) and the viewer's panel both use these, so that they order the same
// corpus the same way.
//
// A statement is placed at its own date (ag:date, stated in the sentence), else at its document's
// date (dcterms:date): an article's "Prime Minister X" says X held the office when it appeared.
// Neither known: it is undated, and comes after every dated one, since nothing says where it goes.
//
// The status is kept as the text gives it, not reinterpreted: "former" with a document date says
// the tenure was over by then; with its own date it may be the date of the tenure ("In 1999, the
// then PM") or of a later event ("former PM X visited in 2011"), which the RDF does not tell apart.
// So a holder called current in one article and former in a later one is one tenure seen first at
// the earlier date and last at the later, with the statuses ['current', 'former'].

export type RoleStatus = 'current' | 'former';

/** One statement of a role, placed in time. */
export interface Sighting {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the statement's own date, else its document's. */
  date?: string;
  /** Where `date` comes from. */
  datedBy?: 'statement' | 'document';
  status: RoleStatus;
}

// Foreign RDF may date things as xsd:dateTime or in words: the ISO date a value starts with is
// used, and a value that starts with none counts as no date rather than sorting as a string.
const isoDate = (d?: string) => d?.match(/^\d{4}(-\d{2}(-\d{2})?)?(?![\d-])/)?.[0];

/** A statement's place in time, from its own date, its document's date and its status. */
export function placeInTime(statementDate?: string, documentDate?: string, status?: string): Sighting {
  const s: RoleStatus = status === 'former' ? 'former' : 'current';
  const own = isoDate(statementDate);
  if (own) return { date: own, datedBy: 'statement', status: s };
  const doc = isoDate(documentDate);
  if (doc) return { date: doc, datedBy: 'document', status: s };
  return { status: s };
}

// ISO dates of any precision compare as strings ("1999" < "1999-05" < "1999-05-03"). At one
// date, "former" goes first: it speaks of a tenure that ended before, "current" of one going on.
const byDate = (a?: string, b?: string) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1);
const formerFirst = (a: RoleStatus, b: RoleStatus) => (a === b ? 0 : a === 'former' ? -1 : 1);

/** Earlier first, undated last; at one date, former before current. */
export function bySighting(a: Sighting, b: Sighting): number {
  return byDate(a.date, b.date) || formerFirst(a.status, b.status);
}

/** What one holder's sightings of one role say together. */
export interface Tenure {
  /** The earliest and latest dated sighting; both missing when none is dated. */
  first?: string;
  last?: string;
  /** Each status seen, in the order first seen (undated sightings last). */
  statuses: RoleStatus[];
  /** The latest dated sighting's status; with none dated, former only when every sighting says so. */
  status: RoleStatus;
}

/** Sums up sightings (in any order) of one holder in one role. */
export function tenureOf(sightings: readonly Sighting[]): Tenure {
  const sorted = [...sightings].sort(bySighting);
  const dated = sorted.filter((s) => s.date !== undefined);
  const statuses = [...new Set(sorted.map((s) => s.status))];
  const status = dated.length > 0 ? dated[dated.length - 1].status
    : sorted.length > 0 && sorted.every((s) => s.status === 'former') ? 'former' : 'current';
  return { ...(dated.length > 0 ? { first: dated[0].date, last: dated[dated.length - 1].date } : {}), statuses, status };
}

/**
 * Tenures in time order: by first sighting (undated last), then, at one first date, a holder
 * already called former before one called current (the predecessor first), then by last sighting.
 */
export function byTenure(a: Tenure, b: Tenure): number {
  return byDate(a.first, b.first) || formerFirst(a.statuses[0] ?? 'current', b.statuses[0] ?? 'current') || byDate(a.last, b.last);
}
