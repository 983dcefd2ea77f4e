// Names and evidence are text, never markup: a graph full of HTML and script stays inert.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, type Session } from './browser.ts';

const HOSTILE = readFileSync('test/fixtures/hostile/hostile-names.ttl', 'utf8');
// Elements that would only exist if some data had been parsed as HTML.
const INJECTED = 'img, iframe, svg, b, script:not([src]), a[href^="javascript:"], [onerror], [onload], [onmouseover]';

describe('hostile names', () => {
  let s: Session;
  beforeAll(async () => { s = await openViewer(HOSTILE); });
  afterAll(async () => { await s?.close(); });

  it('shows a name made of markup as those characters, and runs nothing', async () => {
    await s.page.fill('#search', 'img src');
    await s.page.waitForSelector('#suggestions li');
    expect(await s.page.textContent('#suggestions li')).toBe('<img src=x onerror=alert(1)>');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden]) .evidence');
    expect(await s.page.textContent('#panel .panel-title')).toBe('<img src=x onerror=alert(1)>');
    expect(await s.page.textContent('#panel .aliases')).toContain('<svg onload=alert(4)>');
    expect(await s.page.textContent('#panel .evidence')).toBe('<img src=y onerror=alert(7)> leads Flagland.');
    expect(await s.page.textContent('#panel .fact-group h3')).toContain('<b onmouseover=alert(2)>leader</b>');
    expect(await s.page.textContent('#panel .doc')).toBe('<script>alert(3)</script>.txt');
    expect(await s.page.textContent('#panel .tl-label')).toBe('<b onmouseover=alert(2)>leader</b> · Flagland 🏳️‍🌈🚀');
  });

  it('keeps every other hostile node and relation inert when shown', async () => {
    for (const query of ['quotes', 'line one', 'Flagland', 'reversed', 'iframe']) {
      await s.page.fill('#search', query);
      await s.page.waitForSelector('#suggestions li');
      await s.page.press('#search', 'Enter');
      await s.page.waitForSelector('#panel:not([hidden])');
    }
    await s.page.fill('#search', 'quotes');
    await s.page.press('#search', 'Enter');
    await s.page.click('#panel button.small');
    expect(await s.page.textContent('#panel .evidence')).toBe('They met.<script>alert(8)</script>');
    // Give any injected handler time to fire before looking for its traces.
    await s.page.waitForTimeout(1000);
    expect(await s.page.locator(INJECTED).count()).toBe(0);
    expect(s.dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('offers no link for an owl:sameAs that is not a Wikidata item', async () => {
    await s.page.fill('#search', 'Flagland');
    await s.page.press('#search', 'Enter');
    await s.page.waitForSelector('#panel:not([hidden])');
    expect(await s.page.locator('#panel a').count()).toBe(0);
  });
});
