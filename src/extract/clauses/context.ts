// What the relation rules read: one sentence's tokens and resolved mentions, with small
// helpers to ask what stands at a token, between two mentions, or before a mention.
import type { Sentence } from '../../text/sentences.ts';
import { foldedWords } from '../../text/tokens.ts';
import type { Fact, RelationKind } from '../../model.ts';
import type { Resolved } from '../entities/coreference.ts';
import { findDates, nearestDate, type DateMention } from './dates.ts';
import { denies } from '../grammar.ts';

export class SentenceContext {
  readonly words: string[];
  readonly dates: DateMention[];
  private at: (Resolved | undefined)[];

  constructor(readonly sentence: Sentence, readonly index: number, readonly mentions: Resolved[], articleDate?: string) {
    this.words = foldedWords(sentence.tokens);
    this.dates = findDates(sentence.text, sentence.start, articleDate);
    this.at = new Array(sentence.tokens.length);
    // longer mentions win the tokens they cover
    for (const m of [...mentions].sort((a, b) => (a.last - a.first) - (b.last - b.first))) {
      for (let k = m.first; k < m.last; k++) this.at[k] = m;
    }
  }

  /** The mention covering token k, if any. */
  mentionAt(k: number): Resolved | undefined {
    return this.at[k];
  }

  /** The mention that ends right before token k (skipping nothing). */
  mentionEndingAt(k: number): Resolved | undefined {
    const m = this.at[k - 1];
    return m && m.last === k ? m : undefined;
  }

  /** The mention that starts at token k. */
  mentionStartingAt(k: number): Resolved | undefined {
    const m = this.at[k];
    return m && m.first === k ? m : undefined;
  }

  word(k: number): string {
    return this.words[k] ?? '';
  }

  /** Folded words between two token positions. */
  between(from: number, to: number): string[] {
    return this.words.slice(from, to);
  }

  /** Is the clause between two positions negated or hedged ("did not", "could")? */
  doubtful(from: number, to: number): boolean {
    const ws = this.between(Math.max(0, from), to);
    return ws.some((_, i) => denies(ws, i));
  }

  /** The sentence's date nearest to token k, as the `date` of a fact (nothing when the sentence has none). */
  dated(tokenIndex: number): { date?: string } {
    const date = this.dateNear(tokenIndex);
    return date ? { date } : {};
  }

  private dateNear(tokenIndex: number): string | undefined {
    const t = this.sentence.tokens[Math.min(tokenIndex, this.sentence.tokens.length - 1)];
    return t ? nearestDate(this.dates, t.start) : undefined;
  }

  fact(subject: string, predicate: RelationKind, object: string, confidence: number, extra: Partial<Fact> = {}): Fact {
    const s = this.sentence;
    return { subject, predicate, object, confidence, evidence: { start: s.start, end: s.end, text: s.text }, ...extra };
  }
}

export const isPerson = (key?: string) => !!key && key.startsWith('person/');

/** The person (a name or a pronoun) whose mention starts at token k. */
export function personAt(c: SentenceContext, k: number): Resolved | undefined {
  const m = c.mentionStartingAt(k);
  return m && (m.kind === 'person' || m.kind === 'pronoun') && isPerson(m.entity) ? m : undefined;
}

export const isCountry = (key?: string) => !!key && key.startsWith('country/');
export const isPlace = (key?: string) => !!key && (key.startsWith('country/') || key.startsWith('city/'));
export const isGroup = (key?: string) => !!key && key.startsWith('organization/');
