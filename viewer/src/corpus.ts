// The corpus view: which actors a large graph opens on. On top of the filters it hides actors
// without any relation and keeps the N most important of the rest. Pure: graph, importance and
// view in, visible sets out, like applyFilters.
import type { Visibility } from './filters.ts';
import type { ViewGraph } from './model.ts';
import { rankNodes, type Importance, type RankBy } from './importance.ts';
import { isCorpus, type ViewerSettings } from './settings.ts';

export type ColorBy = 'type' | 'community';

export interface CorpusView {
  showUnconnected: boolean;
  /** At most this many actors (after the other filters); null: all of them. */
  top: number | null;
  rankBy: RankBy;
  colorBy: ColorBy;
}

export interface CorpusVisibility extends Visibility {
  /** Actors left without any relation by the filters (or with none at all), hidden or not. */
  unconnected: number;
  /** Actors that pass every filter, before the top-N cut: the slider's range. */
  candidates: number;
}

/** Derived from the graph's size, as graphology's inferSettings does, not fixed at call sites. */
export function corpusDefaults(graph: ViewGraph, settings: ViewerSettings): CorpusView {
  const corpus = isCorpus(graph, settings);
  return { showUnconnected: !corpus, top: corpus ? settings.corpus.topN : null, rankBy: 'degree', colorBy: 'type' };
}

/** The fields of `view` that differ from `defaults`: what a link needs to carry. */
export function corpusOverrides(view: CorpusView, defaults: CorpusView): Partial<CorpusView> {
  return Object.fromEntries(Object.entries(view).filter(([k, v]) => defaults[k as keyof CorpusView] !== v));
}

/**
 * `keep` (the selected actor) is shown whatever its rank, so that an actor found by search or
 * linked to from another's panel can be seen; the filters still apply to it.
 */
export function applyCorpusView(
  graph: ViewGraph, base: Visibility, view: CorpusView, importance: Map<string, Importance>, keep: string | null = null,
): CorpusVisibility {
  const hiddenNodes = new Set(base.hiddenNodes);
  let unconnected = 0;
  const candidates: string[] = [];
  // The usual case, no filter on: skip looking at every edge of every node before the first paint.
  const noneHidden = base.hiddenEdges.size === 0;
  graph.forEachNode((node) => {
    if (hiddenNodes.has(node)) return;
    // Unconnected in this view: a type filter that hides every partner leaves an actor alone too.
    const alone = noneHidden ? graph.degree(node) === 0 : graph.everyEdge(node, (edge) => base.hiddenEdges.has(edge));
    if (alone) unconnected++;
    if (alone && !view.showUnconnected && node !== keep) hiddenNodes.add(node);
    else candidates.push(node);
  });
  if (view.top !== null && candidates.length > view.top) {
    const kept = topConnected(graph, base, rankNodes(candidates, importance, view.rankBy), view.top);
    for (const node of candidates) if (!kept.has(node) && node !== keep) hiddenNodes.add(node);
  }
  const hiddenEdges = new Set(base.hiddenEdges);
  if (hiddenNodes.size > base.hiddenNodes.size) {
    graph.forEachEdge((edge, _, source, target) => { if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge); });
  }
  return {
    hiddenNodes, hiddenEdges, unconnected, candidates: candidates.length,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
}

/**
 * The `top` most important actors, each with a relation to another one kept: cutting by rank
 * alone leaves leaves whose hub was cut as lone dots. In rank order an actor is kept when a
 * kept actor is its neighbour; otherwise it comes with its most important neighbour, or alone
 * when it has none to show (unconnected actors, when they are shown).
 */
function topConnected(graph: ViewGraph, base: Visibility, ranked: string[], top: number): Set<string> {
  const rank = new Map(ranked.map((n, i) => [n, i]));
  const kept = new Set<string>();
  for (const node of ranked) {
    if (kept.size >= top) break;
    if (kept.has(node)) continue;
    let best: string | null = null, linked = false;
    graph.forEachEdge(node, (edge, _, source, target) => {
      if (linked || base.hiddenEdges.has(edge)) return;
      const other = source === node ? target : source;
      if (kept.has(other)) linked = true;
      else if (other !== node && rank.has(other) && (best === null || rank.get(other)! < rank.get(best)!)) best = other;
    });
    if (linked || best === null) kept.add(node);
    else if (kept.size + 2 <= top) kept.add(node).add(best);
  }
  return kept;
}
