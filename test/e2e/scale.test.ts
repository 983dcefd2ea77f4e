// 10,000 nodes and 50,000 edges stay usable: they load, filters and search answer. On software
// WebGL (CI) everything is slower than with a GPU, hence the wide limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, openViewer, type Session } from './browser.ts';
import { largeGraph } from './large-graph.ts';

describe('a graph of 10,000 nodes and 50,000 edges', () => {
  let s: Session;
  let loadMs: number;
  beforeAll(async () => {
    const began = Date.now();
    // Every actor, not the corpus view's top 300: this test is about drawing 10,000 of them.
    s = await openViewer(largeGraph(10_000, 50_000), '?top=all&unconnected=show');
    loadMs = Date.now() - began;
  }, 300_000);
  afterAll(async () => { await s?.close(); });

  it('loads and is drawn in full', async () => {
    expect(await dataset(s.page)).toMatchObject({ ready: 'true', nodes: '10000', edges: '50000' });
    expect(loadMs).toBeLessThan(150_000);
  });

  it('answers a type filter and a search while the layout runs or after', async () => {
    let t = Date.now();
    await s.page.uncheck('input[data-type="Person"]');
    await expect.poll(async () => (await dataset(s.page)).visibleNodes, { timeout: 30_000 }).toBe('8571');
    expect(Date.now() - t).toBeLessThan(30_000);
    t = Date.now();
    await s.page.fill('#search', 'Actor 771');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden]) .evidence', { timeout: 30_000 });
    expect(await s.page.textContent('#panel .panel-title')).toBe('Actor 771');
    expect(Date.now() - t).toBeLessThan(30_000);
    expect(s.errors).toEqual([]);
  });
});
