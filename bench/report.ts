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
    ...results.map(table).flatMap((t) => [t, '']),
  ].join('\n');
}
