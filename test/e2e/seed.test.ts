// The seed articles, extracted the way `actorgraph serve` does with no arguments, drawn in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/read.ts';
import { readGraph } from '../../src/rdf/graph-model.ts';
import { graphFromSeeds } from '../../src/server/graph.ts';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.ts';
import { colourCounts, dataset, openViewer, type Session } from './browser.ts';

describe('the seed graph', () => {
  let s: Session;
  let nodes: number;
  beforeAll(async () => {
    const turtle = await graphFromSeeds('seeds');
    // Counted by the project's RDF reader, apart from the viewer: entities and the ends of relations.
    const read = readGraph(parseRdf(turtle));
    nodes = new Set([...read.entities.keys(), ...read.relations.flatMap((r) => [r.s, r.o])]).size;
    s = await openViewer(turtle);
  });
  afterAll(async () => { await s?.close(); });

  it('is drawn: every node counted on the page, the canvas not blank', async () => {
    expect(nodes).toBeGreaterThan(5);
    expect(await dataset(s.page)).toMatchObject({ ready: 'true', nodes: String(nodes) });
    expect(await s.page.textContent('#status')).toMatch(new RegExp(`^${nodes} nodes · \\d+ edges$`));
    const counts = await colourCounts(s.page, DEFAULT_SETTINGS.typeColors);
    const drawnTypes = Object.values(counts).filter((n) => n > 30).length;
    expect(drawnTypes).toBeGreaterThanOrEqual(2);
  });
});
