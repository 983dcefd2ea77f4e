// A corpus far larger than what memory may grow by goes through in bounded memory: documents are
// streamed from the .jsonl file and written as they are done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { run } from './helpers.ts';

const DOCS = 1500;
const FILLER = 'The talks went on late into the night. '.repeat(1000); // ~40 KB a document

let dir: string;
let corpus: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ag-stream-'));
  corpus = join(dir, 'corpus.jsonl');
  const out = createWriteStream(corpus);
  for (let i = 0; i < DOCS; i++) {
    const line = JSON.stringify({ id: `doc-${i}`, text: `Imran Khan visited Russia in ${1990 + (i % 30)}. ${FILLER}` }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('streaming a large corpus', () => {
  it(`extracts ${DOCS} documents (${Math.round((DOCS * FILLER.length) / 2 ** 20)} MB) to one N-Triples file without holding them`, async () => {
    expect((await stat(corpus)).size).toBeGreaterThan(55 * 2 ** 20);
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 20);
    const r = await run([corpus, '-o', join(dir, 'out.nt'), '-q']);
    clearInterval(timer);
    expect(r.code).toBe(0);
    expect(r.lines.at(-1)).toMatch(new RegExp(`: ${DOCS.toLocaleString('en-US')} documents, ${DOCS.toLocaleString('en-US')} facts, 0 failed`));
    // Holding the documents would take more than the corpus' 56 MB.
    expect(peak - before).toBeLessThan(40 * 2 ** 20);
  });

  it('writes one file per line with --out-dir', async () => {
    const small = join(dir, 'small.jsonl');
    await writeFile(small, Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'Imran Khan visited Russia.' })).join('\n'));
    const r = await run([small, '--out-dir', join(dir, 'out'), '-q', '-f', 'ntriples']);
    expect(r.code).toBe(0);
    expect((await readdir(join(dir, 'out'))).length).toBe(100);
  });
});
