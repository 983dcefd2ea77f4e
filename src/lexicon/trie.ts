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

/**
 * A trie as flat arrays, for a snapshot that loads faster than the phrases can be tokenized again:
 * nodes in breadth-first order, each node's `(wordIndex, childIndex)` pairs in one row of `edges`,
 * its values' indexes (into the caller's value table) in `values`.
 */
export interface FlatTrie {
  words: string[];
  edges: number[][];
  values: number[][];
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };

  /** The trie as flat arrays; `valueIndex` gives each value its index in a table the caller keeps. */
  flatten(valueIndex: (value: T) => number): FlatTrie {
    const words: string[] = [];
    const wordIds = new Map<string, number>();
    const order: Node<T>[] = [this.root];
    const edges: number[][] = [];
    const values: number[][] = [];
    for (let i = 0; i < order.length; i++) {
      const node = order[i];
      const row: number[] = [];
      for (const [word, child] of node.next) {
        let id = wordIds.get(word);
        if (id === undefined) wordIds.set(word, (id = words.push(word) - 1));
        row.push(id, order.push(child) - 1);
      }
      edges.push(row);
      values.push(node.values.map(valueIndex));
    }
    return { words, edges, values };
  }

  /** The trie `flatten` wrote, its values looked up in the caller's table. */
  static fromFlat<T>(flat: FlatTrie, value: (index: number) => T): PhraseTrie<T> {
    const nodes: Node<T>[] = flat.values.map((vs) => ({ next: new Map(), values: vs.map(value) }));
    flat.edges.forEach((row, i) => {
      const next = nodes[i].next;
      for (let k = 0; k < row.length; k += 2) next.set(flat.words[row[k]], nodes[row[k + 1]]);
    });
    const trie = new PhraseTrie<T>();
    trie.root = nodes[0];
    return trie;
  }

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
