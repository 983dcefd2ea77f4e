// The benchmark's output: a table for the terminal and BENCHMARKS.md with the machine it ran on.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { round, type BenchResult } from './helpers.ts';

export function machine(): string {
  let cpu = 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch { /* not Linux */ }
  return `${availableParallelism()} cores (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${process.platform}`;
}

function format(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(round(value));
}

/** One markdown table per benchmark: figures, then the targets with met or not. */
export function table(r: BenchResult): string {
  const rows = r.figures.map((f) => `| ${f.what} | ${format(f.value)} ${f.unit} |`);
  const targets = r.targets.map((t) => `| **target:** ${t.what} | ${t.met ? '✅ met' : '❌ not met'} (${t.detail}) |`);
  return [`### ${r.name}`, '', '| measure | figure |', '| --- | --- |', ...rows, ...targets, '', ...r.notes.map((n) => `- ${n}`)].join('\n');
}

/**
 * Issue #13's table ("Fast as a whole program"): each row's figure before the work and the target
 * of this run that measures it (found by the start of its text).
 */
export const ISSUE_13 = [
  { row: '`actorgraph extract one.txt -o one.ttl`, a one-sentence file', before: '1.07 s wall, 130 MB', target: 'one-sentence file, whole process' },
  { row: '4× DWIE (788 docs) → one Turtle file, `--jobs 1`, vs wink-nlp readDoc in its own process', before: '5.2 s vs 2.46 s = 0.49×', target: '4× DWIE → one Turtle file' },
  { row: 'the same with `--out-dir` (788 files)', before: '6.6 s = 0.28×', target: '4× DWIE → --out-dir' },
  { row: '1M-triple Turtle written (bench/rdf.ts)', before: '6.99 s', target: '1M-triple Turtle file' },
  { row: 'viewer first paint 10k/50k (bench/viewer-paint.ts)', before: '11.7 s', target: 'viewer first paint of 10000/50000' },
  { row: 'in-process extraction vs compromise', before: '11.4×', target: 'single-worker extraction ≥ 20× compromise' },
];

/** Before (the issue's figures) and after (this run), one row per line of the issue's table. */
export function beforeAfter(results: BenchResult[]): string {
  const targets = results.flatMap((r) => r.targets);
  const rows = ISSUE_13.map(({ row, before, target }) => {
    const t = targets.find((x) => x.what.startsWith(target));
    const after = t ? `${t.detail} ${t.met ? '✅' : '❌'}` : 'not measured in this run';
    return `| ${row} | ${before} | ${after} | ${t ? t.what : target} |`;
  });
  return ['### issue #13: before and after', '', '| case | before (issue #13) | after (this run) | target |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function markdown(results: BenchResult[], command: string, started: Date, elapsedS: number): string {
  const targets = results.flatMap((r) => r.targets);
  return [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (bench/run.ts). Figures, not tests: every comparison was measured side by side',
    'in the same run on the same text, contenders alternating, median of the repetitions after a warm-up.',
    '',
    `- machine: ${machine()}`,
    `- load average when it ended: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (the machine is shared: other processes slow every contender alike)`,
    `- command: \`${command}\``,
    `- date: ${started.toISOString()} (took ${Math.round(elapsedS)} s)`,
    `- targets met: ${targets.filter((t) => t.met).length} of ${targets.length}`,
    '',
    beforeAfter(results),
    '',
    '"Before" is the figure issue #13 reports (measured on this kind of machine); "after" is this run\'s.',
    '',
    ...results.map(table).flatMap((t) => [t, '']),
  ].join('\n');
}
