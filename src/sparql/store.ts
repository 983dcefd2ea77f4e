// A read-only SPARQL store over RDF files: Oxigraph in a worker thread, queries one at a time,
// each with an optional timeout (the worker is terminated and restarted) and a cap on results.
import { Worker } from 'node:worker_threads';
import { formatFromPath, type RdfInputFormat } from '../rdf/read.ts';
import type { QueryResult } from './results.ts';

/** Where RDF comes from: a file (read by the worker) or text. */
export type RdfSource =
  | { path: string; format?: RdfInputFormat; base?: string }
  | { text: string; format: RdfInputFormat; source?: string; base?: string };

export interface QueryOptions {
  /** Stop the query after this many milliseconds (QueryTimeoutError). */
  timeoutMs?: number;
  /** Keep at most this many rows (SELECT) or triples (CONSTRUCT); the result says it was truncated. */
  maxResults?: number;
  /** SPARQL Protocol default-graph-uri / named-graph-uri; by default the default graph is the union of all. */
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`query timed out after ${timeoutMs} ms`);
    this.name = 'QueryTimeoutError';
  }
}

/** A query or a source that Oxigraph refuses (syntax errors name the line and column). */
export class SparqlError extends Error {
  name = 'SparqlError';
}

/** "error at 1:26: expected one of …(200 more)" → "query.rq:1:26: expected one of …", kept short. */
export function describeQueryError(message: string, source: string): string {
  const m = /^error at (\d+:\d+): ([^]*)$/.exec(message);
  const text = m ? `${source}:${m[1]}: ${m[2]}` : `${source}: ${message}`;
  const line = text.split('\n')[0];
  return line.length > 160 ? line.slice(0, 157).replace(/,[^,]*$/, '') + ', …' : line;
}

const WORKER = new URL('./worker.mjs', import.meta.url);

type Reply = { id: number; ok: boolean; result?: unknown; error?: string };

export class SparqlStore {
  private worker?: Worker;
  private ready?: Promise<number>;
  private next = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<number, (r: Reply) => void>();
  private readonly sources: ({ source: string } & Record<string, unknown>)[];

  private constructor(sources: RdfSource[]) {
    this.sources = sources.map((s) =>
      'path' in s
        ? { path: s.path, format: s.format ?? formatFromPath(s.path), source: s.path, base: s.base }
        : { text: s.text, format: s.format, source: s.source ?? 'input', base: s.base },
    );
  }

  /** Loads the sources; rejects with SparqlError naming the source and position of bad RDF. */
  static async open(sources: RdfSource[]): Promise<SparqlStore> {
    const store = new SparqlStore(sources);
    await store.start();
    return store;
  }

  /** The number of quads loaded. */
  get size(): Promise<number> {
    return this.start();
  }

  private start(): Promise<number> {
    if (!this.ready) {
      const worker = new Worker(WORKER);
      this.worker = worker;
      worker.unref();
      worker.on('message', (r: Reply) => this.pending.get(r.id)?.(r));
      worker.on('error', (err) => this.fail(worker, err.message));
      worker.on('exit', () => this.fail(worker, 'the SPARQL worker stopped'));
      this.ready = this.send(worker, { type: 'load', sources: this.sources }).then((r) => (r as { size: number }).size);
      this.ready.catch(() => this.stop(worker));
    }
    return this.ready;
  }

  private send(worker: Worker, message: object): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (r) => {
        this.pending.delete(id);
        if (r.ok) resolve(r.result);
        else reject(new SparqlError(r.error));
      });
      worker.postMessage({ ...message, id });
    });
  }

  private fail(worker: Worker, message: string) {
    if (worker !== this.worker) return;
    for (const [id, settle] of this.pending) settle({ id, ok: false, error: message });
    this.stop(worker);
  }

  private stop(worker: Worker) {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.ready = undefined;
    void worker.terminate();
  }

  /** Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query; queries run one after another. */
  query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const run = this.queue.then(() => this.run(sparql, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(sparql: string, options: QueryOptions): Promise<QueryResult> {
    await this.start();
    const worker = this.worker!;
    const { timeoutMs, ...rest } = options;
    const answer = this.send(worker, { type: 'query', sparql, ...rest }) as Promise<QueryResult>;
    if (!timeoutMs) return answer;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // The worker is stuck in the query: stop it; the next query starts a fresh one.
        reject(new QueryTimeoutError(timeoutMs));
        this.fail(worker, 'stopped');
      }, timeoutMs);
    });
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}
