// RDF text → quads. Parse errors carry the line (n3 reports it) so that a user learns where.
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';

export type RdfInputFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

const N3_FORMAT: Record<RdfInputFormat, string> = {
  turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG',
};

/** Guesses the format from a file name; Turtle when unknown (it also reads N-Triples). */
export function formatFromPath(path: string): RdfInputFormat {
  if (/\.nt$/i.test(path)) return 'ntriples';
  if (/\.nq$/i.test(path)) return 'nquads';
  if (/\.trig$/i.test(path)) return 'trig';
  return 'turtle';
}

export class RdfSyntaxError extends Error {
  constructor(readonly source: string, readonly line: number | undefined, message: string) {
    super(`${source}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'RdfSyntaxError';
  }
}

/** Parses a whole RDF document; throws RdfSyntaxError naming the source and line. */
export function parseRdf(text: string, format: RdfInputFormat = 'turtle', source = 'input'): Quad[] {
  try {
    return new N3.Parser({ format: N3_FORMAT[format] }).parse(text) as unknown as Quad[];
  } catch (err) {
    const e = err as Error & { context?: { line?: number } };
    throw new RdfSyntaxError(source, e.context?.line, e.message);
  }
}
