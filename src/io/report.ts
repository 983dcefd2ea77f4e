// What `extract` tells the user on stderr: one line per failure (`<source>: <reason>`), warnings,
// a progress line on a terminal, and a one-line summary at the end in every case.
import { formatCount } from './numbers.ts';
import type { Writable } from 'node:stream';

export interface ReporterOptions {
  /** Command name prefixed to every line. */
  name: string;
  /** Silences warnings and the progress line (failures and the summary are always written). */
  quiet?: boolean;
  /** Draw a progress line (stderr is a terminal). */
  progress?: boolean;
  /** Documents expected in all, when known (for "done / total" and time left). */
  total?: number;
  now?: () => number;
}

const fmt = formatCount;
const plural = (n: number, word: string) => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export class Reporter {
  documents = 0;
  facts = 0;
  failed = 0;
  /** Files of a folder left unread because of their type, by reason (`.json: not a document type`). */
  readonly skipped = new Map<string, number>();
  private readonly start: number;
  private readonly now: () => number;
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly err: Writable, private readonly options: ReporterOptions) {
    this.now = options.now ?? Date.now;
    this.start = this.now();
  }

  /** The number of documents expected, once known (progress shows done / total and time left). */
  setTotal(total: number): void {
    this.options.total = total;
  }

  private line(text: string): void {
    this.clear();
    this.err.write(`${this.options.name}: ${text}\n`);
  }

  fail(source: string, reason: string): void {
    this.failed++;
    this.line(`${source}: ${reason}`);
    this.tick();
  }

  warn(source: string, message: string): void {
    if (!this.options.quiet) this.line(`warning: ${source}: ${message}`);
  }

  /** A file not read on purpose: counted for the summary, not a failure. */
  skip(_source: string, reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  done(facts: number): void {
    this.documents++;
    this.facts += facts;
    this.tick();
  }

  /** Redraws the progress line at most ten times a second. */
  private tick(): void {
    if (!this.options.progress || this.options.quiet) return;
    const t = this.now();
    if (t - this.lastDraw < 100) return;
    this.lastDraw = t;
    const elapsed = Math.max(t - this.start, 1);
    const handled = this.documents + this.failed;
    const rate = (handled * 1000) / elapsed;
    const total = this.options.total;
    const parts = [total ? `${fmt(handled)} / ${fmt(total)} documents` : plural(handled, 'document')];
    parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`, plural(this.facts, 'fact'), plural(this.failed, 'error'));
    if (total && rate > 0 && handled < total) parts.push(`${formatSeconds(((total - handled) / rate) * 1000)} left`);
    this.err.write(`\r\x1b[2K${this.options.name}: ${parts.join(', ')}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.err.write('\r\x1b[2K');
    this.drawn = false;
  }

  /**
   * `actorgraph extract: 98 documents, 1,234 facts, 0 failed (2.1 s)`, with
   * `, 18 files skipped (18 .json: not a document type)` before the time when a folder held other files.
   */
  summary(): string {
    let skipped = '';
    if (this.skipped.size) {
      const total = [...this.skipped.values()].reduce((a, b) => a + b, 0);
      const why = [...this.skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `${fmt(n)} ${r}`);
      skipped = `, ${plural(total, 'file')} skipped (${why.join('; ')})`;
    }
    const text = `${plural(this.documents, 'document')}, ${plural(this.facts, 'fact')}, ${fmt(this.failed)} failed${skipped} (${formatSeconds(this.now() - this.start)})`;
    this.line(text);
    return text;
  }
}
