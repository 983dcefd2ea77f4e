// An RDF sink onto a file that appears whole or not at all: it writes to a temp file beside the
// target and renames it on end(); abort() (or a failed end) removes the temp file.
import type { Extraction } from '../model.ts';
import { openAtomic } from '../io/atomic.ts';
import { createRdfSink, type RdfSink, type RdfSinkOptions } from './sink.ts';
import { RDF_EXTENSIONS, RDF_FORMATS, type RdfFormat } from './write.ts';

export interface RdfFileSink extends RdfSink {
  /** Discards everything written; the target file is left as it was. */
  abort(): Promise<void>;
}

export function openRdfFile(path: string, options: Omit<RdfSinkOptions, 'end'> = {}): RdfFileSink {
  const file = openAtomic(path);
  const sink = createRdfSink(file.stream, { ...options, end: false });
  return {
    get stats() { return sink.stats; },
    add: (x) => sink.add(x),
    async end() {
      try {
        await sink.end();
        await file.commit();
      } catch (err) {
        await file.abort().catch(() => undefined);
        throw err;
      }
    },
    abort: () => file.abort(),
  };
}

/** Writes a whole corpus to `path` atomically. */
export async function writeRdfFile(
  path: string, extractions: Iterable<Extraction> | AsyncIterable<Extraction>, options: Omit<RdfSinkOptions, 'end'> = {},
): Promise<RdfSink['stats']> {
  const sink = openRdfFile(path, options);
  try {
    for await (const x of extractions) await sink.add(x);
  } catch (err) {
    await sink.abort();
    throw err;
  }
  await sink.end();
  return sink.stats;
}

/** The format a file name asks for (by extension), or undefined. */
export function formatForPath(path: string): RdfFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'jsonld';
  return RDF_FORMATS.find((f) => RDF_EXTENSIONS[f] === ext || f === ext);
}
