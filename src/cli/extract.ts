// `actorgraph extract <input>...`: news text in, RDF out. Argument parsing, checks before the
// run and exit codes; reading inputs, the batch loop, writing outputs and reporting live in src/io/.
import { stat } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Doc, Extraction } from '../model.ts';
import { RDF_FORMATS, type RdfFormat } from '../rdf/write.ts';
import { countDocuments, DEFAULT_MAX_BYTES, fileIdentity, FOLDER_TYPES, isCorpus, readInputs } from '../io/inputs.ts';
import { dirSink, fileSink, streamSink, type DocumentSink } from '../io/outputs.ts';
import { formatForPath } from '../rdf/file.ts';
import { runBatch } from '../io/batch.ts';
import { defaultJobs, inProcess, workerPool, type ExtractorPool } from '../io/pool.ts';
import { Reporter } from '../io/report.ts';
import { removeTempFilesSync } from '../io/atomic.ts';
import { errorReason } from '../io/walk.ts';
import type { Command } from './main.ts';
import { UsageError, reportUsage } from './usage.ts';

const NAME = 'actorgraph extract';

export const USAGE = `usage: actorgraph extract <input>... [options]

Reads English news text and writes the actors and relations it finds as RDF.

inputs:
  FILE.txt          one document (its id is the file name without extension)
  FOLDER            every .txt, .html and .jsonl file in it and its subfolders, in name order
                    (other files are skipped and counted in the summary)
  CORPUS.jsonl      one document a line: {"id": "...", "text": "...", "date": "YYYY-MM-DD"}
  -                 one document from standard input (id "stdin")

options:
  -o, --output FILE     write one graph for all inputs to FILE (default: standard output)
      --out-dir DIR     write one file per document into DIR, named by its id (seed.txt → seed.ttl)
  -f, --format FORMAT   ${RDF_FORMATS.join(', ')} (default: by the -o file's extension, else turtle)
      --base IRI        base of entity and document IRIs (default: https://w3id.org/actorgraph/id/)
      --max-bytes N     largest document accepted, e.g. 5000000, 512K, 8M (default: 20M)
  -j, --jobs N          worker threads for folders and corpora (default: the machine's cores, ${defaultJobs()} here)
  -q, --quiet           no progress line and no warnings (failures and the summary remain)
  -h, --help            this help

exit status: 0 every input was read, 1 some input failed (the others were written), 2 usage error.
See docs/cli.md for the messages.`;

export type Extractor = (doc: Doc) => Extraction;

export interface ExtractEnv {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Draw a progress line on stderr (default: stderr is a terminal). */
  tty?: boolean;
  /** The extractor (default: src/pipeline.ts). */
  extract?: Extractor;
}


export interface ExtractOptions {
  inputs: string[];
  output?: string;
  outDir?: string;
  format: RdfFormat;
  base?: string;
  maxBytes: number;
  jobs: number;
  quiet: boolean;
  help: boolean;
}

/** "20M" → 20971520; K, M, G are powers of 1024; a plain number is bytes. */
export function parseBytes(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Math.floor(Number(m[1]) * 1024 ** ' kmg'.indexOf(m[2].toLowerCase() || ' '));
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

export function parseOptions(args: string[]): ExtractOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        format: { type: 'string', short: 'f' },
        base: { type: 'string' },
        'max-bytes': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, ''));
  }
  const v = parsed.values;
  const options: ExtractOptions = {
    inputs: parsed.positionals,
    output: v.output,
    outDir: v['out-dir'],
    // -o out.nt asks for N-Triples unless --format says otherwise
    format: (v.format ?? (v.output && formatForPath(v.output)) ?? 'turtle') as RdfFormat,
    base: v.base,
    maxBytes: DEFAULT_MAX_BYTES,
    jobs: defaultJobs(),
    quiet: v.quiet ?? false,
    help: v.help ?? false,
  };
  if (options.help) return options;
  if (!options.inputs.length) throw new UsageError('no input given (a .txt file, a folder, a .jsonl corpus or - for stdin)');
  if (options.inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) given more than once');
  if (options.output !== undefined && options.outDir !== undefined) throw new UsageError('-o and --out-dir cannot be used together');
  if (options.output === '' || options.outDir === '') throw new UsageError('empty output path');
  if (!RDF_FORMATS.includes(options.format)) {
    throw new UsageError(`unknown format "${v.format}" (one of ${RDF_FORMATS.join(', ')})`);
  }
  if (options.base !== undefined) {
    let ok = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/i.test(options.base);
    try { new URL(options.base); } catch { ok = false; }
    if (!ok) throw new UsageError(`--base "${options.base}" is not an absolute IRI ending in / or #`);
  }
  if (v['max-bytes'] !== undefined) {
    const n = parseBytes(v['max-bytes']);
    if (n === undefined) throw new UsageError(`--max-bytes "${v['max-bytes']}" is not a size (e.g. 5000000, 512K, 20M)`);
    options.maxBytes = n;
  }
  if (v.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(v.jobs)) throw new UsageError(`--jobs "${v.jobs}" is not a number of threads (1 or more)`);
    options.jobs = Number(v.jobs);
  }
  return options;
}

/** Whether an input holds many documents (a folder or a corpus) rather than one. */
const holdsMany = async (input: string) =>
  input !== '-' && (isCorpus(input) || (await stat(input).then((s) => s.isDirectory(), () => false)));

/**
 * Worker threads pay off for many documents: folders, corpora, many files. A few files, stdin,
 * one job, or an extractor given by a test run in this thread.
 */
async function choosePool(o: ExtractOptions, env: ExtractEnv, many: boolean): Promise<ExtractorPool> {
  if (env.extract) return inProcess(env.extract);
  if (o.jobs > 1 && (many || o.inputs.length > o.jobs)) return workerPool(o.jobs);
  return inProcess(await defaultExtractor());
}

/** Checks the outputs before reading anything: never over an input, never into a file as a folder. */
async function checkOutputs(o: ExtractOptions, inputs: Set<string>): Promise<void> {
  const kind = async (p: string) => stat(p).then((s) => (s.isDirectory() ? 'dir' : 'file'), () => 'none');
  if (o.output && o.output !== '-') {
    if ((await kind(o.output)) === 'dir') throw new UsageError(`-o ${o.output} is a folder (use --out-dir for one file per document)`);
    if ((await kind(dirname(resolve(o.output)))) !== 'dir') throw new UsageError(`-o ${o.output}: its folder does not exist`);
    const id = await fileIdentity(o.output);
    if (id && inputs.has(id)) throw new UsageError(`-o ${o.output} is one of the inputs; refusing to write over it`);
    for (const i of o.inputs) {
      const ext = extname(o.output).toLowerCase();
      if (i !== '-' && FOLDER_TYPES.includes(ext) && (await kind(i)) === 'dir' && resolve(o.output).startsWith(resolve(i) + sep)) {
        throw new UsageError(`-o ${o.output} is inside the input folder ${i}; refusing to write a ${ext} file there (the folder's ${ext} files are inputs)`);
      }
    }
  }
  if (o.outDir && (await kind(o.outDir)) === 'file') throw new UsageError(`--out-dir ${o.outDir} is a file, not a folder`);
}

async function defaultExtractor(): Promise<Extractor> {
  return (await import('../pipeline.ts')).extract;
}

export async function runExtract(args: string[], env: ExtractEnv): Promise<number> {
  let o: ExtractOptions;
  const inputFiles = new Set<string>();
  try {
    o = parseOptions(args);
    if (o.help) {
      env.stdout.write(USAGE + '\n');
      return 0;
    }
    for (const i of o.inputs) {
      const id = i === '-' ? undefined : await fileIdentity(i);
      if (id) inputFiles.add(id);
    }
    await checkOutputs(o, inputFiles);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return reportUsage('extract', err, env.stderr);
  }

  const many = (await Promise.all(o.inputs.map(holdsMany))).some(Boolean);
  const reporter = new Reporter(env.stderr, {
    name: NAME, quiet: o.quiet, progress: env.tty ?? false, total: many ? undefined : o.inputs.length,
  });
  const warn = (source: string, message: string) => reporter.warn(source, message);
  // On a terminal, count folders and corpora alongside the run, for done / total and time left.
  if (many && env.tty && !o.quiet) countDocuments(o.inputs).then((n) => reporter.setTotal(n), () => undefined);
  const toStdout = !o.outDir && (!o.output || o.output === '-');
  const sinkOptions = { format: o.format, base: o.base, inputs: inputFiles, warn };
  let sink: DocumentSink;
  try {
    sink = o.outDir ? await dirSink(o.outDir, sinkOptions)
      : toStdout ? streamSink(env.stdout, sinkOptions) : fileSink(o.output!, sinkOptions);
  } catch (err) {
    env.stderr.write(`${NAME}: cannot create ${o.outDir ?? o.output}: ${errorReason(err)}\n`);
    return 1;
  }

  const pool = await choosePool(o, env, many);
  let completed: boolean;
  try {
    completed = await runBatch({
      inputs: readInputs(o.inputs, { maxBytes: o.maxBytes, stdin: env.stdin, warn, skip: (src, why) => reporter.skip(src, why), seen: inputFiles }),
      pool,
      sink,
      reporter,
      window: o.jobs * 4,
      single: o.outDir ? undefined : toStdout ? 'stdout' : o.output,
      stdout: toStdout ? env.stdout : undefined,
    });
  } finally {
    await pool.close();
  }
  // When the reader of stdout went away (| head), only the summary is said; exit 1.
  reporter.summary();
  return reporter.failed || !completed ? 1 : 0;
}

/** Ctrl-C or kill: remove half-written temp files, then exit as the signal asks (130, 143). */
function onSignals(): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      removeTempFilesSync();
      process.stderr.write(`\n${NAME}: interrupted; no output file was left half-written\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

export const command: Command = {
  async run(args) {
    const off = onSignals();
    try {
      return await runExtract(args, {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        tty: process.stderr.isTTY,
      });
    } finally {
      off();
    }
  },
};
