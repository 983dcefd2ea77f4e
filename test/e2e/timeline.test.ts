// The panel's role timeline in a real browser, on the invented corpus of
// test/fixtures/timeline/articles.ts: bars in time order, each opening the evidence behind it.
// TIMELINE_PNG=docs/timeline.png also saves a picture of the panel (the docs' screenshot).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import { writeCorpus } from '../rdf/helpers.ts';
import { TIMELINE_ARTICLES } from '../fixtures/timeline/articles.ts';
import { openViewer, type Session } from './browser.ts';

const ID = 'https://w3id.org/actorgraph/id/';

describe('the role timeline in the node panel', () => {
  let s: Session;
  beforeAll(async () => { s = await openViewer(await writeCorpus(TIMELINE_ARTICLES.map((d) => extract(d)), 'turtle')); });
  afterAll(async () => { await s?.close(); });

  /** Each bar's label and where its fill starts and ends on the page, top to bottom. */
  const bars = () => s.page.locator('#panel .tl-bar').evaluateAll((els) => els.map((el) => {
    const fill = el.querySelector('.tl-fill')?.getBoundingClientRect();
    return { label: el.querySelector('.tl-label')!.textContent, left: fill?.left, right: fill?.right };
  }));

  it('a person: a bar per role, later roles further right', async () => {
    await s.page.fill('#search', 'Oskar Lind');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden]) .timeline');
    const [pm, fm] = await bars();
    expect([pm.label, fm.label]).toEqual(['prime minister · Sweden', 'foreign minister · Sweden']);
    expect(fm.left!).toBeGreaterThan(pm.right!);
    expect(await s.page.locator('#panel .tl-tick').allTextContents()).toEqual(['2012', '2014', '2016']);
  });

  it('a country: its prime ministers in succession, an undated role last; a bar opens its evidence', async () => {
    await s.page.goto(`${s.url}?node=${encodeURIComponent(ID + 'country/pakistan')}`);
    await s.page.waitForSelector('body[data-ready="true"] #panel:not([hidden]) .timeline');
    expect(await s.page.locator('#panel .tl-role').allTextContents()).toEqual(['prime minister', 'foreign minister']);
    const [qadir, ahmed, raza] = await bars();
    expect([qadir.label, ahmed.label, raza.label]).toEqual(['Zara Qadir', 'Bilal Ahmed', 'Omar Raza']);
    expect(ahmed.left!).toBeGreaterThan(qadir.left!);
    expect(raza.left).toBeUndefined();
    expect(await s.page.locator('#panel .tl-when').allTextContents())
      .toEqual(['2019-08-01 – 2022-05-10 · current → former', '2022-05-10 · current', 'undated · current']);
    if (process.env.TIMELINE_PNG) {
      // the panel down to the end of the timeline: the picture is of the timeline, not the evidence
      const panel = (await s.page.locator('#panel').boundingBox())!;
      const timeline = (await s.page.locator('#panel .timeline').boundingBox())!;
      await s.page.screenshot({ path: process.env.TIMELINE_PNG, clip: { ...panel, height: timeline.y + timeline.height + 12 - panel.y } });
    }
    await s.page.locator('#panel .tl-bar').first().click();
    await s.page.waitForSelector('#panel .panel-edge');
    expect(await s.page.locator('#panel .evidence').allTextContents()).toEqual([
      'Former Prime Minister Zara Qadir criticised the trip.',
      'ISLAMABAD - Pakistani Prime Minister Zara Qadir met Chinese President Xi Jinping in Beijing on Thursday.',
    ]);
    expect(s.errors).toEqual([]);
  });
});
