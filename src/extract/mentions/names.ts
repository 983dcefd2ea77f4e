// Person names: runs of capitalized words that the gazetteers do not claim, kept when grammar
// says they name a person — a title or honorific before them, a known given name first, a
// family name first (East Asian order), a verb of speech after them, or simply two or more
// capitalized words in the middle of a sentence that nothing else explains.
import type { Sentence } from '../../text/sentences.ts';
import { fold, foldedWords, type Token } from '../../text/tokens.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Mention } from './mention.ts';
import { makeMention } from './span.ts';
import { headThenName, isPrefixed, organizationOf, orgSlot } from './organizations.ts';
import { AGREEMENT_HEADS, EVENT_HEADS, HONORIFICS, NON_NAMES, PLACE_HEADS, SPEECH_VERBS } from '../grammar.ts';
import { nameWords } from '../../lexicon/name-words.ts';
import { isMisspeltTitle, isNameTitle, personPart } from './not-persons.ts';

const isInitial = (t: Token[], i: number) => /^\p{Lu}$/u.test(t[i].text) && t[i + 1]?.text === '.';

// Plural nouns whose possessive stays inside a name: "People's Party", "Workers' Party".
const COLLECTIVE_NOUNS = /^(people|peoples|workers|women|citizens|farmers|patriots|nations)$/;

// Honorifics, and the words for kin and nobility that stand where they do: "Mr X", "Aunt X", "Countess X".
const isHonorific = (w: string) => HONORIFICS.has(w) || nameWords().honorifics.has(w);

/** Index just past the run of name-like tokens starting at i. */
function runEnd(t: Token[], i: number, taken: boolean[], lex: Lexicon): number {
  const W = foldedWords(t);
  let j = i;
  while (j < t.length && !taken[j]) {
    const tok = t[j];
    if (tok.upper && tok.kind === 'word') { j++; continue; }
    if (isInitial(t, j - 1) && tok.text === '.') { j++; continue; }
    // a nickname in quotes inside a name: Richard "Rick" Dalton, Jean 'Bebe' Laurent
    if (j > i && /^["“'‘]$/.test(tok.text)) {
      let q = j + 1;
      while (q < t.length && q - j <= 2 && t[q].upper && t[q].kind === 'word' && !taken[q]) q++;
      if (q > j + 1 && /^["”'’]$/.test(t[q]?.text ?? '') && t[q + 1]?.upper && t[q + 1].kind === 'word' && !taken[q + 1]) { j = q + 1; continue; }
    }
    const next = t[j + 1];
    const free = !!next && !taken[j + 1];
    // an epithet after a name: Catherine the Great, Pliny the Elder
    if (j > i && tok.text === 'the' && free && next.upper && nameWords().epithets.has(fold(next.text))) { j += 2; continue; }
    // a plural possessive inside a name: the Progressive People's Party, the Workers' Party
    if (j > i && free && next.upper && (tok.text === "'s" || tok.text === '’s' || /^['’]$/.test(tok.text)) && COLLECTIVE_NOUNS.test(W[j - 1])) { j++; continue; }
    // a particle inside a name: bin Salman, van der Leyen, de Maiziere, al-Assad
    if (j > i && free && lex.particles.has(fold(tok.text)) && (next.upper || lex.particles.has(fold(next.text)) || (next.text === '-' && t[j + 2]?.upper))) { j++; continue; }
    if (j > i && tok.text === '-' && tok.glued && free && next.glued) {
      if (next.upper || lex.particles.has(W[j - 1])) { j++; continue; }
      // Lowercase parts glued to a name by a hyphen: Ki-moon, Myong-chol — but not Merkel-led, Ebola-hit
      // (nor after a lone letter: "U-turn", "F-sharp")
      if (next.kind === 'word' && next.text.length <= 5 && t[j - 1].text.length > 1 && !nameWords().hyphenSuffixes.has(fold(next.text))) { j += 2; continue; }
    }
    break;
  }
  return j;
}

/** True when every longer word is capitalized: a headline in title case, where capitals say nothing. */
function isTitleCase(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length >= 3 && words.every((t) => t.upper);
}

export function findNames(s: Sentence, si: number, taken: boolean[], lexical: Mention[], lex: Lexicon): Mention[] {
  const t = s.tokens;
  const W = foldedWords(t);
  const out: Mention[] = [];
  const headline = isTitleCase(s);
  const roleEndingAt = new Set(lexical.filter((m) => m.kind === 'role').map((m) => m.last));
  for (let i = 0; i < t.length; i++) {
    if (taken[i] || !t[i].upper || t[i].kind !== 'word') continue;
    const end = runEnd(t, i, taken, lex);
    let a = i;
    let b = end;
    i = end - 1;
    let titled = roleEndingAt.has(a) || (t[a - 1]?.text === ',' && roleEndingAt.has(a - 1));
    // (right after a known organization, a given name starts a person's name: "Secretary-General of the SCO Zhang Wei")
    const afterOrg = lexical.some((m) => m.kind === 'org' && m.last === a);
    const slot = afterOrg && (lex.givenNames.has(W[a]) || lex.familyNames.has(W[a])) ? null : orgSlot(t, a, lexical);
    if (slot) {
      // where an organization's name goes, its capitals are the name's ("the West African Health Watch"),
      // all but an article, unless quoted (the newspaper "Le Courrier")
      if (W[a] === 'the' && !/^["“'‘«]$/.test(t[a - 1]?.text ?? '')) a++;
    } else {
      // leading function words and honorifics ("The", "In", "Mr") are not part of the name
      while (a < b && (NON_NAMES.has(W[a]) || isHonorific(W[a])) &&
        !(a > 0 && b - a >= 2 && lex.givenNames.has(W[a]) && !isHonorific(W[a]))) {
        if (isHonorific(W[a])) titled = true;
        a++;
        if (t[a]?.text === '.') a++;
      }
      if (a > 0 && isHonorific(W[a - 1]) && t[a - 1].upper) titled = true;
      // "Mar-a-Lago": what is left after a word glued to it is no name of its own
      if (t[a]?.text === '-' && t[a].glued && a < b) continue;
      // (a word glued by a hyphen is the name's own, however common: Moon Jae-in)
      const glued = (k: number) => t[k - 1]?.text === '-' && t[k - 1].glued && t[k].glued;
      while (b > a && ((NON_NAMES.has(W[b - 1]) && !glued(b - 1)) || t[b - 1].text === '.' && !isInitial(t, b - 2))) b--;
    }
    if (b <= a) continue;
    // a byline ("Author: Martin Polansky (jc) Editor: Rob Mudge") names the journalists, not actors
    while (b > a + 1 && BYLINE_WORDS.has(W[b - 1]) && t[b]?.text === ':') b--;
    if (inByline(t, W, a)) continue;
    // "Anti-Uber", "pro-Kremlin": a prefix before a hyphen makes no name
    if (/^(anti|pro|ex|post|pre|non|neo|pan|mid|co)$/i.test(t[a].text) && t[a + 1]?.text === '-') continue;
    // "Minister for Food and Agriculture Ana Berg": the last words of the office stand before the name
    // (not where an organization's name goes: "head of Global Health Watch")
    if (!slot && a > 0 && /^(?:for|of|and)$/.test(t[a - 1].text) && lexical.some((m) => m.kind === 'role' && m.last < a && a - m.last <= MAX_OFFICE_WORDS)) {
      let j = a;
      while (j < b - 2 && lex.commonWords.has(W[j]) && !lex.givenNames.has(W[j])) j++;
      if (j > a && !W.slice(j, b).every((w) => lex.commonWords.has(w))) { a = j; titled = true; }
    }
    // a title inside the run ("World Champion X", "Economics Minster X", misspelt) ends before the name
    for (let k = b - 2; k >= a; k--) {
      if (isNameTitle(W[k]) || (isMisspeltTitle(W[k], lex) && t[k + 1].upper)) { a = k + 1; titled = true; break; }
    }
    if (b <= a) continue;
    const words = t.slice(a, b).filter((x) => x.kind === 'word');
    if (!words.length) continue;
    const last = W[b - 1];
    if (EVENT_HEADS.has(last) || AGREEMENT_HEADS.has(last) || PLACE_HEADS.has(last)) continue;
    if (isPrefixed(t, a) && b - a > 1) a++; // "pro-European Liberal Renewal party"
    const split = headThenName(t, a, b, lex.givenNames);
    if (split) { b = split; i = split - 1; } // the name after is read on its own
    const org = organizationOf(s, si, { a, b, titled, slot }, taken, lexical, lex);
    if (org) {
      if (org.mention) out.push(org.mention);
      i = Math.max(i, org.next);
      continue;
    }
    // "Hurricane X", "Die Zeitung", "Catholic X", "X Artist": what the words at the run's edges say it is
    const part = personPart(t, W, a, b, lex);
    if ('kind' in part) {
      if (part.kind === 'organization') out.push(makeMention(s, si, a, b, 'org'));
      continue;
    }
    if (part.a !== a || part.b !== b) {
      ({ a, b } = part);
      words.splice(0, words.length, ...t.slice(a, b).filter((x) => x.kind === 'word'));
    }
    if (words.some((w) => /^\p{Lu}{2,}s?$/u.test(w.text)) && !titled) continue; // NSAs, BBC News
    // "Foreign Affairs", "Civic Education": common words, capitalized, are no one's name
    // (but a lone one mid-sentence may be a surname met in full before: "Sunak kept Hunt, ..." — tentative, it joins that name or nothing)
    if (words.every((w) => lex.commonWords.has(fold(w.text))) && !lex.givenNames.has(fold(words[0].text)) && !titled) {
      const roleNext = lexical.some((m) => m.kind === 'role' && m.first === b);
      if (words.length === 1 && b === a + 1 && a > 0 && !headline && t[a - 1].kind === 'word' && !roleNext && !t[b]?.upper) out.push({ ...makeMention(s, si, a, b, 'person'), tentative: true });
      continue;
    }
    const next = t[b];
    const next2 = t[b + 1];
    const speaks = !!next && SPEECH_VERBS.has(fold(next.text));
    const apposed = next?.text === ',' && !!next2 && (roleEndingAt.has(b + 2) || roleEndingAt.has(b + 3) || /^(who|the|a|an)$/i.test(next2.text));
    const given = lex.givenNames.has(fold(words[0].text));
    const familyFirst = words.length >= 2 && words.length <= 3 && lex.familyNames.has(fold(words[0].text));
    const base = makeMention(s, si, a, b, 'person');
    if (words.length === 1) {
      // a lone word is a person after a title ("President Putin"), else only if it names
      // someone met in full elsewhere (resolved later)
      // "Nixon's fate", "Reagan's Iran-Contra affair": a possessive uncommon word mid-sentence
      // (but not one that ends its clause: "suffering from X's.", a shop's or a disease's name)
      const possessive = /^['’]s$/.test(next?.text ?? '') && next2?.kind === 'word' && !lex.commonWords.has(fold(words[0].text)) && !/^\p{Lu}+$/u.test(words[0].text);
      // (not after an article or a number: "the Hui's", "40,000 Rohingya believed" name a people)
      const determined = a > 0 && (DETERMINERS.has(W[a - 1]) || t[a - 1].kind === 'number');
      out.push({ ...base, tentative: !titled && !((speaks || possessive) && a > 0 && !headline && !determined) });
      continue;
    }
    const midSentence = a > 0 && !headline;
    if (titled || given || familyFirst || speaks || apposed || (midSentence && words.length <= 4)) {
      out.push({ ...base, tentative: headline && !titled && !given });
    } else if (words.length <= 3) {
      // a sentence's first words, capitalized anyway: a name only if the text names that person in full elsewhere ("Lacalle Pou brought ...")
      out.push({ ...base, tentative: true });
    }
  }
  return out;
}

// How many words of an office may stand between its title and the name: "Minister of State for Food and Agriculture".
const MAX_OFFICE_WORDS = 8;

// Words before a noun that a person's name does not take.
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'all', 'these', 'those', 'several', 'thousands', 'hundreds', 'millions', 'dozens']);

/** Is the run at a one of the names a byline lists ("Author: A, B Editor: C/D")? */
function inByline(t: Token[], W: string[], a: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= MAX_BYLINE_TOKENS; k--) {
    if (t[k].text === ':') return BYLINE_WORDS.has(W[k - 1] ?? '');
    if (!(/^[,/&.]$/.test(t[k].text) || W[k] === 'and' || (t[k].upper && t[k].kind === 'word'))) return false;
  }
  return false;
}

const MAX_BYLINE_TOKENS = 12;

const BYLINE_WORDS = new Set(['author', 'authors', 'editor', 'editors', 'reporter', 'reporters', 'interview', 'interviewer', 'compiled', 'by', 'photos', 'translation']);

