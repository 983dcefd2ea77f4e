// Visits, meetings and participation in events, one sentence at a time:
//   P visited X / P's visit to X / P went (travelled, flew) to X / P arrived in X / P is expected to visit X
//   the visit of P in 2003, and Q in 2011          (destination: the last visit's, when unsaid)
//   P and Q met / P met (with) Q / talks between P and Q / P held talks with Q
//   ... for the E / on the sidelines of the E / P attended (took part in, was part of) the E
//   the E saw the participation of X, Y and Z / the E involving X / the annual X-Y summit
// Hedged or negated clauses ("could visit", "did not attend") state no fact.
import type { Fact } from '../model.ts';
import type { Resolved } from './coreference.ts';
import { SentenceContext, isCountry, isPerson, isPlace } from './context.ts';
import { keysOf, listBackward, listForward, type ListRead } from './lists.ts';

const VISIT_VERBS = new Set(['visit', 'visits', 'visited', 'visiting', 'toured', 'tour', 'tours']);
const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'tour', 'journey', 'voyage']);
// not "came to" or "returned to": people come and return home as often as they travel abroad
const MOTION_TO = new Set(['went', 'go', 'goes', 'going', 'travelled', 'traveled', 'travel', 'travels', 'flew', 'fly', 'flies', 'headed', 'heads']);
const ARRIVE_IN = new Set(['arrived', 'arrives', 'arriving', 'landed', 'lands']);
const MEET_VERBS = new Set(['met', 'meet', 'meets', 'meeting']);
const PARTICIPATE_CUES: string[][] = [
  ['attended'], ['attend'], ['attends'], ['attending'], ['took', 'part', 'in'], ['take', 'part', 'in'], ['taking', 'part', 'in'],
  ['participated', 'in'], ['participate', 'in'], ['participates', 'in'], ['part', 'of'], ['engaging', 'under'],
  ['engaging', 'in'], ['engaged', 'in'], ['hosted'], ['hosts'], ['hosting'], ['host'], ['for'], ['at'], ['sidelines', 'of'],
];
const LIST_CUES: string[][] = [['participation', 'of'], ['involving'], ['attended', 'by'], ['hosted', 'by'], ['including'], ['with']];
const SUBJECT_WINDOW = 14; // tokens to look left for the subject of a verb

const actor = (m: Resolved) => (isPerson(m.entity) || isCountry(m.entity) || !!m.pair) && m.kind !== 'role';
const person = (m: Resolved) => (isPerson(m.entity) && (m.kind === 'person' || m.kind === 'pronoun')) || (m.kind === 'personPair' && !!m.pair);
const place = (m: Resolved) => isPlace(m.entity) && ['country', 'city', 'metonym', 'countryRef'].includes(m.kind);

/**
 * The nearest actor before token k in the clause. A country that only qualifies a title
 * ("Russian President Putin") or a name ("Modi of India") stands for its person, not itself.
 */
function subjectBefore(c: SentenceContext, k: number): Resolved | undefined {
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_WINDOW; j--) {
    if (c.word(j) === ';' || c.word(j) === 'which' || c.word(j) === 'while') break;
    const m = c.mentionAt(j);
    if (!m) continue;
    j = m.first;
    if (person(m)) return m;
    if (!actor(m)) continue;
    // "the country" after a verb is its object ("visiting the country as part of"), not the subject
    const object = m.kind === 'countryRef' && m.first > 0 && c.word(m.first - 1) !== ',';
    const qualifies = object || c.mentionStartingAt(m.last)?.kind === 'role' || c.word(m.first - 1) === 'of' || c.word(m.last) === "'s";
    if (!qualifies) return m;
  }
  return undefined;
}

/** The nearest person before token k in the clause (else the nearest actor): the traveller of "went to X for E". */
function travellerBefore(c: SentenceContext, k: number): Resolved | undefined {
  let fallback: Resolved | undefined;
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_WINDOW; j--) {
    if (c.word(j) === ';' || c.word(j) === 'which' || c.word(j) === 'while') break;
    const m = c.mentionAt(j);
    if (!m) continue;
    if (person(m)) return m;
    if (!fallback && actor(m)) fallback = m;
    j = m.first;
  }
  return fallback;
}

function placeAfter(c: SentenceContext, k: number): Resolved | undefined {
  const m = c.mentionStartingAt(k) ?? (c.word(k) === 'the' ? c.mentionStartingAt(k + 1) : undefined);
  return m && place(m) ? m : undefined;
}

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
      const date = c.dateNear(who.last > at ? who.last : at);
      facts.push(c.fact(s, 'visited', where.entity, confidence, date ? { date } : {}));
    }
    memory.lastDestination = { key: where.entity, sentence: c.index };
  };
  for (let k = 0; k < c.words.length; k++) {
    const w = c.word(k);
    let where: Resolved | undefined;
    let who: Resolved | undefined;
    if (VISIT_NOUNS.has(w) && (c.word(k - 1) === "'s" || ['visit', 'visits'].includes(w) === false || c.word(k + 1) === 'to' || c.word(k + 1) === 'of' || c.word(k + 1) === 'by')) {
      // P's visit to X  /  the visit of P (to X)  /  visit by P to X
      let owner: Resolved | undefined;
      let j = k - 1;
      for (let steps = 0; j >= 0 && steps < 4 && c.word(j) !== "'s"; steps++) j--;
      if (c.word(j) === "'s") owner = c.mentionEndingAt(j);
      if ((c.word(k + 1) === 'of' || c.word(k + 1) === 'by') && !owner) {
        const visitors = visitorList(c, k + 2);
        const to = c.word(visitors.edge) === 'to' ? placeAfter(c, visitors.edge + 1) : undefined;
        const destination = to?.entity ?? (memory.lastDestination && c.index - memory.lastDestination.sentence <= 2 ? memory.lastDestination.key : undefined);
        if (destination && !c.doubtful(k - 3, k)) {
          for (const v of visitors.items) {
            // each visitor with the date that follows it: "P in 2003, and Q in 2011"
            const date = c.dateNear(v.last + 1);
            facts.push(c.fact(v.entity!, 'visited', destination, to ? 0.8 : 0.65, date ? { date } : {}));
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
    if (VISIT_VERBS.has(w)) where = placeAfter(c, k + 1);
    else if (MOTION_TO.has(w) && c.word(k + 1) === 'to') where = placeAfter(c, k + 2);
    else if (ARRIVE_IN.has(w) && c.word(k + 1) === 'in') where = placeAfter(c, k + 2);
    if (!where) continue;
    who = travellerBefore(c, k);
    if (!who || c.doubtful(who.last, k)) continue;
    visit(who, where, k, 0.8);
  }
  return facts;
}

export function meetingFacts(c: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const meet = (a: string[], b: string[], at: number) => {
    for (const x of a) for (const y of b) {
      if (x === y) continue;
      const date = c.dateNear(at);
      facts.push(c.fact(x, 'met', y, 0.8, date ? { date } : {}));
    }
  };
  for (let k = 0; k < c.words.length; k++) {
    const w = c.word(k);
    if (MEET_VERBS.has(w) && w !== 'meeting') {
      // P and Q met
      const before = listBackward(c, k, person);
      const keys = keysOf(before.items);
      if (keys.length >= 2 && !c.doubtful(before.edge, k)) {
        keys.forEach((x, i) => meet([x], keys.slice(i + 1), k));
        continue;
      }
      // P met (with) Q / P met his Russian counterpart Q
      let j = k + 1;
      if (c.word(j) === 'with') j++;
      j = skipCounterpart(c, j);
      const objects = listForward(c, j, person);
      const subject = subjectBefore(c, k);
      if (subject && person(subject) && objects.items.length && !c.doubtful(subject.last, k)) meet([subject.entity!], keysOf(objects.items), k);
      continue;
    }
    // P and Q held talks
    if (w === 'talks' && /^(held|hold|holds|holding)$/.test(c.word(k - 1)) && c.word(k + 1) !== 'with') {
      const keys = keysOf(listBackward(c, k - 1, person).items);
      if (keys.length >= 2 && !c.doubtful(k - 4, k)) keys.forEach((x, i) => meet([x], keys.slice(i + 1), k));
      continue;
    }
    // talks / meeting between P and Q; P held talks with Q
    if ((w === 'talks' || w === 'meeting' || w === 'meetings') && (c.word(k + 1) === 'between' || c.word(k + 1) === 'with')) {
      const objects = listForward(c, skipCounterpart(c, k + 2), person);
      const keys = keysOf(objects.items);
      if (c.word(k + 1) === 'between' && keys.length >= 2) keys.forEach((x, i) => meet([x], keys.slice(i + 1), k));
      else if (c.word(k + 1) === 'with' && keys.length) {
        const subject = subjectBefore(c, k);
        if (subject && person(subject) && !c.doubtful(subject.last, k)) meet([subject.entity!], keys, k);
      }
    }
  }
  return facts;
}

// "his Russian counterpart", "Saudi Crown Prince": words before the name of the one met
function skipCounterpart(c: SentenceContext, j: number): number {
  for (let steps = 0; steps < 6; steps++) {
    const m = c.mentionStartingAt(j);
    const titleNext = m && (c.mentionStartingAt(m.last)?.kind === 'role' || c.word(m.last) === 'counterpart' || c.word(m.last) === 'counterparts');
    if (m && (((m.kind === 'demonym' || m.kind === 'country') && titleNext) || m.kind === 'role' || (m.kind === 'pronoun' && /^(his|her)$/.test(c.word(j))))) { j = m.last; continue; }
    if (/^(the|their|its|counterpart|counterparts|'s)$/.test(c.word(j))) { j++; continue; }
    break;
  }
  return j;
}

function cueAt(c: SentenceContext, k: number, cue: string[]): boolean {
  return cue.every((w, i) => c.word(k + i) === w);
}

export function participationFacts(c: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const events = c.mentions.filter((m) => m.kind === 'event' && m.entity);
  const join = (subjects: string[], event: string, confidence: number, at: number) => {
    for (const s of subjects) {
      const date = c.dateNear(at);
      facts.push(c.fact(s, 'participatedIn', event, confidence, date ? { date } : {}));
    }
  };
  for (const e of events) {
    // the countries an event is named after: "the annual India-Russia summit"
    const named = c.mentions
      .filter((m) => m !== e && m.first >= e.first && m.last <= e.last && isCountry(m.entity) && (c.word(m.last) === '-' || c.word(m.first - 1) === '-'))
      .map((m) => m.entity!);
    join([...new Set(named)], e.entity!, 0.8, e.first);
    // a cue right before the event, its subject on the left
    let j = e.first;
    if (c.word(j - 1) === 'the') j--;
    for (const cue of PARTICIPATE_CUES) {
      const at = j - cue.length;
      if (at < 0 || !cueAt(c, at, cue)) continue;
      let subject: Resolved | undefined;
      if (cue[0] === 'sidelines') {
        const met = c.words.slice(0, at).findLastIndex((w) => MEET_VERBS.has(w) && w !== 'meeting');
        if (met >= 0) {
          // both sides of the meeting: "X met Y on the sidelines of", "X and Y met on the sidelines of"
          let after = met + 1;
          if (c.word(after) === 'with') after++;
          const people = [...listBackward(c, met, person).items, ...listForward(c, skipCounterpart(c, after), person).items];
          if (people.length) { join(keysOf(people), e.entity!, 0.8, e.first); break; }
          subject = subjectBefore(c, met);
        }
      } else subject = cue[0] === 'for' || cue[0] === 'at' ? travellerBefore(c, at) : subjectBefore(c, at);
      if ((cue[0] === 'for' || cue[0] === 'at') && !(subject && person(subject))) break;
      if (subject && !c.doubtful(subject.last, at)) join(subject.pair ?? [subject.entity!], e.entity!, cue[0] === 'for' || cue[0] === 'at' ? 0.7 : 0.8, e.first);
      break;
    }
    // the event, then a list of participants: "saw the participation of X, Y and Z"
    for (let k = e.last; k < Math.min(c.words.length, e.last + 6); k++) {
      const cue = LIST_CUES.find((q) => cueAt(c, k, q));
      if (!cue) continue;
      const list = listForward(c, skipCounterpart(c, k + cue.length), (m) => isCountry(m.entity) || person(m));
      if (list.items.length >= (cue[0] === 'with' || cue[0] === 'including' ? 2 : 1)) join(keysOf(list.items), e.entity!, 0.75, k);
      break;
    }
  }
  return facts;
}
