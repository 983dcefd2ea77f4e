// What every benchmark shares: timing with warm-up and medians, the figures it returns, and the
// corpus it reads. A benchmark prints figures; it never fails on a slow machine.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One measured figure. `ratio` rows compare two things measured side by side in the same run. */
export interface Figure {
  what: string;
  value: number;
  unit: string;
}

/** A target from the issue, and whether this run met it. */
export interface Target {
  what: string;
  met: boolean;
  detail: string;
}

export interface BenchResult {
  name: string;
  figures: Figure[];
  targets: Target[];
  /** What was measured on what, for the report. */
  notes: string[];
}

export interface Doc {
  id: string;
  text: string;
}

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(process.env.ACTORGRAPH_SHARED ?? join(ROOT, '..', 'shared'));

/** The DWIE article texts (dev, then test), in name order. */
export function dwieTexts(): Doc[] {
  return ['dev', 'test'].flatMap((split) => {
    const dir = join(SHARED, 'datasets/dwie', split);
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));
  });
}

/** Words as every benchmark counts them: runs of non-space. */
export function countWords(docs: Doc[]): number {
  let n = 0;
  for (const d of docs) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}

export function countBytes(docs: Doc[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Seconds one call takes. */
export async function seconds(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

/**
 * Runs each contender `reps` times after one warm-up call each, in alternation (a, b, a, b …) so
 * that a busy machine slows all of them alike; returns each one's median seconds.
 */
export async function sideBySide(contenders: Record<string, () => unknown>, reps: number): Promise<Record<string, number>> {
  const names = Object.keys(contenders);
  for (const n of names) await contenders[n]!();
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < reps; r++) for (const n of names) times[n]!.push(await seconds(contenders[n]!));
  return Object.fromEntries(names.map((n) => [n, median(times[n]!)]));
}

/** A deterministic pseudo-random stream of 32-bit integers (mulberry32): the same graph every run. */
export function random32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export const round = (x: number, digits = 3) => Number(x.toPrecision(digits));

export interface SyntheticGraph {
  nodes: number;
  /** Subject, predicate (an ag: local name), object: node indices. */
  edges: Array<[number, string, number]>;
}

const KINDS = ['memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'locatedIn', 'involvedIn', 'holdsRole'];
export const NODE_TYPES = ['Person', 'Country', 'City', 'Organization', 'Event', 'Agreement', 'Issue'];

/**
 * A graph shaped like news: half the edges go to the first 1% of the nodes (countries, the UN),
 * no self-loops, no repeated (s, p, o). Deterministic for a seed.
 */
export function syntheticGraph(nodes: number, edges: number, seed = 42): SyntheticGraph {
  const next = random32(seed);
  const seen = new Set<string>();
  const out: SyntheticGraph['edges'] = [];
  const hubs = Math.max(1, Math.floor(nodes / 100));
  while (out.length < edges) {
    const s = next() % nodes;
    const o = next() % 2 ? next() % hubs : next() % nodes;
    const p = KINDS[next() % KINDS.length]!;
    const key = `${s} ${p} ${o}`;
    if (s === o || seen.has(key)) continue;
    seen.add(key);
    out.push([s, p, o]);
  }
  return { nodes, edges: out };
}

export const TIME = '/usr/bin/time';

/**
 * Runs `node ARGS…` as a child process from a cold start (under /usr/bin/time -v when the machine
 * has it): wall seconds as seen from here, peak RSS in MB from time's report (NaN without it).
 */
export async function timedNode(args: string[]): Promise<{ seconds: number; rssMb: number }> {
  const timed = existsSync(TIME);
  let stderr = '';
  let code: number | null = null;
  const s = await seconds(async () => {
    const child = timed ? spawn(TIME, ['-v', process.execPath, ...args], { cwd: ROOT }) : spawn(process.execPath, args, { cwd: ROOT });
    child.stderr.on('data', (b) => (stderr += b));
    [code] = await once(child, 'exit');
  });
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.slice(-500)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  return { seconds: s, rssMb: kb / 1024 };
}
