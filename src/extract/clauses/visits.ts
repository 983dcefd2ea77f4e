// Visits, one sentence at a time:
//   P visited X / P's visit to X / P went (travelled, flew) to X / P arrived in X / P is expected to visit X
//   the visit of P in 2003, and Q in 2011          (destination: the last visit's, when unsaid)
// Hedged or negated clauses ("could visit", "did not visit") state no fact.
import type { Fact } from '../../model.ts';
import type { Resolved } from '../entities/coreference.ts';
import { SentenceContext, isCountry } from './context.ts';
import type { ListRead } from './lists.ts';
import { person, placeAfter, travellerBefore } from './clause.ts';

const VISIT_VERBS = new Set(['visit', 'visits', 'visited', 'visiting', 'toured', 'tour', 'tours']);
const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'tour', 'journey', 'voyage']);
// not "came to" or "returned to": people come and return home as often as they travel abroad
const MOTION_TO = new Set(['went', 'go', 'goes', 'going', 'travelled', 'traveled', 'travel', 'travels', 'flew', 'fly', 'flies', 'headed', 'heads']);
const ARRIVE_IN = new Set(['arrived', 'arrives', 'arriving', 'landed', 'lands']);
// "the visit of P in 2003, and Pakistan President Q in 2011": persons, each with its date and title
function visitorList(c: SentenceContext, k: number): ListRead {
  const items: Resolved[] = [];
  let edge = k;
  for (let j = k; j < c.words.length; ) {
    const m = c.mentionStartingAt(j);
    if (m && person(m)) { items.push(m); j = m.last; edge = j; continue; }
    if (m && (m.kind === 'role' || m.kind === 'demonym' || (m.kind === 'country' && c.mentionStartingAt(m.last)?.kind === 'role'))) { j = m.last; continue; }
    if (/^(,|and|in|on|the|former|then|late|\d.*|jan.*|feb.*|mar.*|apr.*|may|june?|july?|aug.*|sep.*|oct.*|nov.*|dec.*)$/.test(c.word(j)) && j - edge < 6) { j++; continue; }
    break;
  }
  return { items, edge };
}

/** Remembers the last destination so that "the visit of P in 2003" knows where P went. */
export interface VisitMemory {
  lastDestination?: { key: string; sentence: number };
}

export function visitFacts(c: SentenceContext, memory: VisitMemory): Fact[] {
  const facts: Fact[] = [];
  const visit = (who: Resolved | undefined, where: Resolved | undefined, at: number, confidence: number) => {
    if (!who?.entity || !where?.entity || who.entity === where.entity) return;
    const keys = who.pair ?? [who.entity];
    for (const s of keys) {
      facts.push(c.fact(s, 'visited', where.entity, confidence, c.dated(who.last > at ? who.last : at)));
    }
    memory.lastDestination = { key: where.entity, sentence: c.index };
  };
  for (let k = 0; k < c.words.length; k++) {
    const w = c.word(k);
    let where: Resolved | undefined;
    let who: Resolved | undefined;
    if (VISIT_NOUNS.has(w) && /^(to|of|by)$/.test(c.word(k + 1))) {
      // P's visit to X  /  the visit of P (to X)  /  visit by P to X
      let owner: Resolved | undefined;
      let j = k - 1;
      // "Modi's two-day state visit", "during his visit": the owner stands a few words before
      for (let steps = 0; j >= 0 && steps < 6 && c.word(j) !== "'s" && !/^(his|her)$/.test(c.word(j)); steps++) j--;
      if (c.word(j) === "'s") owner = c.mentionEndingAt(j);
      else if (j >= 0 && /^(his|her)$/.test(c.word(j))) owner = c.mentionStartingAt(j);
      if ((c.word(k + 1) === 'of' || c.word(k + 1) === 'by') && !owner) {
        const visitors = visitorList(c, k + 2);
        const to = c.word(visitors.edge) === 'to' ? placeAfter(c, visitors.edge + 1) : undefined;
        const destination = to?.entity ?? (memory.lastDestination && c.index - memory.lastDestination.sentence <= 2 ? memory.lastDestination.key : undefined);
        if (destination && !c.doubtful(k - 3, k)) {
          for (const v of visitors.items) {
            // each visitor with the date that follows it: "P in 2003, and Q in 2011"
            facts.push(c.fact(v.entity!, 'visited', destination, to ? 0.8 : 0.65, c.dated(v.last + 1)));
          }
          if (to) memory.lastDestination = { key: to.entity!, sentence: c.index };
        }
        continue;
      }
      if (owner && (person(owner) || isCountry(owner.entity)) && c.word(k + 1) === 'to') {
        who = owner;
        where = placeAfter(c, k + 2);
        if (!c.doubtful(owner.first - 3, k)) visit(who, where, k, 0.8);
        continue;
      }
    }
    // "P is on a three-day visit to X", "P left for a tour of X": the traveller is the clause's subject
    if (VISIT_NOUNS.has(w) && c.word(k + 1) === 'to') where = placeAfter(c, k + 2);
    else if (VISIT_VERBS.has(w)) where = placeAfter(c, k + 1);
    else if (MOTION_TO.has(w) && c.word(k + 1) === 'to') where = placeAfter(c, k + 2);
    else if (ARRIVE_IN.has(w) && c.word(k + 1) === 'in') where = placeAfter(c, k + 2);
    if (!where) continue;
    who = travellerBefore(c, k);
    if (!who || c.doubtful(who.last, k)) continue;
    visit(who, where, k, 0.8);
  }
  return facts;
}
