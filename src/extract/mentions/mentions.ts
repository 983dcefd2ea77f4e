// Sentences → mentions: every phrase that names (or points back to) an actor. Gazetteer
// phrases first (one longest-match pass over the tokens), then capitalized runs that grammar
// says are persons, then named events, agreements and issues built around their head nouns.
import type { Sentence } from '../../text/sentences.ts';
import { fold, type Token } from '../../text/tokens.ts';
import { caseFits, type Cased, type Lexicon, type NameEntry, type RoleRecord } from '../../lexicon/index.ts';
import type { Mention } from './mention.ts';
import { findNames } from './names.ts';
import { findNamedThings } from './named-things.ts';
import { NON_NAMES, PERSON_PRONOUNS } from '../grammar.ts';
import { makeMention } from './span.ts';

export type { Mention, MentionKind } from './mention.ts';

// buildings named after another place: the place named is not where the building stands
const BUILDINGS = new Set(['house', 'palace', 'castle', 'gardens', 'mansion', 'lodge', 'manor']);

const NAME_PRIORITY: Record<NameEntry['kind'], number> = { country: 6, org: 5, metonym: 4, demonym: 3, city: 2, region: 1 };

function bestEntry(values: NameEntry[]): NameEntry {
  return [...values].sort((a, b) => NAME_PRIORITY[b.kind] - NAME_PRIORITY[a.kind] ||
    (b.kind === 'city' && a.kind === 'city' ? b.population - a.population : 0))[0];
}

/** Gazetteer and role-title matches, longest first, left to right. */
function lexiconMentions(s: Sentence, si: number, lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const t = s.tokens;
  const roleFits = (v: Cased<RoleRecord>, m: Token[]) => caseFits(v, m) && m[0].text.length > 1;
  for (let i = 0; i < t.length; ) {
    if (t[i].kind === 'punct') { i++; continue; }
    const name = lex.names.longestAt(t, i, (v, m) => caseFits(v, m) && m[0].kind === 'word' && !/^[-']$/.test(m[m.length - 1].text) &&
      !(v.entry.kind === 'demonym' && v.entry.prefix && !(t[i + m.length]?.text === '-' && t[i + m.length].glued)));
    const role = lex.roleTitles.longestAt(t, i, roleFits);
    const e0 = name && bestEntry(name.values.map((v) => v.entry));
    // "Florence Parly", "Jack London", "Nikola Tesla": a one-word place that is a given name before a name, or a
    // one-word place or organization name after a given name
    const givenBeforeName = !!e0 && name!.length === 1 && (e0.kind === 'city' || e0.kind === 'region' || e0.kind === 'org') &&
      ((e0.kind !== 'org' && lex.givenNames.has(fold(t[i].text)) && !!t[i + 1]?.upper && t[i + 1].kind === 'word') ||
        (i > 0 && t[i - 1].upper && t[i - 1].kind === 'word' && lex.givenNames.has(fold(t[i - 1].text)) && !NON_NAMES.has(fold(t[i - 1].text)) && out.at(-1)?.last !== i));
    // "Hyderabad House", "Blair House": a place's name in a building's name is no mention of the place
    const building = !!e0 && (e0.kind === 'city' || e0.kind === 'metonym') && !!name && !!t[i + name.length]?.upper && BUILDINGS.has(fold(t[i + name.length]?.text ?? ''));
    if (building) {
      i += name!.length + 1;
      continue;
    }
    if (name && !givenBeforeName && (!role || name.length >= role.length)) {
      const e = e0!;
      const last = i + name.length;
      if (e.kind === 'city') out.push(makeMention(s, si, i, last, 'city', { ref: e.name, country: e.country }));
      else if (e.kind === 'region') out.push(makeMention(s, si, i, last, 'region', { ref: e.name, country: e.country }));
      else out.push(makeMention(s, si, i, last, e.kind, { ref: e.id }));
      i = last;
    } else if (role) {
      out.push(makeMention(s, si, i, i + role.length, 'role', { role: role.values[0].entry }));
      i += role.length;
    } else {
      const p = PERSON_PRONOUNS.get(t[i].text.toLowerCase());
      if (p) out.push(makeMention(s, si, i, i + 1, 'pronoun', { gender: p }));
      i++;
    }
  }
  return out;
}

// "the three neighbours": a group the text listed before, as "the two countries" is a pair
const GROUP_COUNTS = new Map([['three', 3], ['four', 4], ['five', 5]]);
const PAIR_NOUNS = /^(?:countries|nations|sides|states|neighbours|neighbors|governments|capitals)$/;
const PERSON_PAIR_NOUNS = /^(?:leaders|men|women|ministers|presidents|premiers|officials|diplomats|heads)$/;
const ORG_REF_NOUNS = /^(?:alliance|bloc|grouping|organisation|organization|party|company|firm|carmaker|automaker|bank|group|conglomerate|corporation|manufacturer|airline|insurer|broadcaster|newspaper|club|team|foundation|institute|association|federation)$/;
const PAIR_VERBS = /^(?:are|were|have|had|will|would|agreed|signed|attended|sides)$/;

/**
 * "both countries", "the two sides", a bare "both" as subject ("both are members"): a pair of
 * countries named before; and "the country", the one named last (both resolved with the entities).
 */
function pairMentions(s: Sentence, si: number, taken: boolean[]): Mention[] {
  const out: Mention[] = [];
  const t = s.tokens;
  const w = (k: number) => (k < t.length && !taken[k] ? fold(t[k].text) : '');
  const raw = (k: number) => (k < t.length ? fold(t[k].text) : '');
  for (let i = 0; i < t.length; i++) {
    if (w(i) === 'the' && w(i + 1) === 'two' && PAIR_NOUNS.test(w(i + 2))) out.push(makeMention(s, si, i, i + 3, 'pair'));
    else if (w(i) === 'the' && GROUP_COUNTS.has(w(i + 1)) && PAIR_NOUNS.test(w(i + 2))) out.push(makeMention(s, si, i, i + 3, 'pair', { count: GROUP_COUNTS.get(w(i + 1)) }));
    // the noun may be a plural title ("leaders", "ministers") that the lexicon matched
    else if (w(i) === 'the' && w(i + 1) === 'two' && PERSON_PAIR_NOUNS.test(raw(i + 2))) out.push(makeMention(s, si, i, i + 3, 'personPair'));
    else if (w(i) === 'both' && PERSON_PAIR_NOUNS.test(raw(i + 1))) out.push(makeMention(s, si, i, i + 2, 'personPair'));
    else if (w(i) === 'both' && PAIR_NOUNS.test(w(i + 1))) out.push(makeMention(s, si, i, i + 2, 'pair'));
    else if (w(i) === 'both' && PAIR_VERBS.test(w(i + 1))) out.push(makeMention(s, si, i, i + 1, 'pair'));
    else if (w(i) === 'the' && /^(?:country|nation)$/.test(w(i + 1))) out.push(makeMention(s, si, i, i + 2, 'countryRef'));
    else if (w(i) === 'the' && ORG_REF_NOUNS.test(w(i + 1))) out.push(makeMention(s, si, i, i + 2, 'orgRef'));
  }
  return out;
}

export function markTaken(taken: boolean[], ms: Mention[]): void {
  for (const m of ms) for (let k = m.first; k < m.last; k++) taken[k] = true;
}

/** All mentions of one sentence, in text order. */
export function sentenceMentions(s: Sentence, si: number, lex: Lexicon): Mention[] {
  const taken = new Array<boolean>(s.tokens.length).fill(false);
  const lexical = lexiconMentions(s, si, lex);
  markTaken(taken, lexical);
  const things = findNamedThings(s, si, lexical);
  // A gazetteer word inside a named event or agreement ("the Shimla pact") is part of that name.
  const inThing = (m: Mention) => things.some((x) => m.first >= x.first && m.last <= x.last && (x.kind === 'agreement' || x.kind === 'issue'));
  const kept = lexical.filter((m) => !(m.kind === 'city' && inThing(m)));
  markTaken(taken, things);
  const names = findNames(s, si, taken, kept, lex);
  markTaken(taken, names);
  // a known organization inside a longer name ("the Democratic Green Party of Kenya") is not mentioned
  const orgs = names.filter((m) => m.kind === 'org');
  const covered = (m: Mention) => m.kind === 'org' && orgs.some((o) => o.first <= m.first && m.last <= o.last);
  const pairs = pairMentions(s, si, taken);
  const inPair = (m: Mention) => pairs.some((p) => p.kind === 'personPair' && m.first >= p.first && m.last <= p.last);
  const all = [...kept.filter((m) => !inPair(m) && !covered(m)), ...things, ...names, ...pairs].sort((a, b) => a.start - b.start || b.end - a.end);
  return isHeader(s) ? all.filter((m) => m.kind !== 'org' || (!!m.ref && !lex.commonWords.has(fold(m.text)))) : all;
}

/**
 * A section header in capitals ("WHO CAME, AND WHO STAYED AWAY?", "WHAT COMES NEXT"): every word
 * looks like an acronym there, so only organizations the gazetteer knows by a name that is no
 * common word ("NATO", not "WHO" or "IS") are read in it.
 */
function isHeader(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' && /\p{L}/u.test(t.text));
  return words.length >= 2 && words.every((t) => t.text === t.text.toUpperCase());
}

export function documentMentions(sentences: Sentence[], lex: Lexicon): Mention[] {
  return sentences.flatMap((s, i) => sentenceMentions(s, i, lex));
}

