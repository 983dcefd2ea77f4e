// Starting a server on a graph and a fresh headless chromium on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, listen } from '../../src/server/index.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWER_DIR = path.resolve('viewer/dist');
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Session {
  url: string;
  page: Page;
  /** Dialogs (alert, confirm, prompt) the page opened: a hostile name that ran code shows up here. */
  dialogs: string[];
  errors: string[];
  close(): Promise<void>;
}

export async function openViewer(graph: string, query = ''): Promise<Session> {
  const server: Server = createServer({ graph, viewerDir: VIEWER_DIR });
  const url = await listen(server, 0, '127.0.0.1');
  const profile = mkdtempSync(path.join(tmpdir(), 'actorgraph-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 760 },
    });
  } catch (err) {
    server.close();
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => errors.push(e.message));
  // VIEWER_CONSOLE=1 shows the page's console: timings and warnings while debugging a test.
  if (process.env.VIEWER_CONSOLE) page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  await page.goto(url + query);
  await waitReady(page);
  return {
    url, page, dialogs, errors,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The viewer sets data-ready once the graph is drawn (or "error" when it could not load one). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"], body[data-ready="error"]', { timeout: 240_000 });
}

export async function dataset(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...document.body.dataset }) as Record<string, string>);
}

/**
 * How many pixels of the graph area are close to each colour: proof that something was drawn,
 * read from a real screenshot (WebGL canvases keep no buffer to read back).
 */
export async function colourCounts(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async ({ png, colours }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const targets = Object.entries(colours).map(([name, hex]) => [name, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] as const);
    const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
    for (let i = 0; i < data.length; i += 4) {
      for (const [name, r, g, b] of targets) {
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) counts[name]!++;
      }
    }
    return counts;
  }, { png, colours });
}
