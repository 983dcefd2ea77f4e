// Pushing a corpus to a SPARQL store: each document into its own named graph, replaced whole
// (PUT), a few at a time; the report lists what was loaded and what was not, never more.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Quad } from '@rdfjs/types';
import N3 from 'n3';
import { formatFromPath, parseRdf } from '../rdf/read.ts';
import { slug } from '../rdf/vocabulary.ts';
import { GraphStoreClient, GraphStoreError, type GraphStoreOptions } from './gsp.ts';
import { partitionByDocument, type DocumentGraph } from './partition.ts';

export interface PushOptions extends GraphStoreOptions {
  graphBase?: string;
  /** How many graphs are sent at once (default 4). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PushFailure {
  graph: string;
  name: string;
  reason: string;
}

export interface PushReport {
  loaded: { graph: string; name: string; triples: number }[];
  failed: PushFailure[];
}

/** Reads RDF files and splits them into document graphs (merged by graph IRI across files). */
export async function documentGraphs(paths: string[], graphBase?: string): Promise<DocumentGraph[]> {
  const byGraph = new Map<string, DocumentGraph>();
  for (const path of paths) {
    const quads = parseRdf(await readFile(path, 'utf8'), formatFromPath(path), path, { keepBlankLabels: paths.length === 1 });
    for (const g of partitionByDocument(quads, { graphBase, rest: slug(basename(path)) })) {
      const seen = byGraph.get(g.graph);
      if (seen) seen.quads.push(...g.quads);
      else byGraph.set(g.graph, g);
    }
  }
  return [...byGraph.values()];
}

/** N-Triples lines (valid Turtle), duplicates removed. */
function serialize(quads: Quad[]): string {
  const writer = new N3.Writer({ format: 'N-Triples' });
  const lines = new Set(quads.map((q) => writer.quadToString(q.subject as N3.Quad['subject'], q.predicate as N3.Quad['predicate'], q.object as N3.Quad['object'])));
  return [...lines].join('');
}

export const tripleCount = (g: DocumentGraph) => serialize(g.quads).split('\n').filter(Boolean).length;

export async function pushGraphs(graphs: DocumentGraph[], options: PushOptions): Promise<PushReport> {
  const client = new GraphStoreClient(options);
  const report: PushReport = { loaded: [], failed: [] };
  const batch = Math.max(1, options.batchSize ?? 4);
  // Wrong credentials or a wrong endpoint fail every request alike: stop at the first such answer.
  let fatal: string | undefined;
  for (let i = 0; i < graphs.length; i += batch) {
    await Promise.all(
      graphs.slice(i, i + batch).map(async (g) => {
        if (fatal) return void report.failed.push({ graph: g.graph, name: g.name, reason: `not sent: ${fatal}` });
        const text = serialize(g.quads);
        try {
          await client.put(g.graph, text);
          report.loaded.push({ graph: g.graph, name: g.name, triples: text.split('\n').filter(Boolean).length });
        } catch (err) {
          const status = err instanceof GraphStoreError ? err.status : undefined;
          if (status === 401 || status === 403 || status === 404 || status === 405) fatal ??= (err as Error).message;
          report.failed.push({ graph: g.graph, name: g.name, reason: (err as Error).message });
        }
      }),
    );
    options.onProgress?.(Math.min(i + batch, graphs.length), graphs.length);
  }
  return report;
}
