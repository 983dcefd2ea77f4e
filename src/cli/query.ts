// `actorgraph query GRAPH... (--sparql "..." | -f FILE.rq)`: SPARQL 1.1 SELECT, ASK, CONSTRUCT and
// DESCRIBE over RDF files with the embedded Oxigraph store.
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { DEFAULT_BASE } from '../rdf/vocabulary.ts';
import { formatGraph, formatResults, RESULT_FORMATS, type GraphFormat, type ResultFormat } from '../sparql/results.ts';
import { describeQueryError, QueryTimeoutError, SparqlError, SparqlStore } from '../sparql/store.ts';
import type { Command } from './main.ts';
import { UsageError, commandArgs } from './usage.ts';

const NAME = 'actorgraph query';
const GRAPH_FORMATS: readonly GraphFormat[] = ['turtle', 'ntriples'];

export const USAGE = `usage: actorgraph query GRAPH... (--sparql QUERY | -f FILE.rq) [options]

Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over RDF files (Turtle, N-Triples,
N-Quads, TriG; the format goes by the extension). The default graph is the union of all graphs.

options:
  -e, --sparql QUERY     the query text
  -f, --file FILE.rq     read the query from a file
      --format FORMAT    SELECT/ASK: ${RESULT_FORMATS.join(', ')} (default: table);
                         CONSTRUCT/DESCRIBE: ${GRAPH_FORMATS.join(', ')} (default: turtle)
      --timeout MS       stop the query after MS milliseconds (default: none)
      --max-results N    keep at most N rows or triples
      --base IRI         the id: prefix in table and Turtle output (default: ${DEFAULT_BASE})
  -h, --help             this help

exit status: 0 answered, 1 a file or the query failed, 2 usage error.
examples:
  actorgraph query out/seed.ttl -f examples/queries/current-heads-of-government.rq
  actorgraph query out/seed.ttl --sparql 'ASK { ?p ag:met ?q }' --format json`;


interface QueryArgs {
  graphs: string[];
  sparql?: string;
  file?: string;
  format?: string;
  timeoutMs?: number;
  maxResults?: number;
  base: string;
  help: boolean;
}

const positive = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${name} "${v}" is not a positive whole number`);
  return Number(v);
};

export function parse(args: string[]): QueryArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        sparql: { type: 'string', short: 'e' }, file: { type: 'string', short: 'f' }, format: { type: 'string' },
        timeout: { type: 'string' }, 'max-results': { type: 'string' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const o: QueryArgs = {
    graphs: parsed.positionals, sparql: v.sparql, file: v.file, format: v.format, base: v.base ?? DEFAULT_BASE,
    timeoutMs: positive('--timeout', v.timeout), maxResults: positive('--max-results', v['max-results']), help: v.help ?? false,
  };
  if (o.help) return o;
  if (!o.graphs.length) throw new UsageError('give at least one GRAPH file');
  if ((o.sparql === undefined) === (o.file === undefined)) throw new UsageError('give the query with exactly one of --sparql or -f FILE.rq');
  if (o.format && ![...RESULT_FORMATS, ...GRAPH_FORMATS].includes(o.format as ResultFormat)) {
    throw new UsageError(`--format "${o.format}": use one of ${[...RESULT_FORMATS, ...GRAPH_FORMATS].join(', ')}`);
  }
  return o;
}

/** Prefixes every query may use without declaring them: the contract's namespaces. */
export function withPrefixes(sparql: string, base: string): string {
  const ns: Record<string, string> = {
    ag: 'https://w3id.org/actorgraph/ns#', role: 'https://w3id.org/actorgraph/role#', id: base,
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    owl: 'http://www.w3.org/2002/07/owl#', xsd: 'http://www.w3.org/2001/XMLSchema#',
    skos: 'http://www.w3.org/2004/02/skos/core#', prov: 'http://www.w3.org/ns/prov#', dcterms: 'http://purl.org/dc/terms/',
    wd: 'http://www.wikidata.org/entity/',
  };
  const declared = new Set([...sparql.matchAll(/PREFIX\s+([\w-]*):/gi)].map((m) => m[1]));
  const bare = sparql.replace(/<[^<>\s]*>/g, '<>'); // prefixed names are never inside IRIs
  const missing = Object.entries(ns).filter(([p]) => !declared.has(p) && new RegExp(`(^|[^\\w:])${p}:`).test(bare));
  // On one line of their own: error positions move down one line and keep their column.
  return missing.length ? missing.map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join(' ') + '\n' + sparql : sparql;
}

export interface QueryIo {
  stdout: Writable;
  stderr: Writable;
}

export async function run(args: string[], io: QueryIo = process): Promise<number> {
  const o = commandArgs('query', USAGE, parse, args, io);
  if (typeof o === 'number') return o;
  let text: string;
  try {
    text = o.file !== undefined ? await readFile(o.file, 'utf8') : o.sparql!;
  } catch (err) {
    io.stderr.write(`${NAME}: ${o.file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
    return 1;
  }
  const missing = [];
  for (const g of o.graphs) if (!(await readFile(g).then(() => true, () => false))) missing.push(g);
  if (missing.length) {
    io.stderr.write(missing.map((g) => `${NAME}: ${g}: cannot read the file\n`).join(''));
    return 1;
  }
  let store: SparqlStore | undefined;
  try {
    store = await SparqlStore.open(o.graphs.map((path) => ({ path })));
    const sparql = withPrefixes(text, o.base);
    let result;
    try {
      result = await store.query(sparql, { timeoutMs: o.timeoutMs, maxResults: o.maxResults });
    } catch (err) {
      if (!(err instanceof SparqlError)) throw err;
      const shift = sparql === text ? 0 : 1; // the line of prefixes added
      const message = err.message.replace(/^error at (\d+):/, (_, l) => `error at ${Math.max(1, Number(l) - shift)}:`);
      throw new SparqlError(describeQueryError(message, o.file ?? 'query'));
    }
    if (result.kind === 'graph') {
      const format: GraphFormat = o.format === 'ntriples' ? 'ntriples' : 'turtle';
      io.stdout.write(await formatGraph(result.ntriples, format, o.base));
    } else {
      const format = (RESULT_FORMATS as readonly string[]).includes(o.format ?? '') ? (o.format as ResultFormat) : 'table';
      io.stdout.write(formatResults(result, format, o.base));
    }
    if ('truncated' in result && result.truncated) io.stderr.write(`${NAME}: results truncated to ${o.maxResults}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof SparqlError || err instanceof QueryTimeoutError)) throw err;
    io.stderr.write(`${NAME}: ${err.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

export const command: Command = { run: (args) => run(args) };
