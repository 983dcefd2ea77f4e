// `actorgraph push GRAPH... --endpoint URL`: loads a corpus into a SPARQL store over the Graph
// Store HTTP Protocol, one named graph per document, replaced whole, so pushing twice is harmless.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { RdfSyntaxError } from '../rdf/read.ts';
import { DEFAULT_GRAPH_BASE } from '../sparql/partition.ts';
import { documentGraphs, pushGraphs } from '../sparql/push.ts';
import type { Command } from './main.ts';
import { UsageError, commandArgs } from './usage.ts';

const NAME = 'actorgraph push';

export const USAGE = `usage: actorgraph push GRAPH... --endpoint URL [options]

Loads RDF files (Turtle, N-Triples, N-Quads, TriG) into a SPARQL 1.1 store through its Graph Store
HTTP Protocol endpoint: one named graph per document (<graph-base>doc/<hash>), each replaced whole,
so that pushing again leaves the same data. Triples that belong to no document go to
<graph-base>rest/<file>. Transient failures are retried with backoff; documents that still fail
are named, and the exit status is 1.

options:
      --endpoint URL      the Graph Store endpoint, e.g.
                            Virtuoso  http://127.0.0.1:8890/sparql-graph-crud-auth
                            Fuseki    http://127.0.0.1:3030/DATASET/data
                            GraphDB   http://127.0.0.1:7200/repositories/REPO/rdf-graphs/service
                            Neptune   https://CLUSTER:8182/sparql/gsp/
      --graph-base IRI    prefix of the named graphs (default: ${DEFAULT_GRAPH_BASE})
      --user U            user name (HTTP Digest or Basic, as the server asks)
      --password P        password (or the ACTORGRAPH_PASSWORD environment variable)
      --batch N           graphs sent at once (default: 4)
      --retries N         attempts per graph (default: 5)
      --timeout MS        per-request timeout (default: 60000)
  -q, --quiet             no progress
  -h, --help              this help

exit status: 0 every document loaded, 1 some did not (they are listed), 2 usage error.`;


const count = (flag: string, v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${flag} "${v}" is not a positive whole number`);
  return Number(v);
};

export function parse(args: string[], env: NodeJS.ProcessEnv = process.env) {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        endpoint: { type: 'string' }, 'graph-base': { type: 'string' }, user: { type: 'string' }, password: { type: 'string' },
        batch: { type: 'string' }, retries: { type: 'string' }, timeout: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  const o = {
    graphs: parsed.positionals, endpoint: v.endpoint ?? '', graphBase: v['graph-base'] ?? DEFAULT_GRAPH_BASE,
    user: v.user, password: v.password ?? env.ACTORGRAPH_PASSWORD,
    batch: count('batch', v.batch, 4), retries: count('retries', v.retries, 5), timeoutMs: count('timeout', v.timeout, 60_000),
    quiet: v.quiet ?? false, help: v.help ?? false,
  };
  if (o.help) return o;
  if (!o.graphs.length) throw new UsageError('give at least one GRAPH file');
  if (!/^https?:\/\/./.test(o.endpoint)) throw new UsageError('give the Graph Store endpoint with --endpoint http(s)://…');
  if (!/^[a-z][\w+.-]*:\S+$/i.test(o.graphBase)) throw new UsageError(`--graph-base "${o.graphBase}" is not an absolute IRI`);
  if ((o.user === undefined) !== (o.password === undefined)) throw new UsageError('give both --user and --password (or ACTORGRAPH_PASSWORD)');
  return o;
}

export async function run(args: string[], io: { stdout: Writable; stderr: Writable } = process): Promise<number> {
  const o = commandArgs('push', USAGE, parse, args, io);
  if (typeof o === 'number') return o;
  let graphs;
  try {
    graphs = await documentGraphs(o.graphs, o.graphBase);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (!(err instanceof RdfSyntaxError) && !e.code) throw err;
    io.stderr.write(`${NAME}: ${e.code === 'ENOENT' ? `${e.path}: no such file` : e.message}\nnothing was pushed\n`);
    return 1;
  }
  const report = await pushGraphs(graphs, {
    endpoint: o.endpoint, graphBase: o.graphBase, batchSize: o.batch, attempts: o.retries, timeoutMs: o.timeoutMs,
    credentials: o.user !== undefined ? { user: o.user, password: o.password! } : undefined,
    onRetry: (r) => io.stderr.write(`${NAME}: ${r.graph}: ${r.reason}; retrying in ${(r.delayMs / 1000).toFixed(1)} s\n`),
    onProgress: o.quiet ? undefined : (done, total) => io.stderr.write(`${NAME}: ${done}/${total} graphs\n`),
  });
  const triples = report.loaded.reduce((n, l) => n + l.triples, 0);
  io.stdout.write(`${NAME}: loaded ${report.loaded.length} of ${graphs.length} graphs (${triples} triples) into ${o.endpoint}\n`);
  if (!report.failed.length) return 0;
  io.stderr.write(
    `${NAME}: ${report.failed.length} not loaded:\n` + report.failed.map((f) => `  ${f.name} <${f.graph}>: ${f.reason}\n`).join(''),
  );
  return 1;
}

export const command: Command = { run: (args) => run(args) };
