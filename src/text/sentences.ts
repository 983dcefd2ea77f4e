// Sentences with offsets. A sentence ends at a line break, or at . ! ? (and a closing quote
// or bracket) followed by space and an uppercase letter, digit or opening quote, unless the
// dot belongs to a known abbreviation or an initial ("G. W. Bush").
import type { Span } from '../model.ts';
import { tokenize, type Token } from './tokens.ts';

export interface Sentence extends Span {
  text: string;
  tokens: Token[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig',
  'rev', 'hon', 'pres', 'sec', 'amb', 'brig', 'cmdr', 'e.g', 'i.e', 'al',
]);

const END_RE = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    // trim white space so that evidence offsets cover the sentence exactly
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), tokens: tokenize(text, start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let start = lineStart;
    END_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = END_RE.exec(line))) {
      const cut = lineStart + m.index;
      if (isAbbreviationEnd(text, cut)) continue;
      const end = lineStart + m.index + m[0].trimEnd().length;
      push(start, end);
      start = end;
    }
    push(start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

// True when the dot at `i` ends an abbreviation or an initial rather than a sentence.
function isAbbreviationEnd(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1])) j--;
  const word = text.slice(j, i);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return word.length <= 3; // U.S, U.K — but let "U.S. said. The" end
  return ABBREVIATIONS.has(word.toLowerCase());
}
