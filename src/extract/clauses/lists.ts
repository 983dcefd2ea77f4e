// Coordinated mentions: "Brazil, Russia, India, China and South Africa", read forwards or
// backwards from a token, as long as each item passes a test.
import type { Resolved } from '../entities/coreference.ts';
import type { SentenceContext } from './context.ts';

const JOINERS = new Set([',', 'and', '&', 'or', 'the', 'as', 'well', '-']);

export interface ListRead {
  items: Resolved[];
  /** The token after the last item (forwards) or the first item's first token (backwards). */
  edge: number;
}

/** Mentions from token k onwards, joined by commas and "and". */
export function listForward(c: SentenceContext, k: number, ok: (m: Resolved) => boolean): ListRead {
  const items: Resolved[] = [];
  let j = k;
  let edge = k;
  while (j < c.words.length) {
    const m = c.mentionStartingAt(j);
    if (m && ok(m)) { items.push(m); j = m.last; edge = j; continue; }
    // a title before the next item belongs to it: "Shehbaz Sharif and President Arif Alvi"
    const title = m && items.length && (m.kind === 'role' || c.mentionStartingAt(m.last)?.kind === 'role') ? m : undefined;
    if (title) {
      const role = title.kind === 'role' ? title : c.mentionStartingAt(title.last)!;
      const next = c.mentionStartingAt(role.last);
      if (next && ok(next)) { j = role.last; continue; }
    }
    if (JOINERS.has(c.word(j)) && j - edge < 4) { j++; continue; }
    break;
  }
  return { items, edge };
}

/** Mentions ending right before token k, read leftwards through commas and "and". */
export function listBackward(c: SentenceContext, k: number, ok: (m: Resolved) => boolean): ListRead {
  const items: Resolved[] = [];
  let j = k;
  let edge = k;
  while (j > 0) {
    const m = c.mentionEndingAt(j);
    if (m && ok(m)) { items.unshift(m); j = m.first; edge = j; continue; }
    // a title between items belongs to the next one: "Sharif and President Vladimir Putin"
    if (m && m.kind === 'role' && items.length && j === edge) {
      j = m.first;
      const holder = c.mentionEndingAt(j);
      if (holder && ['country', 'demonym', 'org'].includes(holder.kind)) j = holder.first;
      edge = j;
      continue;
    }
    if (JOINERS.has(c.word(j - 1)) && edge - j < 3 && items.length) { j--; continue; }
    break;
  }
  return { items, edge };
}

/** The entity keys a list stands for, with pairs ("both countries") expanded. */
export function keysOf(items: Resolved[]): string[] {
  const keys = items.flatMap((m) => (m.pair ? m.pair : m.entity ? [m.entity] : []));
  return [...new Set(keys)];
}
