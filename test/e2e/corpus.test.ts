// The viewer on a corpus graph (1,012 actors, 600 of them without any relation): it opens on the
// top 300 and says so, the unconnected actors come back on demand, the importance slider cuts,
// communities recolour the nodes, and an actor's panel lists its documents with their dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.ts';
import { colourCounts, dataset, openViewer, waitReady, type Session } from './browser.ts';
import { corpusGraph } from '../viewer/corpus-graph.ts';

const GRAPH = corpusGraph({ countries: 10, persons: 400, unconnected: 600, docs: 50 });

async function setSlider(s: Session, value: number): Promise<void> {
  await s.page.evaluate((v) => {
    const el = document.querySelector<HTMLInputElement>('#top')!;
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('the viewer on a corpus', () => {
  let s: Session;
  beforeAll(async () => { s = await openViewer(GRAPH); });
  afterAll(async () => { await s?.close(); });

  it('opens on the 300 most connected actors and says how many it leaves out', async () => {
    expect(await dataset(s.page)).toMatchObject({ ready: 'true', nodes: '1012', visibleNodes: '300' });
    expect(await s.page.textContent('#corpus-count')).toBe('showing 300 of 1,012 actors');
    expect(await s.page.textContent('#unconnected-note')).toBe('600 unconnected actors hidden — show');
    expect(await s.page.textContent('#status')).toMatch(/^300 of 1012 nodes/);
  });

  it('the importance slider shows fewer actors, and the URL keeps it', async () => {
    await setSlider(s, 40);
    await expect.poll(async () => Number((await dataset(s.page)).visibleNodes)).toBeLessThanOrEqual(40);
    expect(Number((await dataset(s.page)).visibleNodes)).toBeGreaterThanOrEqual(39);
    expect(await s.page.textContent('#corpus-count')).toMatch(/^showing (39|40) of 1,012 actors$/);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('top'), { timeout: 10_000 }).toBe('40');
  });

  it('colouring by community changes the nodes\' colours', async () => {
    const palette = DEFAULT_SETTINGS.corpus.communityColors;
    const watch = { Country: DEFAULT_SETTINGS.typeColors.Country, Person: DEFAULT_SETTINGS.typeColors.Person, c0: palette[0]!, c1: palette[1]! };
    const before = await colourCounts(s.page, watch);
    expect(before.Country + before.Person).toBeGreaterThan(200);
    await s.page.selectOption('select[name="color"]', 'community');
    await expect.poll(async () => { const c = await colourCounts(s.page, watch); return c.c0 + c.c1; }, { timeout: 15_000 }).toBeGreaterThan(200);
    const after = await colourCounts(s.page, watch);
    expect(after.Country + after.Person).toBeLessThan((before.Country + before.Person) / 5);
    await s.page.selectOption('select[name="color"]', 'type');
  });

  it('"show" brings back every actor, "hide" the unconnected ones away again', async () => {
    await s.page.click('#unconnected-toggle');
    await expect.poll(async () => (await dataset(s.page)).visibleNodes).toBe('1012');
    expect(await s.page.textContent('#corpus-count')).toBe('showing all 1,012 actors');
    expect(await s.page.textContent('#unconnected-note')).toBe('600 unconnected actors shown — hide');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('unconnected'), { timeout: 10_000 }).toBe('show');
    await s.page.reload();
    await waitReady(s.page);
    expect(await dataset(s.page)).toMatchObject({ visibleNodes: '1012' });
    await s.page.click('#unconnected-toggle');
    await expect.poll(async () => (await dataset(s.page)).visibleNodes).toBe('412');
  });

  it('search finds an actor the corpus view leaves out, and shows it while it is selected', async () => {
    await s.page.fill('#search', 'Lonely 7');
    await expect.poll(() => s.page.locator('#suggestions li').first().textContent()).toBe('Lonely 7');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden]) .documents');
    expect(await s.page.textContent('#panel .panel-title')).toBe('Lonely 7');
    expect(await s.page.textContent('#panel .documents')).toContain('No relation of this actor was read');
    expect(await dataset(s.page)).toMatchObject({ visibleNodes: '413' });
    await s.page.click('#close-panel');
    await expect.poll(async () => (await dataset(s.page)).visibleNodes).toBe('412');
  });

  it('an actor\'s panel lists the documents that mention it, each with its date', async () => {
    await s.page.fill('#search', 'Ada Twodocs');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden]) .documents');
    expect(await s.page.textContent('#panel .documents h3')).toBe('2 documents');
    expect(await s.page.locator('#panel .doc-list li').allTextContents())
      .toEqual(['2021-03-01 article-0 1 relation', '2021-03-02 article-1 1 relation']);
    expect(s.errors).toEqual([]);
  });
});
