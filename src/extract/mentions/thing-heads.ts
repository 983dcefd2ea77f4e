// The head noun of an event, agreement or issue at a token: a word ("summit", "talks"), its plural
// ("sessions"), a hyphenated compound ("swearing-in", "run-off") or a two-word compound whose last
// word heads nothing alone ("joint statement", "video call").
import { thingWords, type ThingKind } from '../../lexicon/thing-words.ts';
import type { Token } from '../../text/tokens.ts';

export interface Head {
  kind: ThingKind;
  /** The head's first token: modifiers end before it. */
  first: number;
  /** The head as listed (singular, folded), for its class and the lists that name it. */
  word: string;
  plural: boolean;
}

function singular(w: string): string | null {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return /[^s]s$/.test(w) ? w.slice(0, -1) : null;
}

/** The candidate heads ending at h, longest first: "swearing-in" before "in", "joint statement" before "statement". */
function candidates(t: Token[], W: string[], h: number): [number, string][] {
  const out: [number, string][] = [];
  const hyphen = t[h - 1]?.text === '-' && t[h - 1].glued && t[h].glued && t[h - 2]?.kind === 'word';
  if (hyphen) out.push([h - 2, `${W[h - 2]}-${W[h]}`]);
  else if (t[h - 1]?.kind === 'word' && !t[h].glued) out.push([h - 1, `${W[h - 1]} ${W[h]}`]);
  // "post-war", "tug-of-war", "re-election": a word glued after a hyphen is part of another word
  if (!(t[h].glued && t[h - 1]?.text === '-')) out.push([h, W[h]]);
  return out;
}

// the last words of every head ("statement" of "joint statement", "in" of "swearing-in"): a token that
// ends no head is passed over without building its candidates (this runs on every token)
let lastWords: Set<string> | undefined;
function endsAHead(w: string): boolean {
  lastWords ??= new Set([...thingWords().heads.keys()].map((k) => k.split(/[\s-]/).pop()!));
  if (lastWords.has(w)) return true;
  const one = singular(w);
  return !!one && lastWords.has(one);
}

export function headAt(t: Token[], W: string[], h: number): Head | null {
  if (t[h].kind !== 'word' || !endsAHead(W[h])) return null;
  const { heads, noPlural } = thingWords();
  for (const [first, w] of candidates(t, W, h)) {
    const kind = heads.get(w);
    if (kind) return { kind, first, word: w, plural: w === 'talks' };
    const one = singular(w);
    if (one && !noPlural.has(one) && heads.has(one)) return { kind: heads.get(one)!, first, word: one, plural: true };
  }
  return null;
}
