// `actorgraph validate GRAPH...`: checks RDF files against the contract's SHACL shapes and prints
// each violation with its focus node. Exit 0 conforms, 1 violations or unreadable input, 2 usage.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Quad } from '@rdfjs/types';
import { formatFromPath, parseRdf, RDF_INPUT_FORMATS, RdfSyntaxError, type RdfInputFormat } from '../rdf/read.ts';
import { validateGraph, type ShaclResult } from '../rdf/validate.ts';
import type { Command } from './main.ts';

const NAME = 'actorgraph validate';

export const USAGE = `usage: actorgraph validate GRAPH... [options]

Checks RDF graphs against actorgraph's SHACL shapes (data/shapes.ttl): one label per entity,
role properties from a Person, a statement node with document, evidence and offsets for every
relation triple, offsets within the document. Several files are validated as one graph.

options:
      --shapes FILE     validate against these SHACL shapes instead (Turtle)
  -f, --format FORMAT   ${RDF_INPUT_FORMATS.join(', ')} (default: by file extension, else turtle)
      --max N           print at most N results (default: 50; 0 for all)
  -q, --quiet           print only the summary line
  -h, --help            this help

exit status: 0 the graph conforms (warnings allowed), 1 violations found or a file could not
be read or parsed (file:line:column), 2 usage error.`;

function usageError(message: string): number {
  process.stderr.write(`${NAME}: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** One line a result: severity, focus node, path, message. */
export function formatResult(r: ShaclResult): string {
  const at = r.path ? ` ${r.path}` : '';
  const value = r.value !== undefined && r.value !== r.focus ? ` (value ${r.value})` : '';
  return `${r.severity.toUpperCase()} ${r.focus}${at}: ${r.message}${value}`;
}

async function readGraphFile(path: string, format?: RdfInputFormat): Promise<Quad[]> {
  const text = await readFile(path, 'utf8');
  return parseRdf(text, format ?? formatFromPath(path), path, { keepBlankLabels: false });
}

export const command: Command = {
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args, allowPositionals: true,
        options: {
          shapes: { type: 'string' }, format: { type: 'string', short: 'f' }, max: { type: 'string' },
          quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (err) {
      return usageError((err as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, ''));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (!positionals.length) return usageError('no graph given');
    const format = values.format as RdfInputFormat | undefined;
    if (format && !RDF_INPUT_FORMATS.includes(format)) {
      return usageError(`unknown format "${format}" (${RDF_INPUT_FORMATS.join(', ')}; JSON-LD is not read)`);
    }
    const max = values.max === undefined ? 50 : Number(values.max);
    if (!Number.isInteger(max) || max < 0) return usageError(`--max wants a whole number, not "${values.max}"`);

    const quads: Quad[] = [];
    let shapes: Quad[] | undefined;
    try {
      for (const path of positionals) for (const q of await readGraphFile(path, format)) quads.push(q);
      if (values.shapes) shapes = await readGraphFile(values.shapes, 'turtle');
    } catch (err) {
      const message = err instanceof RdfSyntaxError ? err.message : `${(err as Error).message}`;
      process.stderr.write(`${NAME}: ${message}\n`);
      return 1;
    }

    const report = await validateGraph(quads, shapes);
    const count = (s: ShaclResult['severity']) => report.results.filter((r) => r.severity === s).length;
    if (!values.quiet) {
      const shown = max === 0 ? report.results : report.results.slice(0, max);
      for (const r of shown) process.stdout.write(formatResult(r) + '\n');
      if (shown.length < report.results.length) process.stdout.write(`… ${report.results.length - shown.length} more (--max 0 shows all)\n`);
    }
    const summary = `${positionals.join(', ')}: ${quads.length} triples, ${count('Violation')} violations, ${count('Warning')} warnings`;
    process.stdout.write(`${report.conforms ? 'conforms' : 'does not conform'} — ${summary}\n`);
    return report.conforms ? 0 : 1;
  },
};
