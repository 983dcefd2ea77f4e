// The inputs of `extract` as one stream of documents: .txt files, folders (their .txt, .html
// and .jsonl files, walked lazily; other files are counted as skipped), `-` for stdin, and .jsonl corpora (one {"id", "text"} object a line, read
// line by line). Every input that cannot be read yields a failure naming it and the reason,
// and the stream goes on. Memory stays bounded: a file larger than maxBytes is refused after
// a stat, a .jsonl corpus of any size is streamed, and a .jsonl line longer than maxBytes is
// skipped without being kept.
import { formatCount } from './numbers.ts';
import { constants, createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { Doc } from '../model.ts';
import { checkText, decodeDocument, decodeUtf8 } from './decode.ts';
import { UniqueNames, unsafeIdReason, wellFormed } from './ids.ts';
import { readLines } from './lines.ts';
import { errorReason, walkFolder } from './walk.ts';

/**
 * Default limit on one document's size in bytes (a file, or a .jsonl line): 20 MiB. A news
 * article is 2-50 KB; the extractor's time and memory grow linearly with the text (4 MB: about
 * 11 s and 350 MB), so the limit only keeps a stray dump or binary from tying up a worker.
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type InputItem =
  | { ok: true; doc: Doc }
  | { ok: false; source: string; reason: string };

export interface InputOptions {
  /** Largest document accepted, in bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** What `-` reads (default process.stdin). */
  stdin?: Readable;
  /** Notices that are not failures: a renamed duplicate id, a symlink loop, an ignored date. */
  warn?: (source: string, message: string) => void;
  /** A file in a folder that is not read because of its type (a .json beside the articles). */
  skip?: (source: string, reason: string) => void;
  /** Receives the identity (dev:ino) of every file read, so that no output overwrites one. */
  seen?: Set<string>;
}

export const isCorpus = (path: string) => /\.(jsonl|ndjson)$/i.test(path);
/** What a folder's walk reads: the types `extract` accepts by name. */
export const FOLDER_TYPES = ['.txt', '.jsonl', '.ndjson', '.html', '.htm'];
const isDocument = (name: string) => FOLDER_TYPES.includes(extname(name).toLowerCase());
const fmt = formatCount;
/** A file's document id: its name without the extension (seeds/seed.txt → seed). */
const fileId = (path: string) => basename(path, extname(path)) || basename(path);

/** The identity of a file (dev:ino), or undefined when it does not exist. */
export async function fileIdentity(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

export async function* readInputs(specs: string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warn = options.warn ?? (() => undefined);
  const ids = new UniqueNames((n) => n);
  const tooLarge = (n: number) => `too large: ${fmt(n)} bytes, the limit is ${fmt(maxBytes)} (see --max-bytes)`;

  /** Gives a document its id, renaming a duplicate (id-2, id-3, ...) with a warning. */
  const named = (doc: Doc): InputItem => {
    const id = ids.claim(doc.id);
    if (id !== doc.id) warn(doc.source ?? doc.id, `duplicate id ${JSON.stringify(doc.id)} renamed to ${JSON.stringify(id)}`);
    return { ok: true, doc: { ...doc, id } };
  };

  for (const spec of specs) {
    if (spec === '-') {
      yield readStream(options.stdin ?? process.stdin, 'stdin', 'stdin');
      continue;
    }
    let s;
    try {
      s = await stat(spec);
    } catch (err) {
      yield { ok: false, source: spec, reason: errorReason(err) };
      continue;
    }
    if (s.isDirectory()) {
      let any = false;
      for await (const item of walkFolder(spec, isDocument)) {
        if (!item.ok) {
          if ('skipped' in item) options.skip?.(item.path, skipReason(item.path));
          else if (item.warning) warn(item.path, item.reason);
          else yield { ok: false, source: item.path, reason: item.reason };
          continue;
        }
        any = true;
        if (isCorpus(item.path)) yield* readCorpus(item.path);
        else yield readFile(item.path);
      }
      if (!any) yield { ok: false, source: spec, reason: `no documents in this folder (${FOLDER_TYPES.join(', ')})` };
    } else if (isCorpus(spec)) {
      yield* readCorpus(spec);
    } else if (!s.isFile()) {
      // A pipe named on the command line (`<(curl ...)`, a FIFO, /dev/stdin) is read like stdin;
      // in a folder it would be refused instead of waited on.
      yield readStream(createReadStream(spec), spec, fileId(spec));
    } else {
      yield readFile(spec);
    }
  }

  /** One document from a stream of unknown length, refused once it passes maxBytes. */
  async function readStream(input: Readable, source: string, id: string): Promise<InputItem> {
    const parts: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of input as AsyncIterable<Buffer | string>) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += b.length;
        if (size > maxBytes) return { ok: false, source, reason: tooLarge(size) };
        parts.push(b);
      }
    } catch (err) {
      return { ok: false, source, reason: errorReason(err) };
    } finally {
      if (input !== process.stdin) input.destroy();
    }
    const decoded = decodeDocument(Buffer.concat(parts, size));
    if (!decoded.ok) return { ok: false, source, reason: decoded.reason };
    return named({ id, text: decoded.text, source });
  }

  async function readFile(path: string): Promise<InputItem> {
    const fail = (reason: string): InputItem => ({ ok: false, source: path, reason });
    let fh;
    try {
      // O_NONBLOCK: opening a FIFO must not wait for a writer (it is then refused below).
      fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
      return fail(errorReason(err));
    }
    try {
      const s = await fh.stat();
      if (s.isDirectory()) return fail('is a folder');
      if (!s.isFile()) return fail('not a regular file (a device, FIFO or socket), skipped');
      options.seen?.add(`${s.dev}:${s.ino}`);
      if (s.size > maxBytes) return fail(tooLarge(s.size));
      const buffer = Buffer.alloc(s.size + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await fh.read(buffer, length, buffer.length - length, length);
        if (!bytesRead) break;
        length += bytesRead;
      }
      if (length > s.size) return fail('the file grew while being read; try again');
      const decoded = decodeDocument(buffer.subarray(0, length));
      if (!decoded.ok) return fail(decoded.reason);
      return named({ id: fileId(path), text: decoded.text, source: path });
    } catch (err) {
      return fail(errorReason(err));
    } finally {
      await fh.close().catch(() => undefined);
    }
  }

  async function* readCorpus(path: string): AsyncGenerator<InputItem> {
    const id = await fileIdentity(path);
    if (id) options.seen?.add(id);
    const stream = createReadStream(path, { highWaterMark: 1 << 16 });
    try {
      for await (const line of readLines(stream, maxBytes)) {
        const source = `${path}:${line.number}`;
        if ('tooLong' in line) {
          yield { ok: false, source, reason: `line ${tooLarge(line.tooLong)}` };
          continue;
        }
        const item = parseCorpusLine(line.bytes, line.number, source, warn);
        if (item === undefined) continue;
        yield item.ok ? named(item.doc) : item;
      }
    } catch (err) {
      yield { ok: false, source: path, reason: errorReason(err) };
    } finally {
      stream.destroy();
    }
  }
}

/** One .jsonl line → a document, a failure, or undefined for a blank line. */
export function parseCorpusLine(
  bytes: Buffer,
  number: number,
  source: string,
  warn: (source: string, message: string) => void = () => undefined,
): InputItem | undefined {
  const fail = (reason: string): InputItem => ({ ok: false, source, reason });
  let body = bytes;
  if (number === 1 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const decoded = decodeUtf8(body);
  if (!decoded.ok) return fail(decoded.reason.replace('; re-save the file as UTF-8', ' of the line'));
  const raw = decoded.text.replace(/\r$/, '');
  if (!raw.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object like {"id": "...", "text": "..."}');
  }
  const record = value as Record<string, unknown>;
  const rawId = typeof record.id === 'number' ? String(record.id) : record.id;
  if (typeof rawId !== 'string' || !rawId.trim()) return fail('"id" is missing or not a non-empty string');
  const id = wellFormed(rawId);
  const unsafe = unsafeIdReason(id);
  if (unsafe) return fail(unsafe);
  if (typeof record.text !== 'string') return fail('"text" is missing or not a string');
  const checked = checkText(wellFormed(record.text));
  if (!checked.ok) return fail(`"text": ${checked.reason === 'empty file' ? 'empty' : checked.reason}`);
  const doc: Doc = { id, text: checked.text, source };
  if (record.date !== undefined && record.date !== null && record.date !== '') {
    const date = normalizeDate(record.date);
    if (date) doc.date = date;
    else warn(source, `"date" ${JSON.stringify(record.date)} is not YYYY, YYYY-MM or YYYY-MM-DD; ignored`);
  }
  return { ok: true, doc };
}

/** YYYY, YYYY-MM or YYYY-MM-DD (a longer ISO timestamp is cut to its date), else undefined. */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return undefined;
  if (d) {
    const days = new Date(Date.UTC(+y, +mo, 0)).getUTCDate();
    if (+d < 1 || +d > days) return undefined;
  }
  return [y, mo, d].filter(Boolean).join('-');
}

/**
 * How many documents the inputs hold, for a progress line: a cheap pass that counts the .txt files
 * of folders and the lines of corpora (blank lines included, so a corpus may count a few more).
 */
export async function countDocuments(specs: string[]): Promise<number> {
  let n = 0;
  for (const spec of specs) {
    const s = spec === '-' ? undefined : await stat(spec).catch(() => undefined);
    if (s?.isDirectory()) {
      for await (const item of walkFolder(spec, isDocument)) if (item.ok) n += isCorpus(item.path) ? await countLines(item.path) : 1;
    } else if (s?.isFile() && isCorpus(spec)) {
      n += await countLines(spec);
    } else {
      n++;
    }
  }
  return n;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
      if (chunk.length) last = chunk[chunk.length - 1];
    }
  } catch {
    return n; // unreadable: the run itself reports it
  }
  return last !== 10 ? n + 1 : n;
}

/** Why a file in a folder was not read: `.json is not a document type`, grouped in the summary by type. */
export function skipReason(path: string): string {
  const ext = extname(path).toLowerCase();
  return `${ext || 'no extension'}: not a document type`;
}
