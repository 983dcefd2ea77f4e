// The viewer in a real browser on a graph that follows the contract: search, selection, filters,
// loading files, URL state.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.ts';
import { parseRdf } from '../../src/rdf/read.ts';
import { colourCounts, dataset, openViewer, waitReady, type Session } from './browser.ts';

const FIXTURE = readFileSync('test/fixtures/viewer/seed-like.ttl', 'utf8');
const ID = 'https://w3id.org/actorgraph/id/';
const SMALL = `@prefix ag: <https://w3id.org/actorgraph/ns#> .
<${ID}person/ada> a ag:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "Ada Example" ; ag:visited <${ID}country/freedonia> .
<${ID}country/freedonia> a ag:Country ; <http://www.w3.org/2000/01/rdf-schema#label> "Freedonia" .
<${ID}city/fredville> a ag:City ; ag:locatedIn <${ID}country/freedonia> .
`;

/** Drops a file on the page the way a user's drag-and-drop does. */
async function dropFile(s: Session, name: string, text: string): Promise<void> {
  await s.page.evaluate(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'text/turtle' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, text });
}

describe('the viewer on a contract-shaped graph', () => {
  let s: Session;
  beforeAll(async () => { s = await openViewer(FIXTURE); });
  afterAll(async () => { await s?.close(); });

  it('draws every node, coloured by type, and says how many', async () => {
    expect(await dataset(s.page)).toMatchObject({ ready: 'true', nodes: '12', edges: '16' });
    await expect.poll(() => s.page.textContent('#status')).toBe('12 nodes · 16 edges');
    const { Person, Country } = await colourCounts(s.page, DEFAULT_SETTINGS.typeColors);
    expect(Person).toBeGreaterThan(50);
    expect(Country).toBeGreaterThan(50);
  });

  it('search: a suggestion moves the camera to the node and opens its evidence', async () => {
    await s.page.fill('#search', 'sharif');
    await expect.poll(() => s.page.locator('#suggestions li').first().textContent()).toContain('Nawaz Sharif');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden]) .evidence');
    expect(await s.page.textContent('#panel .panel-title')).toBe('Nawaz Sharif');
    expect(await s.page.locator('#panel .evidence').allTextContents())
      .toContain('In 1999, the then Pakistani PM, Nawaz Sharif, visited Russia.');
    expect(await s.page.textContent('#panel')).toContain('former');
    // The camera state lands in the URL once it stops moving: zoomed in on the node, which is selected.
    await expect.poll(async () => {
      const p = new URL(s.page.url()).searchParams;
      return [p.get('node'), Number(p.get('cam')?.split(',')[2])];
    }, { timeout: 10_000 }).toEqual([`${ID}person/nawaz-sharif`, DEFAULT_SETTINGS.focusRatio]);
    await s.page.click('#close-panel');
    await s.page.waitForSelector('#panel', { state: 'hidden' });
    expect(new URL(s.page.url()).searchParams.get('node')).toBeNull();
  });

  it('a type filter hides that type\'s nodes', async () => {
    const before = await colourCounts(s.page, { Country: DEFAULT_SETTINGS.typeColors.Country });
    expect(before.Country).toBeGreaterThan(50);
    await s.page.uncheck('input[data-type="Country"]');
    expect(await dataset(s.page)).toMatchObject({ visibleNodes: '9' });
    expect(await s.page.textContent('#status')).toMatch(/^9 of 12 nodes/);
    const after = await colourCounts(s.page, { Country: DEFAULT_SETTINGS.typeColors.Country });
    expect(after.Country).toBeLessThan(before.Country / 10);
    expect(new URL(s.page.url()).searchParams.get('hideTypes')).toBe('Country');
    await s.page.check('input[data-type="Country"]');
    expect(await dataset(s.page)).toMatchObject({ visibleNodes: '12' });
  });

  it('keeps the view in the URL: a reload shows the same filters and selection', async () => {
    await s.page.uncheck('input[data-type="Person"]');
    await s.page.fill('#search', 'pakistan');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden])');
    await s.page.reload();
    await waitReady(s.page);
    expect(await s.page.isChecked('input[data-type="Person"]')).toBe(false);
    expect(await dataset(s.page)).toMatchObject({ visibleNodes: '9' });
    expect(await s.page.textContent('#panel .panel-title')).toBe('Pakistan');
    await s.page.click('#reset-filters');
    expect(await dataset(s.page)).toMatchObject({ visibleNodes: '12' });
  });

  it('exports a PNG of the view, GEXF for Gephi, and the selection as Turtle', async () => {
    const saved = async (button: string) => {
      const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click(button)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const png = await saved('#export-png');
    expect(png.name).toBe('actorgraph.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    // A blank view compresses to a few KB; nodes, edges and labels make it far larger.
    expect(png.bytes.length).toBeGreaterThan(20_000);
    const gexf = (await saved('#export-gexf')).bytes.toString();
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)).toHaveLength(12);
    expect(gexf.match(/<edge /g)).toHaveLength(16);
    await s.page.fill('#search', 'zardari');
    await s.page.press('#search', 'Enter');
    const quads = parseRdf((await saved('#export-ttl')).bytes.toString());
    const evidence = quads.filter((q) => q.predicate.value.endsWith('#evidence')).map((q) => q.object.value);
    expect(evidence).toContain('Pakistan President Asif Ali Zardari visited in 2011.');
    expect(quads.some((q) => q.predicate.value === 'https://w3id.org/actorgraph/role#president')).toBe(true);
    expect(evidence).not.toContain('China is a member of the SCO.');
    await s.page.click('#close-panel');
  });

  it('loads a dropped Turtle file', async () => {
    await dropFile(s, 'small.ttl', SMALL);
    await expect.poll(async () => (await dataset(s.page)).nodes).toBe('3');
    await waitReady(s.page);
    expect(await s.page.textContent('#status')).toBe('3 nodes · 2 edges');
  });

  it('loads an N-Triples file from the file picker', async () => {
    const nt = `<${ID}person/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/actorgraph/ns#Person> .\n`;
    await s.page.setInputFiles('#file', { name: 'one.nt', mimeType: 'application/n-triples', buffer: Buffer.from(nt) });
    await expect.poll(async () => (await dataset(s.page)).nodes).toBe('1');
  });

  it('reports malformed Turtle with line and column and keeps the graph', async () => {
    await dropFile(s, 'broken.ttl', '@prefix ag: <https://w3id.org/actorgraph/ns#> .\n<a> a ag:Person .\n<b> ag:visited ;; <c> .\n');
    await s.page.waitForSelector('#error:not([hidden])');
    expect(await s.page.textContent('#error')).toMatch(/^broken\.ttl:3:\d+: /);
    expect(await dataset(s.page)).toMatchObject({ nodes: '1' });
    expect(s.errors).toEqual([]);
  });
});
