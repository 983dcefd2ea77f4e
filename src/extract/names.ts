// Person names: runs of capitalized words that the gazetteers do not claim, kept when grammar
// says they name a person — a title or honorific before them, a known given name first, a
// family name first (East Asian order), a verb of speech after them, or simply two or more
// capitalized words in the middle of a sentence that nothing else explains.
import type { Sentence } from '../text/sentences.ts';
import { fold, type Token } from '../text/tokens.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Mention } from './mentions.ts';
import { AGREEMENT_HEADS, EVENT_HEADS, HONORIFICS, NON_NAMES, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS } from './grammar.ts';

const isInitial = (t: Token[], i: number) => /^\p{Lu}$/u.test(t[i].text) && t[i + 1]?.text === '.';

/** Index just past the run of name-like tokens starting at i. */
function runEnd(t: Token[], i: number, taken: boolean[], lex: Lexicon): number {
  let j = i;
  while (j < t.length && !taken[j]) {
    const tok = t[j];
    if (tok.upper && tok.kind === 'word') { j++; continue; }
    if (isInitial(t, j - 1) && tok.text === '.') { j++; continue; }
    // a particle or a hyphen inside a name: al-Assad, bin Salman, van der Leyen, Kassym-Jomart
    const inner = j > i && t[j + 1] && !taken[j + 1] && t[j + 1].upper;
    if (inner && (lex.particles.has(fold(tok.text)) || (tok.text === '-' && tok.glued && t[j + 1].glued))) { j++; continue; }
    break;
  }
  return j;
}

/** True when most words of the sentence are capitalized: a headline in title case. */
function isTitleCase(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => t.upper).length / words.length > 0.7;
}

export function findNames(s: Sentence, si: number, taken: boolean[], lexical: Mention[], lex: Lexicon): Mention[] {
  const t = s.tokens;
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
    // leading function words and honorifics ("The", "In", "Mr") are not part of the name
    while (a < b && (NON_NAMES.has(fold(t[a].text)) || HONORIFICS.has(fold(t[a].text)))) {
      if (HONORIFICS.has(fold(t[a].text))) titled = true;
      a++;
      if (t[a]?.text === '.') a++;
    }
    if (a > 0 && HONORIFICS.has(fold(t[a - 1].text)) && t[a - 1].upper) titled = true;
    while (b > a && (NON_NAMES.has(fold(t[b - 1].text)) || t[b - 1].text === '.' && !isInitial(t, b - 2))) b--;
    if (b <= a) continue;
    const words = t.slice(a, b).filter((x) => x.kind === 'word');
    const last = fold(t[b - 1].text);
    if (EVENT_HEADS.has(last) || AGREEMENT_HEADS.has(last) || PLACE_HEADS.has(last)) continue;
    if (words.some((w) => /^\p{Lu}{2,}s?$/u.test(w.text)) && !titled) continue; // acronyms: UN, NSAs, WION
    const next = t[b];
    const next2 = t[b + 1];
    const speaks = !!next && SPEECH_VERBS.has(fold(next.text));
    const apposed = next?.text === ',' && !!next2 && (roleEndingAt.has(b + 2) || roleEndingAt.has(b + 3) || /^(who|the|a|an)$/i.test(next2.text));
    const given = lex.givenNames.has(fold(words[0].text));
    const familyFirst = words.length >= 2 && words.length <= 3 && lex.familyNames.has(fold(words[0].text));
    const start = t[a].start;
    const endOff = t[b - 1].end;
    const text = s.text.slice(start - s.start, endOff - s.start);
    const base = { start, end: endOff, text, sentence: si, first: a, last: b, name: text } as const;
    if (ORG_HEADS.has(last)) {
      // "Hamburg Regional Court", "Christian Democratic Union": an organization the lexicon lacks
      if (words.length >= 2) out.push({ ...base, kind: 'org' });
      continue;
    }
    if (words.length === 1) {
      // a lone word is a person after a title ("President Putin"), else only if it names
      // someone met in full elsewhere (resolved later)
      out.push({ ...base, kind: 'person', tentative: !titled });
      continue;
    }
    const midSentence = a > 0 && !headline;
    if (titled || given || familyFirst || speaks || apposed || (midSentence && words.length <= 4)) {
      out.push({ ...base, kind: 'person', tentative: headline && !titled && !given });
    }
  }
  return out;
}
