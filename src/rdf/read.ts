// RDF text → quads. Parse errors carry the line (n3 reports it) so that a user learns where.
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';

export type RdfInputFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

export const RDF_INPUT_FORMATS: readonly RdfInputFormat[] = ['turtle', 'ntriples', 'nquads', 'trig'];

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
  constructor(
    readonly source: string, readonly line: number | undefined, message: string, readonly column?: number,
  ) {
    super(`${source}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${message}`);
    this.name = 'RdfSyntaxError';
  }
}

interface N3ErrorContext {
  line?: number;
  previousToken?: { end?: number };
}

/**
 * n3 names the line but not the column: find the offending text ("Unexpected "x" …") in
 * that line after the last good token, or fall back to just after that token (1-based).
 */
function columnOf(text: string, message: string, context: N3ErrorContext): number | undefined {
  if (!context.line) return undefined;
  const line = text.split(/\r?\n/)[context.line - 1] ?? '';
  const after = context.previousToken?.end ?? 0;
  const unexpected = /^Unexpected "(.+)"/.exec(message)?.[1]?.slice(0, 20);
  const at = unexpected ? line.indexOf(unexpected, after) : -1;
  if (at >= 0) return at + 1;
  return context.previousToken?.end !== undefined ? after + 1 : undefined;
}

export interface ParseOptions {
  /**
   * Keep blank-node labels as written (default true): actorgraph's statement labels are
   * hashes, so keeping them makes write → read → write give the same bytes. Set false when
   * merging several unrelated files whose `_:b0` must stay apart.
   */
  keepBlankLabels?: boolean;
}

/** Parses a whole RDF document; throws RdfSyntaxError naming the source and line. */
export function parseRdf(
  text: string, format: RdfInputFormat = 'turtle', source = 'input', options: ParseOptions = {},
): Quad[] {
  const keep = options.keepBlankLabels ?? true;
  try {
    const parser = new N3.Parser({ format: N3_FORMAT[format], ...(keep ? { blankNodePrefix: '' } : {}) });
    return parser.parse(text) as unknown as Quad[];
  } catch (err) {
    const e = err as Error & { context?: N3ErrorContext };
    const message = e.message.replace(/ on line \d+\.?$/, '');
    throw new RdfSyntaxError(source, e.context?.line, message, e.context && columnOf(text, e.message, e.context));
  }
}
