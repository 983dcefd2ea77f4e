// Events, agreements, issues and state bodies, found from their head noun leftwards:
// "the annual India-Russia summit", "the Shimla and Lahore pacts", "the Kashmir issue",
// "the Russian foreign ministry". A name has a proper word (a capitalized word, a place or
// organization, a year) among its modifiers; a phrase without one is a thing when its words delimit
// it (described-things.ts: "a flag-raising ceremony", "a meeting of foreign ministers"), and
// otherwise, definite, points back at a thing named before ("the summit").
import type { Sentence } from '../../text/sentences.ts';
import { fold, foldedWords, type Token } from '../../text/tokens.ts';
import { thingWords } from '../../lexicon/thing-words.ts';
import { lexicon } from '../../lexicon/index.ts';
import type { Mention } from './mention.ts';
import { makeMention } from './span.ts';
import { BODY_HEADS, LEFT_BOUNDARIES, NON_NAMES } from '../grammar.ts';
import { headAt } from './thing-heads.ts';
import { complementAfter, type Reading } from './thing-complements.ts';
import { describedThing } from './described-things.ts';

const MAX_MODIFIERS = 8;
const QUANTIFIERS = new Set(['all', 'many', 'several', 'some', 'most', 'few', 'other', 'both', 'such', 'any', 'no', 'two', 'three', 'four', 'five', 'dozens', 'numerous', 'various']);
// Lowercase words that would otherwise be read as modifiers: verbs before "talks", "deal".
const VERBISH = /(?:ed|ing)$|^(?:hold|holds|held|attend|attends|join|joins|host|hosts|sign|signs|open|opens|began|begin|begins|resume|resumes|seek|seeks|reach|reached|reaches|make|made|hold|said|says|will|would|new)$/;

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** Is the token a proper word: capitalized (not a function word or a count), a year, an ordinal or a date, or in a lexicon mention? */
function proper(t: Token, inLexical: boolean, before?: Token): boolean {
  if (inLexical) return true;
  // "the 2022 summit", "the 43rd summit", "the September 25 election" are named; "303 votes" are not
  if (t.kind === 'number') return /^(?:1[89]|20)\d\d$|\d(?:st|nd|rd|th)$/i.test(t.text) || (MONTHS.test(before?.text ?? '') && /^\d{1,2}$/.test(t.text));
  return t.upper && !NON_NAMES.has(fold(t.text)) && !thingWords().cardinals.has(fold(t.text));
}

/** A headline or a section title in capitals ("PM MEETS ENVOY") names nothing: its words are not cased. */
function capitalsOnly(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' && /\p{L}{2}/u.test(t.text));
  return words.length >= 2 && words.every((t) => t.text === t.text.toUpperCase());
}

/** Is token k part of a hyphenated modifier ("flag-raising", "in-person", "closed-door")? */
function hyphenated(t: Token[], k: number): boolean {
  const dash = (j: number) => t[j]?.text === '-' && t[j].glued && !!t[j + 1]?.glued;
  return dash(k) || dash(k + 1) || dash(k - 1);
}

/** The first modifier of the head at h, walking left. */
function modifiersStart(r: Reading, h: number): number {
  const { t, W, lexAt } = r;
  const { ordinals } = thingWords();
  let a = h;
  while (a > 0 && h - a < MAX_MODIFIERS) {
    const p = t[a - 1];
    const w = fold(p.text);
    const lexical = lexAt.get(a - 1);
    if (lexical?.kind === 'person') break;
    // "the X Agreement and telephone calls": a name that ends in a head of its own is a thing apart
    if (W[a - 1] === 'and' && a > 1 && headAt(t, W, a - 2)) break;
    // "the two leaders' first meeting": an ordinal after a possessor starts the description
    if (ordinals.has(W[a]) && W[a - 1] === "'s") break;
    if (hyphenated(t, a - 1) && p.text !== '-' ) { a--; continue; }
    // "the Asia-Pacific Economic Cooperation (APEC) summit": an acronym in brackets belongs to the name
    if (p.text === ')' && t[a - 3]?.text === '(' && t[a - 2]?.upper) { a -= 3; continue; }
    // "leaders' summit": an apostrophe glued to a plural is part of the name
    if (p.kind === 'punct' && !/^[-+&]$/.test(p.text) && !(/^['’]$/.test(p.text) && p.glued && /s$/.test(t[a - 2]?.text ?? ''))) break;
    // "a signing ceremony", "the opening session": after an article, a word in -ing describes the head
    const gerund = /ing$/.test(w) && ['a', 'an', 'the'].includes(W[a - 2] ?? '');
    if (!lexical && p.kind === 'word' && !p.upper && !ordinals.has(w) && (LEFT_BOUNDARIES.has(w) || (VERBISH.test(w) && !gerund) || NON_NAMES.has(w)) && w !== 'and') break;
    if (!lexical && p.upper && LEFT_BOUNDARIES.has(w)) break;
    a--;
  }
  while (a < h && (W[a] === 'and' || /^[-+&]$/.test(t[a].text))) a++;
  return a;
}

export function findNamedThings(s: Sentence, si: number, lexical: Mention[]): Mention[] {
  if (capitalsOnly(s)) return [];
  const t = s.tokens;
  const W = foldedWords(t);
  const lexAt = new Map<number, Mention>();
  // (a pronoun is no proper word: "her election campaign" names no event)
  for (const m of lexical) if (m.kind !== 'pronoun') for (let k = m.first; k < m.last; k++) lexAt.set(k, m);
  const r: Reading = { t, W, lexAt };
  const firstWord = t.findIndex((x) => x.kind === 'word');
  const text = (x: number, y: number) => s.text.slice(t[x].start - s.start, t[y - 1].end - s.start);
  const out: Mention[] = [];
  for (let h = 0; h < t.length; h++) {
    if (t[h].kind !== 'word') continue;
    const head = headAt(t, W, h);
    const kind = head?.kind ?? (BODY_HEADS.has(W[h]) ? 'body' : null);
    if (!kind) continue;
    const headFirst = head?.first ?? h;
    if (lexAt.get(h)?.kind === 'org' || lexAt.get(h)?.kind === 'role') continue; // "Foreign Office", "Minister"
    // "the war crimes prosecutor", "the election campaign": a head before such a noun only modifies it
    if (head && thingWords().compoundTails.has(W[h + 1] ?? '')) continue;
    const start = modifiersStart(r, headFirst);
    // "Regional votes are due": a common word capitalized only because it starts the sentence
    const opening = (k: number) => k === firstWord && lexicon().commonWords.has(W[k]);
    const isProper = (k: number) => proper(t[k], lexAt.has(k), t[k - 1]) && !(opening(k) && !lexAt.has(k));
    // "the separate 2019 Oslo deal", "the annual Oslo summit": the name goes by its proper part too
    const a = start;
    let named = a;
    if (t.slice(start, headFirst).some((_, k) => isProper(start + k))) while (named < headFirst && !isProper(named) && thingWords().weakModifiers.has(W[named])) named++;
    const mods = t.slice(a, headFirst);
    const properIdx = mods.map((_, k) => isProper(a + k));
    // "US diplomat John Kerry meeting officials": a titled person is no name of an event
    if (mods.some((_, k) => lexAt.get(a + k)?.kind === 'role' && t[a + k + 1]?.upper && !lexAt.has(a + k + 1) && a + k + 1 < headFirst)) continue;
    // "the Hiroshima Vision": such a head makes a name only when it is capitalized too
    if (head && thingWords().namedOnly.has(head.word) && !t[h].upper) continue;
    if (!properIdx.some(Boolean)) {
      if (head) {
        const m = describedThing(s, si, r, a, h, head);
        if (m) out.push(m);
      }
      continue;
    }
    if (kind === 'body') {
      // a body belongs to the country named in its modifiers: "the weekly Russian foreign ministry"
      const at = mods.findIndex((_, k) => ['country', 'demonym', 'metonym'].includes(lexAt.get(a + k)?.kind ?? ''));
      // "Russia's Foreign Ministry": the owner stands before a possessive
      const possessor = (W[a - 1] ?? '') === "'s" ? lexAt.get(a - 2) : undefined;
      const owner = at >= 0 ? lexAt.get(a + at)! : possessor && ['country', 'metonym'].includes(possessor.kind) ? possessor : undefined;
      if (!owner) continue;
      out.push(makeMention(s, si, owner.first, h + 1, 'body', { country: owner.ref }));
      continue;
    }
    // "all G7 meetings", "many EU summits": a plural after a quantifier is a kind of thing, not one
    if (head!.plural && W[h] !== 'talks' && QUANTIFIERS.has(W[a - 1] ?? '')) continue;
    // "the Shimla and Lahore pacts": one agreement per conjunct before a plural head
    const and = mods.findIndex((m) => fold(m.text) === 'and');
    if (head!.plural && kind === 'agreement' && and > 0 && and < mods.length - 1) {
      const word = t[h].text.replace(/s$/, '');
      for (const [x, y] of [[a, a + and], [a + and + 1, headFirst]]) {
        const name = text(x, y);
        out.push(makeMention(s, si, x, y, kind, { name: `${name} ${word}`, alternates: [name] }));
      }
      continue;
    }
    const { end } = kind === 'issue' ? { end: h + 1 } : complementAfter(r, h, kind, head!.word);
    const alternates = [text(a, h + 1), text(named, end), text(named, h + 1)];
    // "the Conservative Party leadership race": what follows the proper words is a name too
    const tail = properIdx.lastIndexOf(true) + 1;
    if (tail < mods.length && !mods[tail].glued && mods.slice(tail).some((m) => m.kind === 'word' && !thingWords().weakModifiers.has(fold(m.text)))) alternates.push(text(a + tail, h + 1));
    else if (tail === mods.length && headFirst < h) alternates.push(text(headFirst, h + 1));
    // "Moscow Format talks": the capitalized part is a name of its own
    const allProper = properIdx.every(Boolean);
    const ownWord = mods.some((m, k) => !lexAt.has(a + k) && m.kind === 'word');
    if (allProper && ownWord && mods.length > 1 && !t[h].upper) alternates.push(text(a, headFirst));
    // "the Shangri-La Dialogue security forum": a capitalized head inside the modifiers ends a name of its own
    for (let k = a + 1; k < headFirst; k++) if (t[k].upper && headAt(t, W, k)?.kind === kind) alternates.push(text(a, k + 1));
    // "the next CELAC summit" is another one than "the CELAC summit"
    const from = thingWords().otherOne.has(W[a - 1] ?? '') && !t[a - 1].upper ? a - 1 : a;
    const name = text(from, end);
    out.push(makeMention(s, si, from, end, kind, { name, alternates: from === a ? alternates.filter((x) => x !== name) : [] }));
  }
  return dropNested(out);
}

// "ceasefire pact": the head "ceasefire" inside the longer "2003 ceasefire pact" is not a second thing.
function dropNested(ms: Mention[]): Mention[] {
  return ms.filter((m) => !ms.some((o) => o !== m && o.first <= m.first && o.last >= m.last && (o.last - o.first) > (m.last - m.first)));
}
