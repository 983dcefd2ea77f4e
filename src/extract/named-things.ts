// Named events, agreements, issues and state bodies, found from their head noun leftwards:
// "the annual India-Russia summit", "the Shimla and Lahore pacts", "the Kashmir issue",
// "the Russian foreign ministry". A name needs at least one proper word (a capitalized word,
// a place or organization, a year) among its modifiers; "a bilateral meeting" is no name.
import type { Sentence } from '../text/sentences.ts';
import { fold, foldedWords, type Token } from '../text/tokens.ts';
import type { Mention, MentionKind } from './mentions.ts';
import { makeMention } from './span.ts';
import { AGREEMENT_HEADS, BODY_HEADS, EVENT_HEADS, ISSUE_HEADS, LEFT_BOUNDARIES, NON_NAMES } from './grammar.ts';

const MAX_MODIFIERS = 8;
// Lowercase words that would otherwise be read as modifiers: verbs before "talks", "deal".
const VERBISH = /(?:ed|ing)$|^(?:hold|holds|held|attend|attends|join|joins|host|hosts|sign|signs|open|opens|began|begin|begins|resume|resumes|seek|seeks|reach|reached|reaches|make|made|hold|said|says|will|would|new)$/;

function headKind(word: string): MentionKind | null {
  const w = fold(word);
  const singular = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  for (const form of [w, singular]) {
    if (AGREEMENT_HEADS.has(form)) return 'agreement';
    if (ISSUE_HEADS.has(form)) return 'issue';
    if (EVENT_HEADS.has(form)) return 'event';
  }
  return null;
}

/** Is the token a proper word: capitalized (not a function word), a number, or in a lexicon mention? */
function proper(t: Token, inLexical: boolean): boolean {
  if (inLexical) return true;
  if (t.kind === 'number') return true;
  return t.upper && !NON_NAMES.has(fold(t.text));
}

export function findNamedThings(s: Sentence, si: number, lexical: Mention[]): Mention[] {
  const t = s.tokens;
  const W = foldedWords(t);
  const lexAt = new Map<number, Mention>();
  // (a pronoun is no proper word: "her election campaign" names no event)
  for (const m of lexical) if (m.kind !== 'pronoun') for (let k = m.first; k < m.last; k++) lexAt.set(k, m);
  const out: Mention[] = [];
  for (let h = 0; h < t.length; h++) {
    if (t[h].kind !== 'word') continue;
    const bodyHead = BODY_HEADS.has(W[h]);
    const kind = headKind(t[h].text) ?? (bodyHead ? 'body' : null);
    if (!kind) continue;
    if (lexAt.get(h)?.kind === 'org' || lexAt.get(h)?.kind === 'role') continue; // "Foreign Office", "Minister"
    // walk left over modifiers
    let a = h;
    while (a > 0 && h - a < MAX_MODIFIERS) {
      const p = t[a - 1];
      const w = fold(p.text);
      const lexical = lexAt.get(a - 1);
      if (lexical?.kind === 'person') break;
      // "leaders' summit": an apostrophe glued to a plural is part of the name
      if (p.kind === 'punct' && !/^[-+&]$/.test(p.text) && !(/^['’]$/.test(p.text) && p.glued && /s$/.test(t[a - 2]?.text ?? ''))) break;
      if (!lexical && p.kind === 'word' && !p.upper && (LEFT_BOUNDARIES.has(w) || VERBISH.test(w) || NON_NAMES.has(w)) && w !== 'and') break;
      if (!lexical && p.upper && LEFT_BOUNDARIES.has(w)) break;
      a--;
    }
    while (a < h && (W[a] === 'and' || /^[-+&]$/.test(t[a].text))) a++;
    const mods = t.slice(a, h);
    const properIdx = mods.map((m, k) => proper(m, lexAt.has(a + k)));
    if (!properIdx.some(Boolean)) {
      const the = (W[a - 1] ?? '') === 'the';
      const prep = (W[h + 1] ?? '');
      const place = prep === 'in' || prep === 'at' ? lexAt.get(h + 2) : undefined;
      if (kind === 'event' && the && place && ['city', 'metonym'].includes(place.kind)) {
        // "the summit in Astana": named by its place
        out.push(makeMention(s, si, a, place.last, 'event'));
      } else if (kind === 'event' && the && !W[h].endsWith('s')) {
        // "the annual summit": points back at a summit named before (resolved with the entities)
        out.push(makeMention(s, si, a, h + 1, 'event', { anaphoric: true }));
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
    // "the Shimla and Lahore pacts": one agreement per conjunct before a plural head
    const and = mods.findIndex((m) => fold(m.text) === 'and');
    const plural = W[h].endsWith('s') && kind === 'agreement';
    if (plural && and > 0 && and < mods.length - 1) {
      const head = t[h].text.replace(/s$/, '');
      for (const [x, y] of [[a, a + and], [a + and + 1, h]]) {
        const name = s.text.slice(t[x].start - s.start, t[y - 1].end - s.start);
        out.push(makeMention(s, si, x, y, kind, { name: `${name} ${head}`, alternates: [name] }));
      }
      continue;
    }
    // extend events to the right with their place or subject: "summit in Astana", "talks on Afghanistan"
    let b = h + 1;
    const ext = (W[b] ?? '');
    if (kind === 'event' && (ext === 'in' || ext === 'on') && lexAt.has(b + 1) && ['city', 'country', 'metonym'].includes(lexAt.get(b + 1)!.kind)) {
      b = lexAt.get(b + 1)!.last;
    }
    const core = s.text.slice(t[a].start - s.start, t[h].end - s.start);
    const alternates = [core];
    // "Moscow Format talks": the capitalized part is a name of its own
    const allProper = mods.every((m, k) => proper(m, lexAt.has(a + k)));
    const ownWord = mods.some((m, k) => !lexAt.has(a + k) && m.kind === 'word');
    if (allProper && ownWord && mods.length > 1 && !t[h].upper) alternates.push(s.text.slice(t[a].start - s.start, t[h - 1].end - s.start));
    const name = s.text.slice(t[a].start - s.start, t[b - 1].end - s.start);
    out.push(makeMention(s, si, a, b, kind, { name, alternates: alternates.filter((x) => x !== name) }));
  }
  return dropNested(out);
}

// "ceasefire pact": the head "ceasefire" inside the longer "2003 ceasefire pact" is not a second thing.
function dropNested(ms: Mention[]): Mention[] {
  return ms.filter((m) => !ms.some((o) => o !== m && o.first <= m.first && o.last >= m.last && (o.last - o.first) > (m.last - m.first)));
}
