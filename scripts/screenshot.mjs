#!/usr/bin/env node
// Regenerates docs/viewer.png, the README's picture of the viewer on the seed graph: the graph
// extracted from seeds/, laid out, with its best-connected actor selected so that the evidence
// panel shows. With `--corpus FILE.jsonl` (the DWIE corpus) it also writes docs/corpus.png, the
// corpus view of that graph as it opens. Run through `npm run screenshot` (which builds the viewer
// first): `npm run screenshot -- --corpus /work/shared/datasets/dwie/docs.jsonl`.
import { register } from 'tsx/esm/api';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

register();
const { graphFromSeeds } = await import('../src/server/graph.ts');
const { createServer, listen } = await import('../src/server/index.ts');
const { parseRdf } = await import('../src/rdf/read.ts');
const { buildViewModel } = await import('../viewer/src/load.ts');

/** Serves `turtle`, lets the layout settle, then opens `query` (a selection) and shoots. */
async function shoot(turtle, out, query) {
  const { graph } = buildViewModel(parseRdf(turtle));
  const server = createServer({ graph: turtle, viewerDir: path.resolve('viewer/dist') });
  const url = await listen(server, 0, '127.0.0.1');
  const profile = mkdtempSync(path.join(tmpdir(), 'actorgraph-screenshot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1280, height: 760 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('body[data-layout="stopped"]', { timeout: 120_000 });
    await page.goto(url + query(graph));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: out });
    console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB, ${graph.order} nodes, ${graph.size} edges`);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await shoot(await graphFromSeeds('seeds'), 'docs/viewer.png', (graph) => {
  const hub = graph.nodes().reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
  return `?node=${encodeURIComponent(hub)}`;
});
const corpus = process.argv.indexOf('--corpus');
if (corpus > 0) await shoot(await graphFromSeeds(process.argv[corpus + 1]), 'docs/corpus.png', () => '');
