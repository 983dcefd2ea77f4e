// The whole program, as a user runs it: `node bin/actorgraph.mjs extract …` as a child process
// from a cold start (start-up, lexicon, reading, extraction, RDF, writing), timed by /usr/bin/time -v.
// Three cases from issue #13: a one-sentence file; copies of the DWIE texts as one .jsonl into one
// Turtle file, one job; the same into one file per document (--out-dir). The peer is wink-nlp in a
// process of its own (bench/wink-peer.mjs), reading the same .jsonl.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TIME, countWords, median, timedNode, type BenchResult, type Doc } from './helpers.ts';
import { writeCorpus } from './scaling.ts';

export interface WholeProcessBenchOptions {
  docs: Doc[];
  /** How many times over the texts go into the corpus (the issue: 4). */
  copies: number;
  reps: number;
}

export const ONE_SENTENCE = 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.\n';

type Run = { seconds: number; rssMb: number };

export async function benchWholeProcess(o: WholeProcessBenchOptions): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-whole-'));
  const cli = join(ROOT, 'bin/actorgraph.mjs');
  const one = join(dir, 'one.txt');
  const corpus = join(dir, 'corpus.jsonl');
  const outDir = join(dir, 'out');
  const nDocs = o.docs.length * o.copies;
  const words = countWords(o.docs) * o.copies;
  try {
    writeFileSync(one, ONE_SENTENCE);
    await writeCorpus(corpus, o.docs, o.copies);
    const contenders: Record<string, () => Promise<Run>> = {
      one: () => timedNode([cli, 'extract', one, '-o', join(dir, 'one.ttl')]),
      file: () => timedNode([cli, 'extract', corpus, '-o', join(dir, 'corpus.ttl'), '--jobs', '1', '-q']),
      outDir: async () => {
        rmSync(outDir, { recursive: true, force: true });
        const r = await timedNode([cli, 'extract', corpus, '--out-dir', outDir, '--jobs', '1', '-q']);
        const files = readdirSync(outDir).length;
        if (files !== nDocs) throw new Error(`--out-dir wrote ${files} files for ${nDocs} documents`);
        return r;
      },
      wink: () => timedNode([join(ROOT, 'bench/wink-peer.mjs'), corpus]),
    };
    // One warm-up run each (the page cache, the CPU's clocks), then the contenders in alternation.
    const names = Object.keys(contenders);
    for (const n of names) await contenders[n]!();
    const runs: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < o.reps; r++) for (const n of names) runs[n]!.push(await contenders[n]!());
    const wall = (n: string) => median(runs[n]!.map((r) => r.seconds));
    const rss = (n: string) => median(runs[n]!.map((r) => r.rssMb));
    const vsFile = wall('wink') / wall('file');
    const vsOutDir = wall('wink') / wall('outDir');
    const corpusName = `${o.copies}× DWIE (${nDocs} docs, ${words} words)`;
    return {
      name: 'whole process (cold start)',
      figures: [
        { what: '`actorgraph extract one.txt -o one.ttl`, one sentence: wall time', value: wall('one'), unit: 's' },
        { what: 'one sentence: peak RSS', value: rss('one'), unit: 'MB' },
        { what: `${corpusName} .jsonl → one Turtle file, --jobs 1: wall time`, value: wall('file'), unit: 's' },
        { what: '→ one Turtle file: peak RSS', value: rss('file'), unit: 'MB' },
        { what: `the same with --out-dir (${nDocs} files): wall time`, value: wall('outDir'), unit: 's' },
        { what: '--out-dir: peak RSS', value: rss('outDir'), unit: 'MB' },
        { what: 'wink-nlp readDoc (eng-lite-web) over the same .jsonl, own process: wall time', value: wall('wink'), unit: 's' },
        { what: 'wink-nlp: peak RSS', value: rss('wink'), unit: 'MB' },
        { what: 'actorgraph → one file ÷ wink speed', value: vsFile, unit: '×' },
        { what: 'actorgraph --out-dir ÷ wink speed', value: vsOutDir, unit: '×' },
      ],
      targets: [
        { what: 'one-sentence file, whole process ≤ 0.30 s', met: wall('one') <= 0.3, detail: `${wall('one').toFixed(2)} s, ${rss('one').toFixed(0)} MB` },
        { what: `${o.copies}× DWIE → one Turtle file (${nDocs} docs), --jobs 1, ≥ 1.0× wink's speed`, met: vsFile >= 1, detail: `${wall('file').toFixed(2)} s vs ${wall('wink').toFixed(2)} s = ${vsFile.toFixed(2)}×` },
        { what: `${o.copies}× DWIE → --out-dir (${nDocs} files), --jobs 1, ≥ 0.9× wink's speed`, met: vsOutDir >= 0.9, detail: `${wall('outDir').toFixed(2)} s vs ${wall('wink').toFixed(2)} s = ${vsOutDir.toFixed(2)}×` },
      ],
      notes: [
        `node bin/actorgraph.mjs as a child process under ${existsSync(TIME) ? '/usr/bin/time -v' : 'no /usr/bin/time (RSS not measured)'}; wall time as seen by the parent; median of ${o.reps} after a warm-up run each, the four contenders alternating`,
        `corpus: the ${o.docs.length} DWIE texts (those of datasets/dwie/docs.jsonl) ${o.copies} times over as {id, text} lines; the peer is node bench/wink-peer.mjs CORPUS.jsonl (loads wink-nlp and the model, readDoc → tokens, sentences, entities)`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
