// The pure parts of the layout: when it counts as settled, and the positions kept per graph.
import { describe, expect, it } from 'vitest';
import { movement, restorePositions, ringAround, savePositions } from '../../viewer/src/layout.ts';
import { fixtureModel } from './helpers.ts';
import { parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import { corpusGraph } from './corpus-graph.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(k: string) { return this.items.get(k) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  setItem(k: string, v: string) { this.items.set(k, v); }
}

describe('layout', () => {
  it('measures movement relative to the graph\'s extent', () => {
    const a = new Float64Array([0, 0, 10, 10]);
    expect(movement(a, a)).toBe(0);
    expect(movement(a, new Float64Array([1, 0, 11, 10]))).toBeCloseTo(0.1);
    expect(movement(a, new Float64Array([0, 0]))).toBe(Infinity);
  });

  it('restores the positions saved for the same graph, so a reload shows the same picture', () => {
    const storage = new MemoryStorage();
    const { graph } = fixtureModel();
    graph.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x * 7 + 1, y: a.y * 3 - 2 }));
    savePositions(graph, 'g1', storage);
    const again = fixtureModel().graph;
    expect(restorePositions(again, 'g1', storage)).toBe(true);
    again.forEachNode((n, a) => {
      expect(a.x).toBeCloseTo(graph.getNodeAttribute(n, 'x'), 2);
      expect(a.y).toBeCloseTo(graph.getNodeAttribute(n, 'y'), 2);
    });
  });

  it('keeps one graph\'s positions at a time, and restores nothing for another graph', () => {
    const storage = new MemoryStorage();
    const { graph } = fixtureModel();
    savePositions(graph, 'g1', storage);
    savePositions(graph, 'g2', storage);
    expect(storage.length).toBe(1);
    expect(restorePositions(fixtureModel().graph, 'g1', storage)).toBe(false);
    const other = fixtureModel().graph;
    other.addNode('https://example.org/new', { ...other.getNodeAttributes(other.nodes()[0]!) });
    expect(restorePositions(other, 'g2', storage)).toBe(false);
  });
});

describe('unconnected actors shown after the layout', () => {
  it('start on a band outside the laid-out actors, the same way every time, and go back inside', () => {
    const { graph } = buildViewModel(parseRdf(corpusGraph({ countries: 3, persons: 8, unconnected: 20, docs: 2 })));
    const alone = graph.filterNodes((n) => graph.degree(n) === 0);
    const others = graph.filterNodes((n) => graph.degree(n) > 0);
    expect(alone.length).toBeGreaterThan(0);
    const turn = (i: number) => (2 * Math.PI * i) / others.length;
    others.forEach((n, i) => graph.mergeNodeAttributes(n, { x: 10 * Math.cos(turn(i)), y: 10 * Math.sin(turn(i)) }));
    ringAround(graph, alone);
    const dist = (n: string) => Math.hypot(graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y'));
    const reach = Math.max(...others.map(dist));
    const first = alone.map((n) => [graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')]);
    for (const n of alone) expect(dist(n)).toBeGreaterThan(reach);
    ringAround(graph, alone);
    expect(alone.map((n) => [graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')])).toEqual(first);
    // Hidden again: inside, so that sigma's frame (every node's extent) is the shown actors'.
    ringAround(graph, alone, [0, 0.2]);
    for (const n of alone) expect(dist(n)).toBeLessThanOrEqual(0.2 * reach + 1e-9);
  });
});
