// One way to make a mention of a sentence's tokens, for every stage that finds mentions.
import type { Sentence } from '../../text/sentences.ts';
import type { Mention, MentionKind } from './mention.ts';

/** The mention of tokens [first, last) of sentence `si`: its offsets, its text, and its text as its name. */
export function makeMention(s: Sentence, si: number, first: number, last: number, kind: MentionKind, extra: Partial<Mention> = {}): Mention {
  const start = s.tokens[first].start;
  const end = s.tokens[last - 1].end;
  const text = s.text.slice(start - s.start, end - s.start);
  return { kind, start, end, text, sentence: si, first, last, name: text, ...extra };
}
