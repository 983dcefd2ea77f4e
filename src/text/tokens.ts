// Tokens with offsets. One regular-expression scan: abbreviations with dots (U.S., U.N.),
// words (with inner apostrophes: d'Ivoire, O'Brien), numbers, and single marks. Hyphens and
// the possessive 's are tokens of their own, so that "India-Pakistan", "Secretary-General" and
// "Pakistan's" match the lexicons word by word; `glued` tells that no space came before.
import type { Span } from '../model.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** Starts with an uppercase letter. */
  upper: boolean;
  /** Directly attached to the previous token (no white space between). */
  glued: boolean;
}

const TOKEN_RE =
  /(\p{Lu}\.(?:\p{L}\.)+)|(['’]s\b)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’](?!s\b)[\p{L}\p{M}]+)*)|(\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)|(\S)/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = offset;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < end) {
    const t = m[0];
    const kind: TokenKind = m[1] || m[2] || m[3] ? 'word' : m[4] ? 'number' : 'punct';
    tokens.push({
      text: t,
      start: m.index,
      end: m.index + t.length,
      kind,
      upper: kind === 'word' && startsUpper(t),
      glued: m.index > 0 && !isSpace(text.charCodeAt(m.index - 1)),
    });
  }
  return tokens;
}

const UPPER_RE = /^\p{Lu}/u;
const SPACE_RE = /\s/;

function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(t);
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(String.fromCharCode(c));
}

// Most tokens are ASCII, whose folded form is just lowercase; the rest are folded once and kept.
const folded = new Map<string, string>();
const FOLD_CACHE_SIZE = 50_000;

/** The form used for lexicon lookups: lowercase, accents folded, curly apostrophes straight. */
export function fold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
    if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
    folded.set(s, f);
  }
  return f;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

// A sentence is read at every position by several tries and rules: its tokens are folded once.
const foldedCache = new WeakMap<Token[], string[]>();

/** "Belarus' leader", "the Philippines' president": a bare apostrophe after a plural or a name in s reads as "'s". */
function possessiveApostrophe(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (t.text === "'" || t.text === '’') && t.glued && i > 0 && /s$/i.test(tokens[i - 1].text) && tokens[i - 1].kind === 'word' &&
    tokens[i + 1]?.kind === 'word' && !tokens[i + 1].glued;
}

/** The folded form of every token of a token array, computed once per array. */
export function foldedWords(tokens: Token[]): string[] {
  let words = foldedCache.get(tokens);
  if (!words || words.length !== tokens.length) foldedCache.set(tokens, (words = tokens.map((t, i) => (t.text.length === 1 && possessiveApostrophe(tokens, i) ? "'s" : fold(t.text)))));
  return words;
}
