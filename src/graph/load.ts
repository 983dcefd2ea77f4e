// Loading a graph: from RDF files or strings (Turtle, N-Triples, N-Quads, TriG), from quads, or
// straight from news text through the extractor.
import { readFile } from 'node:fs/promises';
import type { Quad } from '@rdfjs/types';
import type { Doc } from '../model.ts';
import { formatFromPath, parseRdf, type RdfInputFormat } from '../rdf/read.ts';
import { extractionToQuads } from '../rdf/quads.ts';
import { ActorGraph } from './graph.ts';
import { quadsToGraphData } from './read.ts';

/** A graph from RDF/JS quads (any graphs of a dataset: they are read as one). */
export function graphFromQuads(quads: Iterable<Quad>): ActorGraph {
  return new ActorGraph(quadsToGraphData(quads));
}

/** A graph from RDF text; throws RdfSyntaxError naming `source` and the line on bad input. */
export function graphFromRdf(text: string, format: RdfInputFormat = 'turtle', source = 'input'): ActorGraph {
  return graphFromQuads(parseRdf(text, format, source));
}

/** Reads RDF files (format from each file's extension) as one graph. */
export async function loadGraph(paths: string | string[]): Promise<ActorGraph> {
  const list = ([] as string[]).concat(paths);
  const quads: Quad[] = [];
  for (const path of list) {
    const text = await readFile(path, 'utf8');
    // Blank-node labels stay as written only for a single file: files from elsewhere may reuse _:b0.
    for (const q of parseRdf(text, formatFromPath(path), path, { keepBlankLabels: list.length === 1 })) quads.push(q);
  }
  return graphFromQuads(quads);
}

/** Runs the extractor on news text (one text, a Doc or several) and returns the graph. */
export async function graphFromText(input: string | Doc | Doc[], options: { base?: string } = {}): Promise<ActorGraph> {
  const docs: Doc[] = typeof input === 'string' ? [{ id: 'text', text: input }] : ([] as Doc[]).concat(input);
  // The pipeline loads lazily: the query API must not pay for the extractor's lexicons.
  const { extract } = await import('../pipeline.ts');
  return graphFromQuads(docs.flatMap((d) => extractionToQuads(extract(d), { base: options.base })));
}
