// Capitalized runs that name no person, read from the words at their edges (data/person-names.json):
// a head that names a thing ("... Prize", "... Zeitung", "Hurricane ...", "Place de ..."), an article of
// another language ("Die ...", "Il ..."), a group of people ("... Muslims", "Christian Democrat"), a
// headline's verb ("Urges ..."); and the words at the edges that are no part of a person's name: a
// religion or people before it ("Catholic X"), an adverb ("Definitely X"), a title after it ("X Artist").
import type { Token } from '../../text/tokens.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { nameWords, type NotPersonKind } from '../../lexicon/name-words.ts';
import { HONORIFICS, SPEECH_VERBS, TITLE_WORDS } from '../grammar.ts';

/** A run that may name a person: its name's tokens [a, b). */
export interface PersonPart { a: number; b: number }

/** What a run names instead of a person. */
export interface NotPerson { kind: NotPersonKind }

const MIN_TITLE_LENGTH = 6; // "minister", "president": long enough for a misspelling to be no other word

/** Is the word a title or honorific that can stand next to a name without being part of it? */
export function isNameTitle(w: string): boolean {
  return TITLE_WORDS.has(w) || HONORIFICS.has(w) || nameWords().honorifics.has(w) || nameWords().titles.has(w);
}

const misspellingsOf = new WeakMap<Lexicon, Set<string>>();

/** "Minster" for "Minister": a role title's word with one letter left out, that is no word or name of its own. */
export function isMisspeltTitle(w: string, lex: Lexicon): boolean {
  let misspellings = misspellingsOf.get(lex);
  if (!misspellings) {
    misspellings = new Set();
    for (const r of lex.roles.values()) {
      for (const word of [r.label, ...r.variants].flatMap((v) => v.toLowerCase().split(/[\s-]+/))) {
        if (word.length < MIN_TITLE_LENGTH || !/^\p{Ll}+$/u.test(word)) continue;
        for (let k = 0; k < word.length; k++) misspellings.add(word.slice(0, k) + word.slice(k + 1));
      }
    }
    misspellingsOf.set(lex, misspellings);
  }
  return misspellings.has(w) && !lex.commonWords.has(w) && !lex.givenNames.has(w) && !lex.familyNames.has(w);
}

/** "Definitely", "Reportedly": an adverb, by its ending, that the common words know. */
function isAdverb(w: string, lex: Lexicon): boolean {
  return w.length > 4 && w.endsWith('ly') && lex.commonWords.has(w) && !lex.givenNames.has(w);
}

/**
 * Reads a capitalized run [a, b) that no organization rule claimed (W: its sentence's folded words):
 * what it names instead of a person, or the part of it that may be a person's name.
 */
export function personPart(t: Token[], W: string[], a: number, b: number, lex: Lexicon): PersonPart | NotPerson {
  const words = nameWords();
  const given = (k: number) => lex.givenNames.has(W[k]);
  // "Minister Urges Peace in ...": a headline's verb opens no name
  if (SPEECH_VERBS.has(W[a]) && W[a].endsWith('s') && !given(a)) return { kind: 'none' };
  if (b - a >= 2) {
    const opening = words.foreignArticles.get(W[a]) ?? words.firstHeads.get(W[a]);
    if (opening) return { kind: opening };
  }
  // "Catholic X", "Democrat X", "Arabophone European": faiths, peoples, political camps and adverbs before a name are no part of it
  while (a < b && t[a].kind === 'word' && (words.modifiers.has(W[a]) || isAdverb(W[a], lex)) && !given(a)) a++;
  if (a >= b) return { kind: 'none' };
  const inRun = W.slice(a, b);
  // a group ("X Muslims"), or a faith or people inside ("World Muslim City") or last ("X Muslim"): no person
  if (inRun.some((w) => words.groups.has(w) || (words.modifiers.has(w) && !lex.givenNames.has(w)))) return { kind: 'none' };
  // "the X mosque", "the Y Naval base": a name before a place's, a building's or a prize's noun is that thing's
  if (!t[b]?.upper && words.thingsAfter.has(W[b] ?? '')) return { kind: 'none' };
  // a head names a thing; but a given name and one such word may be someone's name ("Doris Day")
  const head = words.lastHeads.get(W[b - 1]);
  if (head && b - a >= 2 && !(b - a === 2 && given(a))) return { kind: head };
  // "X Artist", "Y Visiting Professor": a title after a name, and the words that qualify it (no honorific:
  // "Sen" and "Rep" only ever stand before one)
  if (b - a >= 2 && (TITLE_WORDS.has(W[b - 1]) || words.titles.has(W[b - 1])) && !(b - a === 2 && given(a))) {
    b--;
    while (b - a >= 2 && lex.commonWords.has(W[b - 1]) && !given(b - 1) && !lex.familyNames.has(W[b - 1])) b--;
  }
  return { a, b };
}
