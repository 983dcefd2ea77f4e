// The viewer's first paint of a large synthetic graph in headless chromium: from navigation to
// the moment the app marks itself drawn (body[data-ready="true"], set after sigma's first render).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../src/server/index.ts';
import { writeRdf } from '../src/rdf/write.ts';
import { ROOT, seconds, median, type BenchResult } from './helpers.ts';
import { syntheticQuads } from './rdf.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

export interface PaintBenchOptions {
  nodes: number;
  edges: number;
  reps: number;
  /** Give up waiting for the first paint after this long. */
  timeoutMs: number;
}

/** Builds the viewer from viewer/src into a temporary folder, so that what is measured is the current source. */
async function buildViewer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'viewer/vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

export async function benchViewerPaint(o: PaintBenchOptions): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-viewer-'));
  const server = createServer({ graph: await writeRdf(syntheticQuads(o.nodes, o.edges), 'turtle'), viewerDir: join(dir, 'dist') });
  try {
    await buildViewer(join(dir, 'dist'));
    const url = await listen(server, 0, '127.0.0.1');
    const times: number[] = [];
    let failed = '';
    for (let r = 0; r < o.reps && !failed; r++) {
      // a fresh profile each time: no positions saved by a previous run, no cache
      const profile = join(dir, `profile-${r}`);
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 760 },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        times.push(await seconds(async () => {
          await page.goto(url);
          await page.waitForSelector('body[data-ready="true"], body[data-ready="error"]', { timeout: o.timeoutMs });
        }));
        const ready = await page.evaluate(() => document.body.dataset.ready);
        if (ready !== 'true') failed = `the viewer reported data-ready="${ready}"`;
      } catch (err) {
        failed = (err as Error).message.split('\n')[0]!;
      } finally {
        await context.close();
      }
    }
    const t = times.length && !failed ? median(times) : NaN;
    return {
      name: 'viewer first paint',
      figures: [{ what: `first paint of ${o.nodes} nodes / ${o.edges} edges in chromium (navigation → data-ready)`, value: t, unit: 's' }],
      targets: [{ what: `viewer first paint of ${o.nodes}/${o.edges} < 5 s`, met: t < 5, detail: failed || `${t.toFixed(2)} s` }],
      notes: [`headless chromium (${CHROMIUM}, software rendering), a fresh profile per run, the viewer built from viewer/src; median of ${times.length}`],
    };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
