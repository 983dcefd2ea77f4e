// What follows a head noun and belongs to the thing's name: its place ("summit in Madrid"), its
// grouping or subject ("summit of the Quad", "Treaty on the Non-Proliferation of Nuclear Weapons"),
// who takes part ("a meeting of foreign ministers", "a meeting with Nordic leaders") and what an
// agreement is of ("a memorandum of understanding").
import { thingWords, type ThingKind } from '../../lexicon/thing-words.ts';
import { lexicon } from '../../lexicon/index.ts';
import type { Token } from '../../text/tokens.ts';
import type { Mention } from './mention.ts';
import { NON_NAMES } from '../grammar.ts';

export interface Reading {
  t: Token[];
  /** Folded words. */
  W: string[];
  /** The gazetteer mention covering a token. */
  lexAt: Map<number, Mention>;
}

const PLACES = ['city', 'country', 'metonym'];
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', '-', "'s", 'de', 'da', 'du', 'del', 'la']);
const MAX_RUN = 12;

/** A capitalized run from k (a name, a grouping, a document's title): its end, or k when there is none. */
function properRun(r: Reading, k: number): number {
  const { t, W, lexAt } = r;
  let end = k;
  for (let j = k; j < t.length && j - k < MAX_RUN; j++) {
    const lex = lexAt.get(j);
    if (lex && lex.kind !== 'role') { j = lex.last - 1; end = lex.last; continue; }
    // "Northern" names nothing alone, but begins "Northern Fisheries"
    const capital = (x: number) => t[x]?.kind === 'word' && t[x].upper;
    if (capital(j) && (!NON_NAMES.has(W[j]) || (capital(j + 1) && !NON_NAMES.has(W[j + 1])))) { end = j + 1; continue; }
    if (t[j].kind === 'number' && end > k) { end = j + 1; continue; }
    if (CONNECTORS.has(W[j]) && end > k) continue;
    break;
  }
  return end;
}

/** "of allied foreign ministers", "with Nordic leaders", "of the bloc's leaders": the end of the participants, or 0. */
function participants(r: Reading, k: number): number {
  const { t, W } = r;
  if (W[k] === 'the') k++;
  for (let j = k; j < t.length && j - k < 5; j++) {
    if (thingWords().participants.has(W[j])) return j + 1;
    if (t[j].kind === 'punct' && !["'", '’', '-'].includes(t[j].text)) return 0;
    if (['and', 'or', 'to', 'in', 'at', 'on', 'by', 'who', 'that', 'which'].includes(W[j])) return 0;
  }
  return 0;
}

/** Where a place named right after k ends ("in Madrid", "at Brasilia", "on Crete"), or 0. */
function placeAfter(r: Reading, k: number, on: boolean): number {
  const { W, lexAt } = r;
  if (!['in', 'at', ...(on ? ['on'] : [])].includes(W[k])) return 0;
  const place = lexAt.get(k + 1);
  return place && place.first === k + 1 && PLACES.includes(place.kind) ? place.last : 0;
}

/** "of peace, diplomatic relations and full normalisation": the end of a list of lowercase nouns after k, or k. */
function listEnd(r: Reading, k: number): number {
  const { t, W } = r;
  let end = k;
  for (let j = k; j < t.length && j - k < 8; j++) {
    if (W[j] === ',' || W[j] === 'and') { if (W[j + 1] === 'the' || t[j + 1]?.upper) break; continue; }
    if (t[j].kind !== 'word' || t[j].upper || NON_NAMES.has(W[j])) break;
    if (t.slice(k, j).some((x) => x.text === 'and')) end = j + 1;
  }
  return end;
}

/**
 * The end of the name after a head at h (exclusive), and whether a complement other than the
 * place was read. A capitalized head ("the Declaration of Cooperation") takes any capitalized run
 * after of/on/for; a lowercase one only a grouping or name after of/with ("the summit of the Quad").
 */
export function complementAfter(r: Reading, h: number, kind: ThingKind, headWord: string): { end: number; subject: boolean; subjectEnd: number } {
  const { t, W, lexAt } = r;
  let end = h + 1;
  let subject = false;
  const prep = W[end] ?? '';
  const after = W[end + 1] === 'the' ? end + 2 : end + 1;
  if (t[h].upper && ['of', 'on', 'for'].includes(prep)) {
    const run = properRun(r, after);
    if (run > after) [end, subject] = [run, true];
  } else if (prep === 'of' || prep === 'with') {
    const lex = lexAt.get(after);
    // "a summit of the Quad", "a contract with France's Naval Group"; "talks with China" are not named by China
    const org = lex?.kind === 'org' && thingWords().groupingKinds.has(lexicon().orgs.get(lex.ref ?? '')?.kind ?? 'grouping');
    const grouping = lex && lex.first === after && (org || ((prep === 'of' || kind === 'agreement') && PLACES.includes(lex.kind)));
    const run = grouping || (prep === 'of' && t[after]?.upper) ? properRun(r, after) : after;
    const who = participants(r, run > after ? run : end + 1);
    if (who) [end, subject] = [who, true];
    else if (run > after) [end, subject] = [run, true];
  }
  if (!subject && kind === 'agreement' && prep === 'of' && (thingWords().agreementObjects.has(W[end + 1]) || headWord === 'memorandum') && t[end + 1]?.kind === 'word' && !t[end + 1].upper) {
    [end, subject] = [listEnd(r, end + 2), true];
  }
  // "the India-UK Roadmap 2030": a year after a capitalized head is part of its name
  if (t[h].upper && end === h + 1 && t[end]?.kind === 'number' && /^(?:19|20)\d\d$/.test(t[end].text)) end++;
  const subjectEnd = end;
  // "war on X" is waged against X, not held there
  if (kind === 'event') end = placeAfter(r, end, headWord !== 'war') || end;
  return { end, subject, subjectEnd };
}
