// ForceAtlas2 in a web worker, with settings inferred from the graph's size, a stop of its own
// once the picture settles, and positions kept per graph so that a reload shows the same picture.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import type { LayoutSettings } from './settings.ts';
import type { ViewGraph } from './model.ts';
import { fnv1a } from './load.ts';

// The package is CommonJS with an ES-style `export default` in its types: bundlers hand over the
// class itself, TypeScript (NodeNext) believes in a namespace object.
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;

export interface Layout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export function createLayout(
  graph: ViewGraph, settings: LayoutSettings, large: boolean, onChange: (running: boolean) => void,
  include: (node: string) => boolean = () => true,
): Layout {
  // The worker moves a bare copy of the graph; positions are copied to the drawn graph every
  // syncEveryMs. Drawing every iteration would keep the main thread busy on large graphs.
  // Nodes left out (a corpus's hidden unconnected actors) neither move nor push the others
  // apart: a thousand lone dots would ring the picture and slow every iteration.
  const shadow: Positions = new MultiDirectedGraph();
  graph.forEachNode((n, a) => { if (include(n)) shadow.addNode(n, { x: a.x, y: a.y, size: a.size }); });
  graph.forEachEdge((_, __, s, t) => { if (shadow.hasNode(s) && shadow.hasNode(t)) shadow.addEdge(s, t); });
  const fa2 = new FA2Layout(shadow, { settings: inferSettings(shadow) });
  // Large graphs take longer to untangle: allow more time before giving up.
  const maxMs = settings.maxMs * Math.max(1, Math.log10(shadow.order));
  const syncMs = large ? settings.syncEveryMsLarge : settings.syncEveryMs;
  let timers: ReturnType<typeof setInterval>[] = [];
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  const sync = () => graph.updateEachNodeAttributes((n, a) => {
    if (!shadow.hasNode(n)) return a;
    const p = shadow.getNodeAttributes(n);
    return { ...a, x: p.x, y: p.y };
  }, { attributes: ['x', 'y'] });
  // Copying positions makes sigma re-index the whole graph on its next frame, which on a large
  // graph takes longer than syncMs: the next copy waits for twice the time the last one took
  // (copy and drawing), so that the page stays responsive while the layout runs.
  const syncLoop = (current: number) => {
    const began = performance.now();
    sync();
    requestAnimationFrame(() => {
      const cost = performance.now() - began;
      if (current === run && fa2.isRunning()) syncTimer = setTimeout(syncLoop, Math.max(syncMs, 2 * cost), current);
    });
  };
  const stop = () => {
    timers.forEach(clearInterval);
    timers = [];
    clearTimeout(syncTimer);
    run++;
    if (fa2.isRunning()) fa2.stop();
    sync();
    onChange(false);
  };
  const start = () => {
    if (shadow.order === 0 || fa2.isRunning()) return;
    // Carry over positions the user may have changed since the last run.
    shadow.forEachNode((n) => { const a = graph.getNodeAttributes(n); shadow.mergeNodeAttributes(n, { x: a.x, y: a.y }); });
    fa2.start();
    onChange(true);
    const began = Date.now();
    let previous = snapshot(shadow);
    // The worker takes a moment to start: stillness before the first motion is not settling.
    let moving = false;
    syncTimer = setTimeout(syncLoop, syncMs, ++run);
    timers = [setInterval(() => {
      const current = snapshot(shadow);
      const moved = movement(previous, current);
      moving ||= moved > 0;
      if ((moving && moved < settings.settleThreshold) || Date.now() - began > maxMs) stop();
      previous = current;
    }, settings.checkEveryMs)];
  };
  return { start, stop, isRunning: () => fa2.isRunning(), kill: () => { stop(); fa2.kill(); } };
}

/**
 * Puts `nodes` on a band around the centre of the others, `band` in shares of the others'
 * radius, each node at an angle of its own. Unconnected actors about to be shown go outside
 * ([1.1, 1.4]): left inside the laid-out picture, ForceAtlas2 would take long to push them
 * through it and could call it settled with them still there. Hidden ones go inside ([0, 0.2]):
 * sigma frames the picture on every node, hidden or not, so a ring of hidden actors would
 * shrink what is shown.
 */
export function ringAround(graph: ViewGraph, nodes: string[], band: [number, number] = [1.1, 1.4]): void {
  const moved = new Set(nodes);
  let cx = 0, cy = 0, n = 0, r = 0;
  graph.forEachNode((k, a) => { if (!moved.has(k)) { cx += a.x; cy += a.y; n++; } });
  if (n) { cx /= n; cy /= n; }
  graph.forEachNode((k, a) => { if (!moved.has(k)) r = Math.max(r, Math.hypot(a.x - cx, a.y - cy)); });
  r ||= 1;
  graph.updateEachNodeAttributes((k, a) => {
    if (!moved.has(k)) return a;
    const h = fnv1a(k);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = r * (band[0] + (band[1] - band[0]) * ((h >>> 16) / 0x10000));
    return { ...a, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  }, { attributes: ['x', 'y'] });
}

type Positions = MultiDirectedGraph<{ x: number; y: number; size: number }>;

function snapshot(graph: Positions): Float64Array {
  const xy = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_, a) => { xy[i++] = a.x; xy[i++] = a.y; });
  return xy;
}

/** Mean displacement per node between two snapshots, relative to the graph's extent. */
export function movement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return Infinity;
  let moved = 0, minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < b.length; i += 2) {
    moved += Math.hypot(b[i]! - a[i]!, b[i + 1]! - a[i + 1]!);
    minX = Math.min(minX, b[i]!); maxX = Math.max(maxX, b[i]!);
    minY = Math.min(minY, b[i + 1]!); maxY = Math.max(maxY, b[i + 1]!);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / (b.length / 2) / extent;
}

const STORE_PREFIX = 'actorgraph:positions:';

/** Restores the positions saved for this graph; false when there are none (or not for every node). */
export function restorePositions(graph: ViewGraph, key: string, storage: Storage | undefined = globalThis.localStorage): boolean {
  let saved: Record<string, [number, number]> | null = null;
  try { saved = JSON.parse(storage?.getItem(STORE_PREFIX + key) ?? 'null'); } catch { return false; }
  if (!saved || !graph.everyNode((n) => Array.isArray(saved![n]))) return false;
  graph.updateEachNodeAttributes((n, a) => ({ ...a, x: saved![n]![0], y: saved![n]![1] }), { attributes: ['x', 'y'] });
  return true;
}

export function savePositions(graph: ViewGraph, key: string, storage: Storage | undefined = globalThis.localStorage): void {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((n, a) => { out[n] = [+a.x.toFixed(3), +a.y.toFixed(3)]; });
  try {
    // One graph's positions at a time: a store full of old graphs would hit the quota.
    for (let i = (storage?.length ?? 0) - 1; i >= 0; i--) {
      const k = storage!.key(i);
      if (k?.startsWith(STORE_PREFIX) && k !== STORE_PREFIX + key) storage!.removeItem(k);
    }
    storage?.setItem(STORE_PREFIX + key, JSON.stringify(out));
  } catch { /* storage full or disabled: the layout simply runs again next time */ }
}
