// ForceAtlas2 on a large synthetic graph, in a worker thread as in the viewer, with the settings
// the viewer infers from the graph's size (Barnes-Hut above 2,000 nodes).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { MultiDirectedGraph } from 'graphology';
import { seconds, syntheticGraph, type BenchResult } from './helpers.ts';

const require = createRequire(import.meta.url);

// Plain CommonJS so the worker needs no TypeScript loader: it rebuilds the graph, runs the
// iterations and reports how long they took.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { MultiDirectedGraph } = require(workerData.graphology);
const fa2 = require(workerData.fa2);
const graph = MultiDirectedGraph.from(workerData.graph);
const t = performance.now();
fa2.assign(graph, { iterations: workerData.iterations, settings: fa2.inferSettings(graph) });
parentPort.postMessage({ ms: performance.now() - t, x: graph.getNodeAttribute(graph.nodes()[0], 'x') });
`;

export interface LayoutBenchOptions {
  nodes: number;
  edges: number;
  iterations: number;
  reps: number;
}

function runWorker(data: unknown): Promise<{ ms: number; x: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: data });
    w.once('message', (m) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
  });
}

export async function benchLayout(o: LayoutBenchOptions): Promise<BenchResult> {
  const g = syntheticGraph(o.nodes, o.edges);
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < g.nodes; i++) graph.addNode(String(i), { x: Math.cos(i) * 100, y: Math.sin(i) * 100, size: 1 });
  for (const [s, , t] of g.edges) graph.addEdge(String(s), String(t));
  const data = {
    graph: graph.export(), iterations: o.iterations,
    graphology: require.resolve('graphology'), fa2: require.resolve('graphology-layout-forceatlas2'),
  };
  const inWorker: number[] = [];
  const total: number[] = [];
  for (let r = 0; r < o.reps; r++) {
    let ms = 0;
    total.push(await seconds(async () => { ms = (await runWorker(data)).ms; }));
    inWorker.push(ms / 1000);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const t = mid(inWorker);
  return {
    name: 'ForceAtlas2 layout',
    figures: [
      { what: `ForceAtlas2, ${o.nodes} nodes / ${o.edges} edges, ${o.iterations} iterations (in the worker)`, value: t, unit: 's' },
      { what: 'ForceAtlas2 iterations', value: o.iterations / t, unit: 'iterations/s' },
      { what: 'the same with worker start and graph transfer', value: mid(total), unit: 's' },
    ],
    targets: [],
    notes: [`graphology-layout-forceatlas2 with inferSettings (as viewer/src/layout.ts); median of ${o.reps}`],
  };
}
