// Search over labels and aliases. Pure: an index built once per graph, queried per keystroke.
import type { ViewGraph } from './model.ts';

export interface SearchEntry {
  node: string;
  /** Lowercased text the query is matched against. */
  text: string;
  label: string;
  /** The alias that matched, when it is not the label. */
  alias?: string;
}

export interface SearchHit { node: string; label: string; alias?: string }

export function buildSearchIndex(graph: ViewGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    entries.push({ node, text: fold(a.label), label: a.label });
    for (const alias of a.aliases) entries.push({ node, text: fold(alias), label: a.label, alias });
  });
  return entries;
}

/**
 * Best matches first: the whole name, then a name that starts with the query, then a word that
 * does, then the query anywhere; a label before an alias of the same rank; one hit per node.
 */
export function searchNodes(index: SearchEntry[], query: string, limit: number, hidden?: Set<string>): SearchHit[] {
  const q = fold(query).trim();
  if (!q) return [];
  const best = new Map<string, { rank: number; entry: SearchEntry }>();
  for (const entry of index) {
    if (hidden?.has(entry.node)) continue;
    const rank = rankOf(entry.text, q);
    if (rank < 0) continue;
    const score = rank * 2 + (entry.alias ? 1 : 0);
    const prev = best.get(entry.node);
    if (!prev || score < prev.rank) best.set(entry.node, { rank: score, entry });
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label))
    .slice(0, limit)
    .map(({ entry }) => ({ node: entry.node, label: entry.label, alias: entry.alias }));
}

function rankOf(text: string, q: string): number {
  if (text === q) return 0;
  if (text.startsWith(q)) return 1;
  const at = text.indexOf(q);
  if (at < 0) return -1;
  return /[\s\-'"(]/.test(text[at - 1] ?? '') ? 2 : 3;
}

/** Case- and accent-insensitive form: "Zürich" and "zurich" match. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
