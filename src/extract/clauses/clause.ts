// Who does what in a clause: the subject before a verb, the place after it, the words that
// stand between "met" and the one met. Shared by the visit, meeting and participation rules.
import type { Resolved } from '../entities/coreference.ts';
import { SentenceContext, isCountry, isPerson, isPlace } from './context.ts';

export const MEET_VERBS = new Set(['met', 'meet', 'meets', 'meeting']);
export const SUBJECT_WINDOW = 14; // tokens to look left for the subject of a verb
// where a subject is no longer the verb's: "X said delegations will attend" (the speaker attends nothing)
const CLAUSE_BREAKS = new Set([';', 'which', 'while', 'said', 'says', 'told', 'added', 'stated', 'insisted', 'warned']);

export const actor = (m: Resolved) => (isPerson(m.entity) || isCountry(m.entity) || !!m.pair) && m.kind !== 'role';
export const person = (m: Resolved) => (isPerson(m.entity) && (m.kind === 'person' || m.kind === 'pronoun')) || (m.kind === 'personPair' && !!m.pair);
export const place = (m: Resolved) => isPlace(m.entity) && ['country', 'city', 'metonym', 'countryRef'].includes(m.kind);

/**
 * The nearest actor before token k in the clause. A country that only qualifies a title
 * ("Russian President Putin") or a name ("Modi of India") stands for its person, not itself.
 */
export function subjectBefore(c: SentenceContext, k: number): Resolved | undefined {
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_WINDOW; j--) {
    if (CLAUSE_BREAKS.has(c.word(j))) break;
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
export function travellerBefore(c: SentenceContext, k: number): Resolved | undefined {
  let fallback: Resolved | undefined;
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_WINDOW; j--) {
    if (CLAUSE_BREAKS.has(c.word(j))) break;
    const m = c.mentionAt(j);
    if (!m) continue;
    if (person(m)) return m;
    if (!fallback && actor(m)) fallback = m;
    j = m.first;
  }
  return fallback;
}

export function placeAfter(c: SentenceContext, k: number): Resolved | undefined {
  const m = c.mentionStartingAt(k) ?? (c.word(k) === 'the' ? c.mentionStartingAt(k + 1) : undefined);
  return m && place(m) ? m : undefined;
}

// "his Russian counterpart", "Saudi Crown Prince": words before the name of the one met
export function skipCounterpart(c: SentenceContext, j: number): number {
  for (let steps = 0; steps < 6; steps++) {
    const m = c.mentionStartingAt(j);
    const titleNext = m && (c.mentionStartingAt(m.last)?.kind === 'role' || c.word(m.last) === 'counterpart' || c.word(m.last) === 'counterparts');
    if (m && (((m.kind === 'demonym' || m.kind === 'country') && titleNext) || m.kind === 'role' || (m.kind === 'pronoun' && /^(his|her)$/.test(c.word(j))))) { j = m.last; continue; }
    if (/^(the|their|its|counterpart|counterparts|'s)$/.test(c.word(j))) { j++; continue; }
    break;
  }
  return j;
}

export function cueAt(c: SentenceContext, k: number, cue: string[]): boolean {
  return cue.every((w, i) => c.word(k + i) === w);
}
