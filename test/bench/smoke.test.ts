// The benchmark code runs: every piece of `npm run bench` on a tiny input returns figures of the
// right shape. Speeds are not asserted (that is what BENCHMARKS.md is for).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dwieTexts, type BenchResult } from '../../bench/helpers.ts';
import { benchExtract } from '../../bench/extract.ts';
import { benchScaling } from '../../bench/scaling.ts';
import { benchWholeProcess } from '../../bench/whole-process.ts';
import { benchRdf } from '../../bench/rdf.ts';
import { benchLayout } from '../../bench/layout.ts';
import { benchViewerPaint } from '../../bench/viewer-paint.ts';
import { beforeAfter, ISSUE_13, markdown } from '../../bench/report.ts';

const tiny = [
  { id: 'a', text: 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.' },
  { id: 'b', text: 'The United Nations said Kenya and Ethiopia signed an agreement in Nairobi.' },
];

function expectShape(r: BenchResult, figures: number) {
  expect(r.name).toBeTruthy();
  expect(r.figures).toHaveLength(figures);
  for (const f of r.figures) {
    expect(f.what).toBeTruthy();
    expect(f.unit).toBeTruthy();
    expect(Number.isFinite(f.value)).toBe(true);
  }
  for (const t of r.targets) expect(typeof t.met).toBe('boolean');
}

describe('bench', () => {
  it('reads the DWIE texts when they are there', () => {
    if (!existsSync('../shared/datasets/dwie/dev')) return;
    expect(dwieTexts().length).toBeGreaterThan(100);
  });

  it('extraction: actorgraph, wink-nlp and compromise side by side', async () => {
    const r = await benchExtract({ docs: tiny, reps: 1, compromiseEvery: 1, jobs: 1 });
    expectShape(r, 11);
    expect(r.targets).toHaveLength(2);
  });

  it('scaling: the CLI on growing corpora, time and peak RSS', async () => {
    const r = await benchScaling({ docs: tiny, multipliers: [1, 2, 4] });
    expectShape(r, 3 * 3 + 2);
    expect(r.targets).toHaveLength(2);
  }, 120_000);

  it('whole process: the CLI from a cold start beside wink-nlp in its own process', async () => {
    const r = await benchWholeProcess({ docs: tiny, copies: 4, reps: 1 });
    expectShape(r, 10);
    expect(r.targets).toHaveLength(3);
    // the issue's before/after table finds this run's figure for each of its three rows
    const rows = beforeAfter([r]).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| case') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(ISSUE_13.length);
    expect(rows.filter((l) => !l.includes('not measured'))).toHaveLength(3);
  }, 120_000);

  it('RDF: Turtle write and parse, Oxigraph load and join', async () => {
    const r = await benchRdf({ nodes: 50, edges: 100, reps: 1 });
    expectShape(r, 7);
    expect(r.notes[0]).toContain('1000 triples');
  });

  it('layout: ForceAtlas2 in a worker', async () => {
    expectShape(await benchLayout({ nodes: 50, edges: 100, iterations: 5, reps: 1 }), 3);
  });

  it.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))('viewer: first paint in chromium', async () => {
    const r = await benchViewerPaint({ nodes: 20, edges: 30, reps: 1, timeoutMs: 60_000 });
    expectShape(r, 1);
    expect(r.targets[0]!.met).toBe(true);
    expect(markdown([r], 'npm run bench', new Date(), 1)).toContain('viewer first paint');
  }, 180_000);
});
