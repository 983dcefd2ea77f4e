// Where `extract` writes: one graph for all documents (stdout or one file), or one file per
// document in a folder. Files are written atomically (./atomic.ts), never
// over an input file and never outside the output folder.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Extraction } from '../model.ts';
import { openAtomic, syncFolder, writeFileAtomic } from './atomic.ts';
import { createRdfSink } from '../rdf/sink.ts';
import { RDF_EXTENSIONS, type RdfFormat } from '../rdf/write.ts';
import { fileStem, UniqueNames } from './ids.ts';

export interface DocumentSink {
  /** Takes one document; resolves when it is written (or, for one graph, when more can be taken). */
  add(x: Extraction): Promise<void>;
  /** Whether several `add`s may be under way at once (one file per document: each its own file). */
  readonly concurrent?: boolean;
  /** Finishes the output; throws when it could not be written. */
  end(): Promise<void>;
  /** Gives up: a file being written is removed, the previous one kept. */
  abort(): Promise<void>;
}

export interface SinkOptions {
  format: RdfFormat;
  base?: string;
  /** Identities (dev:ino) of every input file read: none of them is ever written over. */
  inputs: Set<string>;
  warn?: (source: string, message: string) => void;
}

async function refuseInput(path: string, inputs: Set<string>): Promise<void> {
  const s = await stat(path).catch(() => undefined);
  if (s && inputs.has(`${s.dev}:${s.ino}`)) throw new Error(`refusing to write over input file ${path}`);
}

/** One graph for every document, streamed to `out` (stdout), which is not ended. */
export function streamSink(out: Writable, options: SinkOptions): DocumentSink {
  const sink = createRdfSink(out, { format: options.format, base: options.base, end: false });
  return { add: (x) => sink.add(x), end: () => sink.end(), abort: async () => undefined };
}

/**
 * An RDF sink onto a file that appears whole at the end or not at all. Every wait is raced
 * with the file's first write error (ENOSPC, EIO), so that a failing disk ends the run with
 * that error instead of leaving it waiting for a 'drain' that never comes.
 */
function atomicRdfSink(path: string, options: SinkOptions): DocumentSink {
  const file = openAtomic(path);
  const failed = new Promise<never>((_, reject) => file.stream.once('error', reject));
  failed.catch(() => undefined);
  const guard = <T>(p: Promise<T>) => Promise.race([p, failed]);
  const sink = createRdfSink(file.stream, { format: options.format, base: options.base, end: false });
  return {
    add: (x) => guard(sink.add(x)),
    async end() {
      try {
        // Inputs found while walking folders are known only now.
        await refuseInput(path, options.inputs);
        await guard(sink.end());
        await file.commit();
      } catch (err) {
        await file.abort().catch(() => undefined);
        throw err;
      }
    },
    abort: () => file.abort(),
  };
}

/** One graph for every document in one file. */
export const fileSink = atomicRdfSink;

/** A document's graph in memory: one document's file is small, and a string writes in one call. */
async function render(x: Extraction, options: SinkOptions): Promise<string> {
  const chunks: string[] = [];
  const sink = createRdfSink({ write: (s: string) => chunks.push(s), end: () => undefined }, { format: options.format, base: options.base, end: false });
  await sink.add(x);
  await sink.end();
  return chunks.join('');
}

/**
 * One file per document in `dir`, named after its id (`seed.txt` → `seed.ttl`). Each file is
 * written whole or not at all (temp file, flush, rename); `add` resolves when its file is in
 * place, so that a caller may keep several under way while it extracts the next documents, and
 * the folder itself is flushed once, at the end.
 */
export async function dirSink(dir: string, options: SinkOptions): Promise<DocumentSink> {
  await mkdir(dir, { recursive: true });
  const root = resolve(dir);
  const names = new UniqueNames();
  const ext = RDF_EXTENSIONS[options.format];
  return {
    add(x) {
      // the name is claimed now, in input order, whatever order the writes finish in
      const stem = fileStem(x.doc.id);
      const name = names.claim(stem);
      if (name !== stem) options.warn?.(x.doc.source ?? x.doc.id, `output name ${stem}.${ext} already used, writing ${name}.${ext}`);
      const path = join(root, `${name}.${ext}`);
      if (dirname(path) !== root) return Promise.reject(new Error(`output ${path} would be outside ${dir}`));
      return (async () => {
        await refuseInput(path, options.inputs);
        await writeFileAtomic(path, await render(x, options));
      })();
    },
    concurrent: true,
    end: () => syncFolder(root),
    async abort() {},
  };
}
