// `npm run bench [-- --quick]`: runs every benchmark in order, prints its table as it finishes,
// and writes BENCHMARKS.md. --quick is a smoke run: fewer repetitions, smaller corpora.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchExtract } from './extract.ts';
import { benchScaling } from './scaling.ts';
import { benchWholeProcess } from './whole-process.ts';
import { benchRdf } from './rdf.ts';
import { benchLayout } from './layout.ts';
import { benchViewerPaint } from './viewer-paint.ts';
import { dwieTexts, ROOT, type BenchResult } from './helpers.ts';
import { markdown, table } from './report.ts';

const quick = process.argv.includes('--quick');
const started = new Date();
const t0 = performance.now();
const docs = dwieTexts();
const every = (n: number) => docs.filter((_, i) => i % n === 0);

// Full: the sizes the issue names. The 1M-triple RDF round runs once (a minute and more) to keep
// the whole under ten minutes on two cores; everything else repeats. Quick: the same code on smaller inputs, figures not for the targets.
const benches: Array<() => Promise<BenchResult>> = [
  () => benchExtract({ docs, reps: quick ? 1 : 5, compromiseEvery: quick ? 16 : 4 }),
  () => benchWholeProcess({ docs: quick ? every(8) : docs, copies: 4, reps: quick ? 1 : 5 }),
  () => benchScaling({ docs: quick ? every(8) : docs, multipliers: [1, 4, 16] }),
  () => benchRdf(quick ? { nodes: 5_000, edges: 10_000, reps: 1 } : { nodes: 50_000, edges: 100_000, reps: 1 }),
  () => benchLayout({ ...(quick ? { nodes: 2_000, edges: 10_000 } : { nodes: 10_000, edges: 50_000 }), iterations: 100, reps: quick ? 1 : 3 }),
  () => benchViewerPaint({ ...(quick ? { nodes: 2_000, edges: 10_000 } : { nodes: 10_000, edges: 50_000 }), reps: quick ? 1 : 3, timeoutMs: 180_000 }),
];

const results: BenchResult[] = [];
for (const bench of benches) {
  const r = await bench();
  results.push(r);
  process.stdout.write(`${table(r)}\n\n`);
}
const command = `npm run bench${quick ? ' -- --quick' : ''}`;
writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown(results, command, started, (performance.now() - t0) / 1000));
process.stdout.write(`wrote BENCHMARKS.md (${Math.round((performance.now() - t0) / 1000)} s)\n`);
