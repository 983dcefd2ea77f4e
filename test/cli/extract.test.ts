import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeExtract, parse, run } from './helpers.ts';

const HOSTILE = 'test/fixtures/hostile';
const SUMMARY = /^actorgraph extract: (\d+) documents?, (\d+) facts?, (\d+) failed(?:, \d+ files? skipped \([^)]*\))? \(\d+\.\d s\)$/;

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'ag-cli-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('usage', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: actorgraph extract <input>\.\.\. \[options\]/);
    expect(r.stdout).toContain('--out-dir DIR');
  });

  it.each([
    [[], 'no input given (a .txt file, a folder, a .jsonl corpus or - for stdin)'],
    [['x.txt', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['x.txt', '--format', 'rdfxml'], 'unknown format "rdfxml" (one of turtle, ntriples, nquads, trig, jsonld)'],
    [['x.txt', '-o', 'a.ttl', '--out-dir', 'd'], '-o and --out-dir cannot be used together'],
    [['-', '-'], 'standard input (-) given more than once'],
    [['x.txt', '--base', 'not an iri'], '--base "not an iri" is not an absolute IRI ending in / or #'],
    [['x.txt', '--base', 'https://example.org/id'], '--base "https://example.org/id" is not an absolute IRI ending in / or #'],
    [['x.txt', '--max-bytes', 'lots'], '--max-bytes "lots" is not a size (e.g. 5000000, 512K, 20M)'],
    [['x.txt', '-o', HOSTILE], `-o ${HOSTILE} is a folder (use --out-dir for one file per document)`],
    [[`${HOSTILE}/crlf.txt`, '-o', `${HOSTILE}/crlf.txt`], `-o ${HOSTILE}/crlf.txt is one of the inputs; refusing to write over it`],
    [[HOSTILE, '-o', `${HOSTILE}/new.txt`], `-o ${HOSTILE}/new.txt is inside the input folder ${HOSTILE}; refusing to write a .txt file there (the folder's .txt files are inputs)`],
    [[HOSTILE, '-o', `${HOSTILE}/all.jsonl`], `-o ${HOSTILE}/all.jsonl is inside the input folder ${HOSTILE}; refusing to write a .jsonl file there (the folder's .jsonl files are inputs)`],
    [['x.txt', '--out-dir', `${HOSTILE}/crlf.txt`], `--out-dir ${HOSTILE}/crlf.txt is a file, not a folder`],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe(`actorgraph extract: ${message}`);
    expect(r.stdout).toBe('');
  });
});

describe('inputs to one graph', () => {
  it('reads stdin and writes Turtle on stdout, with a summary', async () => {
    const r = await run(['-'], { stdin: 'Imran Khan visited Russia. Then he went home.' });
    expect(r.code).toBe(0);
    const quads = parse(r.stdout);
    expect(quads.some((q) => q.predicate.value.endsWith('#visited'))).toBe(true);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(SUMMARY);
    expect(r.lines[0]).toMatch(/: 1 document, 1 fact, 0 failed/);
  });

  it('goes through the hostile folder: a line per failure, exit 1, every good document written', async () => {
    // the folder's .txt files, its page.html and its corpus-malformed.jsonl; README.md and a .ttl skipped
    const r = await run([HOSTILE, '-q']);
    expect(r.code).toBe(1);
    const failures = r.lines.filter((l) => !SUMMARY.test(l));
    expect(failures).toEqual(expect.arrayContaining([
      `actorgraph extract: ${HOSTILE}/empty.txt: empty file`,
      `actorgraph extract: ${HOSTILE}/image.png.txt: binary file (PNG image), skipped`,
      `actorgraph extract: ${HOSTILE}/invalid-utf8.txt: invalid UTF-8 at byte 25 (0xc3); re-save the file as UTF-8`,
      `actorgraph extract: ${HOSTILE}/corpus-malformed.jsonl:8: id "../../x" tries to escape the output folder ("..")`,
    ]));
    expect(failures).toHaveLength(7 + 8); // 7 bad .txt files, 8 bad .jsonl lines; no warnings with -q
    expect(r.lines.at(-1)).toContain(', 2 files skipped (1 .md: not a document type; 1 .ttl: not a document type)');
    const [, docs, , failed] = SUMMARY.exec(r.lines.at(-1)!)!;
    expect(Number(failed)).toBe(15);
    expect(Number(docs)).toBe(6 + 1 + 8);
    const text = r.stdout;
    parse(text);
    expect(text).toContain('"crlf"'); // a document of the folder
    expect(text).toContain('"ok-2"'); // a line of the corpus
  });

  it('a throwing extractor fails that document only', async () => {
    const extract = (doc: Parameters<typeof fakeExtract>[0]) => {
      if (doc.text.includes('boom')) throw new Error('kaboom');
      return fakeExtract(doc);
    };
    await writeFile(join(dir, 'a.txt'), 'boom');
    await writeFile(join(dir, 'b.txt'), 'Imran Khan visited Russia.');
    const r = await run([dir], { extract });
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe(`actorgraph extract: ${join(dir, 'a.txt')}: extractor error: kaboom`);
    expect(r.lines[1]).toMatch(/: 1 document, 1 fact, 1 failed/);
  });

  it('-o writes one file atomically, its format from the extension', async () => {
    await writeFile(join(dir, 'a.txt'), 'Imran Khan visited Russia.');
    await writeFile(join(dir, 'empty.txt'), '');
    const out = join(dir, 'graph.nt');
    const r = await run([dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const text = await readFile(out, 'utf8');
    expect(parse(text, 'N-Triples').length).toBeGreaterThan(5);
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'empty.txt', 'graph.nt']);
  });

  it('-o into a folder that does not exist is a usage error', async () => {
    await writeFile(join(dir, 'a.txt'), 'Imran Khan visited Russia.');
    const r = await run([join(dir, 'a.txt'), '-o', join(dir, 'missing', 'graph.ttl')]);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe(`actorgraph extract: -o ${join(dir, 'missing', 'graph.ttl')}: its folder does not exist`);
  });
});

describe('--out-dir', () => {
  it('writes one file per document named by its id, sanitized, never outside the folder', async () => {
    const out = join(dir, 'out');
    const r = await run([`${HOSTILE}/corpus-malformed.jsonl`, `${HOSTILE}/crlf.txt`, '--out-dir', out, '--format', 'ntriples']);
    expect(r.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual([
      '42.nt', 'a_b_c_.nt', 'bad-date.nt', 'crlf-2.nt', 'crlf.nt', 'last.nt', 'ok-1-2.nt', 'ok-1.nt', 'ok-2.nt',
    ]);
    expect(await readdir(dir)).toEqual(['out']);
    for (const f of await readdir(out)) parse(await readFile(join(out, f), 'utf8'), 'N-Triples');
    expect(r.lines).toContain(`actorgraph extract: warning: ${HOSTILE}/crlf.txt: duplicate id "crlf" renamed to "crlf-2"`);
  });

  it('gives ids that differ only in case or unsafe characters different file names', async () => {
    const corpus = join(dir, 'c.jsonl');
    await writeFile(corpus, ['A', 'a', 'x/y', 'x_y', 'CON', '.hidden'].map((id) => JSON.stringify({ id, text: 'Imran Khan visited Russia.' })).join('\n'));
    const r = await run([corpus, '--out-dir', join(dir, 'out'), '-q']);
    expect(r.code).toBe(0);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['A.ttl', '_CON.ttl', '_hidden.ttl', 'a-2.ttl', 'x_y-2.ttl', 'x_y.ttl']);
  });

  it('never writes over an input file', async () => {
    await mkdir(join(dir, 'out'));
    const input = join(dir, 'out', 'src.ttl');
    await writeFile(input, 'Imran Khan visited Russia, in a text file that looks like output.');
    const r = await run([input, '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe(`actorgraph extract: ${input}: cannot write output: refusing to write over input file ${input}`);
    expect(await readFile(input, 'utf8')).toMatch(/^Imran Khan visited Russia, in a text file/);
    expect(await readdir(join(dir, 'out'))).toEqual(['src.ttl']);
  });
});

describe('the worker pool', () => {
  it('gives the same bytes with --jobs 2 (worker threads) as in this thread', async () => {
    const { runExtract } = await import('../../src/cli/extract.ts');
    const { extract } = await import('../../src/pipeline.ts');
    const seed = await readFile('seeds/000_7dbc5fa66e82dbcb.txt', 'utf8');
    const sentences = seed.split(/(?<=\.)\s+/);
    for (let i = 0; i < 6; i++) await writeFile(join(dir, `d${i}.txt`), sentences.slice(i * 3, i * 3 + 5).join(' '));
    await writeFile(join(dir, 'empty.txt'), '');
    const inThread = await run([dir, '-f', 'nquads'], { extract });
    const { Writable, Readable } = await import('node:stream');
    let out = '';
    let err = '';
    const code = await runExtract([dir, '-f', 'nquads', '--jobs', '2'], {
      stdin: Readable.from([]),
      stdout: new Writable({ write(c, _e, done) { out += c; done(); } }),
      stderr: new Writable({ write(c, _e, done) { err += c; done(); } }),
    });
    expect(code).toBe(1);
    expect(inThread.code).toBe(1);
    expect(out).toBe(inThread.stdout);
    expect(err.replace(/\(\d+\.\d s\)/, '')).toBe(inThread.stderr.replace(/\(\d+\.\d s\)/, ''));
  });
});

describe('stdout closed by its reader (| head)', () => {
  it('stops, prints only the summary and exits 1 instead of hanging', async () => {
    const { runExtract } = await import('../../src/cli/extract.ts');
    const { Writable, Readable } = await import('node:stream');
    for (let i = 0; i < 20; i++) await writeFile(join(dir, `d${i}.txt`), 'Imran Khan visited Russia. '.repeat(50));
    let writes = 0;
    let err = '';
    const stdout = new Writable({
      highWaterMark: 16,
      write(_c, _e, done) {
        if (++writes < 3) return done();
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const code = await runExtract([dir, '-f', 'ntriples'], {
      stdin: Readable.from([]), stdout, extract: fakeExtract,
      stderr: new Writable({ write(c, _e, done) { err += c; done(); } }),
    });
    expect(code).toBe(1);
    expect(err).toMatch(/^actorgraph extract: \d+ documents?, \d+ facts?, 0 failed \(\d+\.\d s\)\n$/);
  });
});
