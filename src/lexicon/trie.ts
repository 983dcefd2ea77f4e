// A phrase trie over folded tokens: every lexicon phrase is tokenized exactly as the text is,
// so one left-to-right pass over a sentence finds the longest known phrase at each position.
import { fold, foldedWords, tokenize, type Token } from '../text/tokens.ts';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: T[];
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((t) => fold(t.text));
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
  }

  /**
   * The longest phrase starting at tokens[i] whose values pass `accept` (which sees the
   * matched tokens, e.g. to demand capitals), or null.
   */
  longestAt(tokens: Token[], i: number, accept: (value: T, matched: Token[]) => boolean = () => true): PhraseMatch<T> | null {
    const words = foldedWords(tokens);
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(words[j]);
      if (node?.values.length) {
        const matched = tokens.slice(i, j + 1);
        const values = node.values.filter((v) => accept(v, matched));
        if (values.length) best = { length: j - i + 1, values };
      }
    }
    return best;
  }
}
