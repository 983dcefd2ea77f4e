// Organizations the gazetteer lacks, read from grammar rather than knowledge:
//   - a name around an organization head word: "Hamburg Regional Court", "Centre for Japan-Korea Dialogue";
//   - a name in the slot an organization title opens: "chairman of Nordvik Marine Systems",
//     "head of the extra-parliamentary Civic Dawn";
//   - a name after an organization noun in apposition: "the NGO Open Society", "the newspaper 'Le Courrier'";
//   - a longer name around a known one: "the Democratic Green Party of Kenya" is not the Green Party.
import type { Sentence } from '../../text/sentences.ts';
import { fold, foldedWords, type Token } from '../../text/tokens.ts';
import type { Mention } from './mention.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { makeMention } from './span.ts';
import { LEFT_BOUNDARIES, NON_NAMES, ORG_HEADS, ORG_NOUNS, WORK_NOUNS } from '../grammar.ts';

// Role labels of people who lead, speak for or edit an organization: the name after
// "<title> of (the)" is an organization's ("president of X" where X is no country).
const LEADING_TITLES = new Set([
  'chairman', 'chair', 'vice chairman', 'chief executive', 'director', 'director-general', 'executive director', 'founder', 'head',
  'leader', 'deputy leader', 'secretary-general', 'president', 'vice president', 'spokesperson', 'editor', 'editor-in-chief',
  'chief operating officer', 'chief financial officer', 'party leader', 'general secretary',
]);

// Nouns that, written right before a name, say that the name is an organization's: "the NGO X".
// (a trade's maker or seller is a company: "the drugmaker X", "the lender X"; not a bare "maker",
// "producer" or "publisher", which is as often a person: "film maker X")
const APPOSITION_NOUNS = new Set([...ORG_NOUNS, 'ngo', 'organisation', 'organization', 'charity', 'broadcaster', 'weekly', 'tank', 'institute', 'airline', 'carrier', 'insurer', 'retailer', 'automaker', 'carmaker',
  'brewer', 'chipmaker', 'drugmaker', 'steelmaker', 'lender', 'conglomerate', 'manufacturer', 'supplier', 'exporter', 'importer', 'shipbuilder']);

const QUOTES = /^["“”'‘’«»]$/;
// Mentions of places that can stand inside or before an organization's name: "the Accra Institute", "the Danube Policy Project".
const PLACE_KINDS = new Set(['country', 'demonym', 'city', 'metonym', 'region']);
// How far left of a name the title or noun of an apposition may stand: "the internationally recognized non-governmental organization X".
const MAX_MODIFIERS = 7;

/**
 * Does the capitalized run starting at token i stand where an organization's name goes?
 * "title": after "<leading title> of (the) [modifiers]"; "apposition": after "the [modifiers] <org noun>".
 */
export function orgSlot(t: Token[], i: number, lexical: Mention[]): 'title' | 'apposition' | null {
  const W = foldedWords(t);
  if (/^NGOs?$/.test(t[i].text)) return null; // a noun, not a name
  let k = i;
  if (k > 0 && QUOTES.test(t[k - 1].text)) k--;
  // a place may open the name itself: "the NGO Sahel Futures"
  const opening = lexical.find((m) => m.last === k && PLACE_KINDS.has(m.kind) && m.kind !== 'demonym');
  const n = opening ? opening.first : k;
  if (n > 0 && t[n - 1].kind === 'word' && APPOSITION_NOUNS.has(W[n - 1]) && !t[n - 1].upper) return 'apposition';
  if (n > 0 && /^NGOs?$/.test(t[n - 1].text)) return 'apposition';
  // walk left over lowercase modifiers, hyphens and place words: "the extra-parliamentary", "the Angolan"
  for (let steps = 0; k > 0 && steps < MAX_MODIFIERS; steps++) {
    const p = t[k - 1];
    // a place, or an organization whose part this one is: "the SCO Regional Anti-Terrorist Structure"
    const place = lexical.find((m) => m.last === k && (PLACE_KINDS.has(m.kind) || m.kind === 'org'));
    if (place) { k = place.first; continue; }
    if (WORK_NOUNS.has(W[k - 1])) return null; // "the director of the documentary X"
    if (p.text === '-' || (p.kind === 'word' && !p.upper && !LEFT_BOUNDARIES.has(W[k - 1]) && W[k - 1] !== 'and')) { k--; continue; }
    break;
  }
  if (W[k - 1] === 'the') k--;
  if (W[k - 1] !== 'of') return null;
  const title = lexical.find((m) => m.kind === 'role' && m.last === k - 1);
  return title && LEADING_TITLES.has(title.role!.label) ? 'title' : null;
}

/** Is the run [a, b) followed by "of/for/on (the) Name", taking places and hyphenated names in: "for Japan-Korea Dialogue"? */
function extendName(t: Token[], b: number, taken: boolean[], lexical: Mention[]): number {
  const placeAt = (k: number) => lexical.find((m) => m.first === k && PLACE_KINDS.has(m.kind));
  while (/^(of|for|on)$/.test(t[b]?.text ?? '')) {
    let j = b + 1;
    if (t[j]?.text === 'the') j++;
    let k = j;
    for (;;) {
      const place = taken[k] ? placeAt(k) : undefined;
      if (place) { k = place.last; continue; }
      if (k >= t.length || taken[k]) break;
      if (t[k].upper && t[k].kind === 'word' && !NON_NAMES.has(fold(t[k].text))) { k++; continue; } // not "on Friday"
      if ((t[k].text === 'and' || (t[k].text === '-' && t[k].glued)) && k > j && (t[k + 1]?.upper || placeAt(k + 1))) { k++; continue; }
      break;
    }
    if (k === j) break;
    b = k;
  }
  return b;
}

/**
 * An organization named around a head word: "Hamburg Regional Court", "German Chamber of Industry
 * and Commerce" (a country word right before belongs to the name), "Centre for Contemporary Studies".
 */
function orgName(s: Sentence, si: number, a: number, b: number, taken: boolean[], lexical: Mention[]): Mention | null {
  const t = s.tokens;
  b = extendName(t, b, taken, lexical);
  const before = lexical.find((m) => m.last === a && PLACE_KINDS.has(m.kind));
  if (b - a < (before ? 1 : 2)) return null;
  if (!before || isPrefixed(t, before.first)) return makeMention(s, si, a, b, 'org');
  // also known without its place: "the Japanese Cabinet" is "the Cabinet" later
  const bare = s.text.slice(t[a].start - s.start, t[b - 1].end - s.start);
  return { ...makeMention(s, si, before.first, b, 'org'), alternates: b - a >= 2 || before.kind === 'demonym' ? [bare] : [] };
}

/** "the Executive Committee Ivan Petrov": where a person's name follows an organization's head word in one run. */
export function headThenName(t: Token[], a: number, b: number, givenNames: Set<string>): number | undefined {
  for (let h = a; h < b - 2; h++) {
    if (ORG_HEADS.has(fold(t[h].text)) && givenNames.has(fold(t[h + 1].text)) && t[h + 2].upper) return h + 1;
  }
  return undefined;
}

/** An organization in a slot that grammar opens for one (see orgSlot): the whole run, with its "of/for" tail. */
function slotOrg(s: Sentence, si: number, a: number, b: number, taken: boolean[], lexical: Mention[]): Mention {
  // a country or city named right before is part of the name ("the China Energy Project"), a demonym is not ("the Russian Gazprom")
  const place = lexical.find((m) => m.last === a && m.kind !== 'demonym' && (PLACE_KINDS.has(m.kind) || m.kind === 'org'));
  if (place && !isPrefixed(s.tokens, place.first)) a = place.first;
  return makeMention(s, si, a, extendName(s.tokens, b, taken, lexical), 'org');
}

/**
 * A known organization with capitalized words before it that are not a place: "the Democratic
 * Green Party of Kenya" names another party than "the Green Party". Returns the longer name.
 */
function widenedOrg(s: Sentence, si: number, a: number, b: number, taken: boolean[], lexical: Mention[]): Mention | null {
  const t = s.tokens;
  const known = lexical.find((m) => m.kind === 'org' && m.first === b);
  if (!known || !ORG_HEADS.has(fold(t[known.last - 1].text))) return null;
  return makeMention(s, si, a, extendName(t, known.last, taken, lexical), 'org');
}

/** "pro-European", "anti-Western": the word is part of a prefixed adjective, not of a name. */
export function isPrefixed(t: Token[], k: number): boolean {
  return k >= 2 && t[k - 1].text === '-' && /^(pro|anti|non|post|pre)$/i.test(t[k - 2].text);
}

// titles that only companies and institutions have: "Adidas CEO" (but "Opposition leader" is no organization)
const ORG_TITLES = new Set(['chairman', 'chair', 'chief executive', 'director', 'director-general', 'founder', 'vice chairman', 'chief operating officer', 'chief financial officer', 'executive', 'editor-in-chief']);

// titles of whoever leads an organization (a spokesman may speak for a person, "Merkel spokesman X"; a leader for a people, "Kurdish leader X")
const HEAD_TITLES = new Set(['head', 'president', 'executive', 'editor-in-chief', 'secretary-general', 'general secretary']);

const NOT_ACRONYMS = new Set(['GDP', 'AIDS', 'HIV', 'TV', 'OK', 'CEO', 'CFO', 'PM', 'MP', 'MPS', 'DNA', 'IT', 'AI', 'PR', 'VIP', 'SUV', 'ID', 'USB', 'PC', 'LGBT', 'LGBTQ', 'II', 'III', 'IV', 'VI', 'AM', 'BC', 'AD', 'TNT', 'CO2', 'UV', 'DJ', 'FM', 'NGO', 'NGOS']);

// Lowercase words that may stand between a name and its organization noun: "the Socialist opposition party".
const ORG_NOUN_MODIFIERS = /^(opposition|ruling|economic|political|militant|extremist|conservative|liberal|socialist|nationalist|regional|national|parliamentary|think)$/;

/** A capitalized run [a, b) of a sentence, as the name finder sees it. */
export interface Run {
  a: number;
  b: number;
  /** A title or an honorific stands before it. */
  titled: boolean;
  /** The slot an organization's name goes in, if it stands in one (see orgSlot). */
  slot: 'title' | 'apposition' | null;
}

/**
 * Is the run an organization's name? Read around it: a head word ("... Foundation"), an organization
 * noun after it ("the IG Metall union"), the slot it stands in ("chairman of X", "the NGO X"), a known
 * name after it ("the Democratic Green Party"), a company title after it ("Adidas CEO X"), or an
 * acronym no lexicon knows. Returns the mention (none: the run is nobody's name) and the token to read
 * on from; null when the run may still name a person.
 */
export function organizationOf(s: Sentence, si: number, run: Run, taken: boolean[], lexical: Mention[], lex: Lexicon): { mention?: Mention; next: number } | null {
  const t = s.tokens;
  const W = foldedWords(t);
  const { a, b, titled, slot } = run;
  const words = t.slice(a, b).filter((x) => x.kind === 'word');
  if (t.slice(a, b).some((x) => ORG_HEADS.has(fold(x.text)))) {
    // "the Civic Union party": the noun after the name says what it is, and belongs to it
    const party = W[b] === 'party' && !t[b].upper && !taken[b];
    const org = orgName(s, si, a, party ? b + 1 : b, taken, lexical);
    const named = org && party ? { ...org, alternates: [...(org.alternates ?? []), s.text.slice(t[a].start - s.start, t[b - 1].end - s.start)] } : org;
    return { mention: named ?? undefined, next: org ? org.last - 1 : b - 1 };
  }
  // "the IG Metall union", "the pro-European Liberal Renewal party": a name before an organization noun
  let n = b;
  while (n < t.length && n - b < 2 && !t[n].upper && t[n].kind === 'word' && !ORG_NOUNS.has(W[n]) && ORG_NOUN_MODIFIERS.test(W[n])) n++;
  if (n < t.length && !taken[n] && ORG_NOUNS.has(W[n]) && !t[n].upper && !titled && !lex.givenNames.has(fold(words[0].text))) {
    // named by the whole phrase ("Socialist opposition party"), also known by its name alone
    const org = makeMention(s, si, a, n + 1, 'org');
    return { mention: { ...org, alternates: [s.text.slice(t[a].start - s.start, t[b - 1].end - s.start)] }, next: n };
  }
  if (!titled && slot) {
    const org = slotOrg(s, si, a, b, taken, lexical);
    return { mention: org, next: org.last - 1 };
  }
  const widened = a > 0 && (!titled || !lex.givenNames.has(W[a])) ? widenedOrg(s, si, a, b, taken, lexical) : null;
  if (widened) return { mention: widened, next: widened.last - 1 };
  // "Adidas CEO Herbert Hainer", "Adidas's CEO", "Spicejet Chairman Ajay Singh": the company before the title
  const roleAfter = lexical.find((m) => m.kind === 'role' && (m.first === b || (m.first === b + 1 && /^['’]s$/.test(t[b].text))));
  if (roleAfter && ORG_TITLES.has(roleAfter.role!.label) && !titled && !lex.givenNames.has(fold(words[0].text))) {
    return { mention: makeMention(s, si, a, b, 'org'), next: b - 1 };
  }
  // "Frontex chief Fabrice Leggeri", "IG Metall boss X", "Left party leader X": a name no lexicon knows,
  // before a leading title and its holder's name, is the organization led
  const named = !!roleAfter && t[roleAfter.last]?.upper && t[roleAfter.last].kind === 'word';
  const party = !!roleAfter && /^party\b/i.test(roleAfter.text);
  if (named && (HEAD_TITLES.has(roleAfter!.role!.label) || party) && !titled &&
    !lex.givenNames.has(fold(words[0].text)) && words.every((w) => w.text.length > 1) && (party || !words.every((w) => lex.commonWords.has(fold(w.text))))) {
    return { mention: makeMention(s, si, a, b, 'org'), next: b - 1 };
  }
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0].text) && !NOT_ACRONYMS.has(words[0].text)) {
    // an acronym the lexicon lacks names an organization: "ASX chairman", "the head of the SSC"
    return { mention: makeMention(s, si, a, b, 'org'), next: b - 1 };
  }
  return null;
}
