// Runs the extractor over a stream of documents on every core, keeping the input order: results
// come out in the order documents went in, so the output is the same bytes for any --jobs.
// At most `window` documents are in flight, so memory does not grow with the corpus.
import { availableParallelism } from 'node:os';
import type { Doc, Extraction } from '../model.ts';

export interface ExtractorPool {
  run(doc: Doc): Promise<Extraction>;
  close(): Promise<void>;
}

export const defaultJobs = () => availableParallelism();

/** The extractor in this thread (one job, tests, a single document). */
export function inProcess(extract: (doc: Doc) => Extraction): ExtractorPool {
  return { run: async (doc) => extract(doc), close: async () => undefined };
}

/** A pool of `threads` worker threads, each with its own extractor and lexicon. */
export async function workerPool(threads: number): Promise<ExtractorPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Long-running documents should not be killed for idling.
    idleTimeout: 60_000,
  });
  return {
    run: (doc) => pool.run(doc) as Promise<Extraction>,
    close: () => pool.destroy(),
  };
}

/**
 * Maps `source` through `fn` with up to `window` calls at once, yielding results in source
 * order. `fn` must not reject (catch inside it): a result is yielded for every item.
 */
export async function* inOrder<T, R>(
  source: AsyncIterable<T>, fn: (item: T) => Promise<R>, window: number,
): AsyncGenerator<R> {
  const queue: Array<Promise<R>> = [];
  for await (const item of source) {
    queue.push(fn(item));
    if (queue.length >= window) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
