// Scaling with corpus size: the CLI (`actorgraph extract`, one job) as a child process on 1×, 4×
// and 16× copies of the texts as one .jsonl corpus; wall time and peak RSS from /usr/bin/time -v.
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { ROOT, TIME, countWords, timedNode, type BenchResult, type Doc } from './helpers.ts';

export interface ScalingBenchOptions {
  docs: Doc[];
  multipliers: number[];
}

interface Run { copies: number; seconds: number; rssMb: number; outMb: number }

/** The texts, `copies` times over (ids suffixed -0, -1 …), as one .jsonl corpus. */
export async function writeCorpus(file: string, docs: Doc[], copies: number): Promise<void> {
  const out = createWriteStream(file);
  for (let c = 0; c < copies; c++) {
    for (const d of docs) if (!out.write(JSON.stringify({ id: `${d.id}-${c}`, text: d.text }) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the CLI once; peak RSS from /usr/bin/time -v. */
function runCli(corpus: string, output: string) {
  return timedNode([join(ROOT, 'bin/actorgraph.mjs'), 'extract', corpus, '--format', 'ntriples', '-o', output, '--jobs', '1', '-q']);
}

export async function benchScaling(o: ScalingBenchOptions): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-scaling-'));
  const words = countWords(o.docs);
  const runs: Run[] = [];
  try {
    for (const copies of o.multipliers) {
      const corpus = join(dir, `corpus-${copies}x.jsonl`);
      const output = join(dir, `out-${copies}x.nt`);
      await writeCorpus(corpus, o.docs, copies);
      const r = await runCli(corpus, output);
      runs.push({ copies, ...r, outMb: statSync(output).size / 1e6 });
      rmSync(corpus);
      rmSync(output);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const first = runs[0]!, last = runs[runs.length - 1]!;
  // Linear time: the cost of one more copy of the corpus stays the same as the corpus grows
  // (start-up, the lexicon, is paid once and drops out of the difference).
  const slopes = runs.slice(1).map((r, i) => (r.seconds - runs[i]!.seconds) / (r.copies - runs[i]!.copies));
  const slopeRatio = slopes.length >= 2 ? slopes[slopes.length - 1]! / slopes[0]! : NaN;
  const rssRatio = last.rssMb / first.rssMb;
  return {
    name: 'scaling with corpus size',
    figures: [
      ...runs.flatMap((r) => [
        { what: `${r.copies}× corpus (${r.copies * o.docs.length} docs, ${r.copies * words} words): wall time`, value: r.seconds, unit: 's' },
        { what: `${r.copies}× corpus: peak RSS`, value: r.rssMb, unit: 'MB' },
        { what: `${r.copies}× corpus: throughput incl. start-up`, value: (r.copies * words) / r.seconds, unit: 'words/s' },
      ]),
      { what: `time per added copy, ${runs.at(-2)?.copies}×→${last.copies}× ÷ ${first.copies}×→${runs[1]?.copies}×`, value: slopeRatio, unit: '×' },
      { what: `peak RSS ${last.copies}× ÷ ${first.copies}×`, value: rssRatio, unit: '×' },
    ],
    targets: [
      { what: 'time linear in corpus size (cost per added copy within 1.2×)', met: slopeRatio <= 1.2, detail: `${slopeRatio.toFixed(2)}×` },
      { what: `peak RSS flat (${last.copies}× within 1.2× of ${first.copies}×)`, met: rssRatio <= 1.2, detail: `${first.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB, ${rssRatio.toFixed(2)}×` },
    ],
    notes: [`node bin/actorgraph.mjs extract corpus.jsonl --format ntriples -o out.nt --jobs 1 -q, under ${existsSync(TIME) ? '/usr/bin/time -v' : 'no /usr/bin/time (RSS not measured)'}; one run per size`],
  };
}
