// Communities (Louvain) as an alternative colouring to entity type: which actors the corpus
// talks about together. Computed on demand on a weighted simple copy of the relations (louvain
// wants a simple graph; several relations between two actors make a stronger tie), so the
// drawn graph is never changed. Pure apart from the seeded random stream.
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { ViewGraph } from './model.ts';

// CommonJS with an ES-style `export default` in its types: at run time the import is the
// function itself, TypeScript (NodeNext) believes in a namespace object (as in layout.ts).
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface Communities {
  /** Node → community index, 0 for the largest community. */
  of: Map<string, number>;
  /** Community sizes, largest first. */
  sizes: number[];
}

export function detectCommunities(graph: ViewGraph): Communities {
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((n) => { simple.addNode(n); });
  graph.forEachEdge((_, __, s, t) => {
    if (s === t) return;
    simple.updateEdge(s, t, (a) => ({ weight: (a.weight ?? 0) + 1 }));
  });
  const raw = simple.size ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(0x9e3779b9) }) : {};
  // Louvain numbers communities arbitrarily: renumber by size so that colours follow importance.
  const members = new Map<number, string[]>();
  graph.forEachNode((n) => {
    const c = raw[n] ?? -1 - members.size;
    const list = members.get(c);
    if (list) list.push(n); else members.set(c, [n]);
  });
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const of = new Map<string, number>();
  ordered.forEach((list, i) => { for (const n of list) of.set(n, i); });
  return { of, sizes: ordered.map((l) => l.length) };
}

/**
 * A colour per node: the largest communities get the palette, the rest (and actors alone in
 * theirs) one neutral colour, since forty hues cannot be told apart anyway.
 */
export function communityColors(c: Communities, palette: string[], other: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [n, i] of c.of) out.set(n, i < palette.length && c.sizes[i]! > 1 ? palette[i]! : other);
  return out;
}

/** mulberry32: the same communities, hence the same colours, every time a graph is opened. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
