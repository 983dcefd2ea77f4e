// The batch loop of `extract`: a stream of inputs in, extractions out through a sink, in input
// order, on a pool of extractors. Every failure is reported and the batch goes on, except when
// the one output itself cannot be written.
import type { Writable } from 'node:stream';
import type { Extraction } from '../model.ts';
import type { InputItem } from './inputs.ts';
import type { DocumentSink } from './outputs.ts';
import { inOrder, type ExtractorPool } from './pool.ts';
import type { Reporter } from './report.ts';
import { errorReason } from './walk.ts';

export interface Batch {
  inputs: AsyncIterable<InputItem>;
  pool: ExtractorPool;
  sink: DocumentSink;
  reporter: Reporter;
  /** Documents in flight at most (memory stays bounded by it). */
  window: number;
  /** The name of the one output (a file, 'stdout'); undefined for one file per document. */
  single?: string;
  /** Set when the sink writes to stdout: its reader going away (EPIPE) ends the batch quietly. */
  stdout?: Writable;
}

type Done = { item: InputItem; x?: Extraction; error?: Error };

// files of one document each written at once, at most: enough to overlap the disk's flushes with
// extraction, few enough that a failing disk is noticed within a few documents
const WRITES_IN_FLIGHT = 8;

/** Runs the batch to its end; false when stdout was closed by its reader before that. */
export async function runBatch({ inputs, pool, sink, reporter, window, single, stdout }: Batch): Promise<boolean> {
  // `guarded` makes every wait on stdout end when stdout fails, instead of waiting for a 'drain'.
  let closed = false;
  let reject!: (err: Error) => void;
  const failed = new Promise<never>((_, r) => { reject = r; });
  failed.catch(() => undefined);
  const onError = (err: Error) => { closed = true; reject(err); };
  stdout?.on('error', onError);
  const guarded = <T>(p: Promise<T>): Promise<T> => (stdout ? Promise.race([p, failed]) : p);

  /** Extracts one document (a failed input passes through); never rejects. */
  const work = async (item: InputItem): Promise<Done> => {
    if (!item.ok) return { item };
    try {
      return { item, x: await pool.run(item.doc) };
    } catch (error) {
      return { item, error: error as Error };
    }
  };

  // One file per document: several files are written while the next documents are read, and each
  // outcome is reported in input order once its file is in place.
  const writing: Array<{ source: string; facts: number; written: Promise<unknown> }> = [];
  const settle = async () => {
    const w = writing.shift()!;
    const err = await w.written;
    if (err) reporter.fail(w.source, `cannot write output: ${errorReason(err)}`);
    else reporter.done(w.facts);
  };
  try {
    for await (const { item, x, error } of inOrder(inputs, work, window)) {
      if (!item.ok) {
        reporter.fail(item.source, item.reason);
        continue;
      }
      const source = item.doc.source ?? item.doc.id;
      if (!x) {
        reporter.fail(source, `extractor error: ${error?.message}`);
        continue;
      }
      if (sink.concurrent && !single) {
        writing.push({ source, facts: x.facts.length, written: sink.add(x).then(() => undefined, (err: unknown) => err ?? new Error('write failed')) });
        if (writing.length >= WRITES_IN_FLIGHT) await settle();
        continue;
      }
      try {
        await guarded(sink.add(x));
      } catch (err) {
        if (closed) break;
        if (single) throw err; // the one graph cannot be written: the batch ends (below)
        reporter.fail(source, `cannot write output: ${errorReason(err)}`);
        continue;
      }
      reporter.done(x.facts.length);
    }
    while (writing.length) await settle();
    if (!closed) await guarded(sink.end());
  } catch (err) {
    await sink.abort().catch(() => undefined);
    if (!closed) reporter.fail(single ?? 'output', `cannot write output: ${errorReason(err)}`);
  } finally {
    stdout?.off('error', onError);
  }
  return !closed;
}
