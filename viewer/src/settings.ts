// The viewer's settings with their defaults, in one place. Everything the rest of the viewer tunes
// (colours, sizes, thresholds for large graphs, layout stopping rules) is read from here.
import type { EntityType, RelationKind } from '../../src/model.ts';

/** Entity classes plus `Other` for a node a relation names but no triple types. */
export type NodeType = EntityType | 'Other';

export interface ViewerSettings {
  typeColors: Record<NodeType, string>;
  kindColors: Record<RelationKind, string>;
  /** Colour of nodes outside the selected neighbourhood. */
  fadedColor: string;
  /** Node sizes in pixels at zoom 1: the least connected node gets the first, the hub the second. */
  nodeSize: [number, number];
  edgeSize: number;
  /** Bend of parallel edges (sigma's edge-curve default is 0.25). */
  edgeCurvature: number;
  /**
   * Above this many edges a graph is drawn for speed: one-pixel edges that the mouse does not pick
   * (a node's panel still lists them), hidden while the camera moves or the layout runs, labels
   * hidden while moving, and the drawing follows the layout less often.
   */
  largeGraphEdges: number;
  /** sigma's label culling: cell size of the label grid, labels per cell, smallest labelled node. */
  labelGridCellSize: number;
  labelDensity: number;
  labelRenderedSizeThreshold: number;
  /** Label font sizes in pixels: nodes at the smallest size get the first, the hubs the second. */
  labelSize: [number, number];
  corpus: CorpusSettings;
  layout: LayoutSettings;
  /** How many suggestions the search box lists. */
  searchLimit: number;
  /** Camera zoom ratio when the search moves to a node (smaller is closer). */
  focusRatio: number;
}

/**
 * A graph of many documents (a corpus) holds far more actors than a reader can take in, most of
 * them named once with no relation read: above `minNodes` actors the viewer opens on the
 * `topN` most important connected ones, says how many it leaves out, and lets the reader ask
 * for the rest.
 */
export interface CorpusSettings {
  minNodes: number;
  topN: number;
  /** Label culling for corpus views: fewer, larger cells than for a single article's graph. */
  labelGridCellSize: number;
  labelDensity: number;
  labelRenderedSizeThreshold: number;
  /** Colours of the largest communities, largest first; the rest share `otherCommunityColor`. */
  communityColors: string[];
  otherCommunityColor: string;
}

export interface LayoutSettings {
  /** The layout stops once nodes move on average less than this share of the graph's extent per check. */
  settleThreshold: number;
  checkEveryMs: number;
  /** How often the drawing follows the layout, for graphs of usual size and for large ones. */
  syncEveryMs: number;
  syncEveryMsLarge: number;
  /** The layout stops after this long whatever happens; scaled up for large graphs in layout.ts. */
  maxMs: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  typeColors: {
    Person: '#e15759',
    Country: '#4e79a7',
    City: '#76b7b2',
    Organization: '#f28e2b',
    Event: '#59a14f',
    Agreement: '#b07aa1',
    Issue: '#edc948',
    Other: '#9c9c9c',
  },
  kindColors: {
    holdsRole: '#d37295',
    memberOf: '#f1a340',
    visited: '#6a9fd4',
    met: '#e8776f',
    participatedIn: '#7fbf7b',
    partyTo: '#c2a5cf',
    locatedIn: '#9fcfcb',
    involvedIn: '#e6c75c',
    partOf: '#bfa27a',
  },
  fadedColor: '#e6e6e6',
  nodeSize: [4, 18],
  edgeSize: 2,
  edgeCurvature: 0.25,
  largeGraphEdges: 5_000,
  labelGridCellSize: 90,
  labelDensity: 0.8,
  labelRenderedSizeThreshold: 6,
  labelSize: [12, 17],
  corpus: {
    minNodes: 500,
    topN: 300,
    labelGridCellSize: 150,
    labelDensity: 1.5,
    labelRenderedSizeThreshold: 5.5,
    // ColorBrewer's Dark2 and Paired hues, none of them a type colour: a community is not a type.
    communityColors: ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#fb9a99', '#6a3d9a'],
    otherCommunityColor: '#c8c8c8',
  },
  layout: { settleThreshold: 0.0015, checkEveryMs: 400, syncEveryMs: 50, syncEveryMsLarge: 1_000, maxMs: 15_000 },
  searchLimit: 12,
  focusRatio: 0.35,
};

/** A corpus: enough actors that the viewer opens on the most important ones (see CorpusSettings). */
export function isCorpus(graph: { order: number }, settings: ViewerSettings): boolean {
  return graph.order > settings.corpus.minNodes;
}

export function isLarge(graph: { size: number }, settings: ViewerSettings): boolean {
  return graph.size > settings.largeGraphEdges;
}
