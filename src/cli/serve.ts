// `actorgraph serve [GRAPH ...]`: serves the viewer on a graph, on 127.0.0.1 unless told otherwise.
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, listen } from '../server/index.ts';
import { graphFromFiles, graphFromSeeds } from '../server/graph.ts';
import { SPARQL_FLAGS, SPARQL_USAGE, sparqlOptions, sparqlRoute } from '../sparql/serve.ts';
import type { Command } from './main.ts';
import { UsageError, commandArgs } from './usage.ts';

const NAME = 'actorgraph serve';
const DEFAULT_PORT = 8080;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const USAGE = `usage: actorgraph serve [GRAPH ...] [options]

Serves the graph viewer on the given RDF files (Turtle, N-Triples, TriG, N-Quads; several are
merged), or on the graph extracted from seeds/*.txt when none is given, and prints its URL.
The same graph answers SPARQL 1.1 Protocol queries at /sparql (read-only).

options:
      --port N      port to listen on (default: ${DEFAULT_PORT}, or any free port when that one is taken; 0: any)
      --host HOST   address to listen on (default: 127.0.0.1, this machine only)
      --viewer DIR  the built viewer (default: viewer/dist, built on first use)
${SPARQL_USAGE}
  -h, --help        this help`;


function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: { port: { type: 'string' }, host: { type: 'string' }, viewer: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...SPARQL_FLAGS },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { port, host, viewer, help } = parsed.values;
  let sparql;
  try {
    sparql = sparqlOptions(parsed.values);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) > 65535)) throw new UsageError(`--port "${port}" is not a port number`);
  return {
    graphs: parsed.positionals, port: port === undefined ? undefined : Number(port), host: host ?? '127.0.0.1',
    viewerDir: viewer ?? `${ROOT}viewer/dist`, help: help ?? false, sparql,
  };
}

/** The viewer is built on first use, so that `actorgraph serve` works straight after a clone. */
async function ensureViewer(dir: string): Promise<void> {
  if (await access(`${dir}/index.html`).then(() => true, () => false)) return;
  process.stderr.write(`${NAME}: building the viewer into ${dir} …\n`);
  const { build } = await import('vite');
  await build({ configFile: `${ROOT}viewer/vite.config.ts`, logLevel: 'warn', build: { outDir: dir } });
}

export const command: Command = {
  async run(args) {
    const o = commandArgs('serve', USAGE, parse, args, process);
    if (typeof o === 'number') return o;
    let graph: string;
    try {
      graph = o.graphs.length ? await graphFromFiles(o.graphs) : await graphFromSeeds(`${ROOT}seeds`);
    } catch (err) {
      process.stderr.write(`${NAME}: ${(err as Error).message}\n`);
      return 1;
    }
    await ensureViewer(o.viewerDir);
    const endpoint = await sparqlRoute(graph, o.sparql);
    const server = createServer({ graph, viewerDir: o.viewerDir, routes: endpoint.routes });
    let url: string;
    try {
      url = await listen(server, o.port ?? DEFAULT_PORT, o.host);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || o.port !== undefined) throw err;
      url = await listen(server, 0, o.host);
    }
    process.stdout.write(`actorgraph viewer: ${url}\n`);
    process.stdout.write(`actorgraph SPARQL endpoint: ${url}sparql\n`);
    return new Promise<number>((resolve) => {
      const stop = () => server.close(() => void endpoint.close().then(() => resolve(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
