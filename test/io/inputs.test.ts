import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, normalizeDate, type InputItem, type InputOptions } from '../../src/io/inputs.ts';

const HOSTILE = 'test/fixtures/hostile';
const TEXT = 'Pakistan Prime Minister Imran Khan visited Russia in February 2022. He met President Vladimir Putin in Moscow.\n';

async function collect(specs: string[], options: InputOptions = {}) {
  const items: InputItem[] = [];
  const warnings: string[] = [];
  for await (const item of readInputs(specs, { warn: (s, m) => warnings.push(`${s}: ${m}`), ...options })) items.push(item);
  return { items, warnings, docs: items.flatMap((i) => (i.ok ? [i.doc] : [])), failures: items.flatMap((i) => (i.ok ? [] : [`${i.source}: ${i.reason}`])) };
}

async function one(file: string) {
  const [item] = (await collect([join(HOSTILE, file)])).items;
  return item;
}

describe('hostile single files', () => {
  it.each([
    ['empty.txt', /: empty file$/],
    ['whitespace-only.txt', /: whitespace only, no text$/],
    ['nul-bytes.txt', /: binary file \(NUL byte at offset 40\), skipped$/],
    ['image.png.txt', /: binary file \(PNG image\), skipped$/],
    ['invalid-utf8.txt', /: invalid UTF-8 at byte 25 \(0xc3\); re-save the file as UTF-8$/],
    ['latin1.txt', /: invalid UTF-8 at byte 5 \(0xe9\)/],
    ['utf16-no-bom.txt', /: looks like UTF-16 without a byte-order mark; re-save the file as UTF-8$/],
  ])('%s is refused with a reason naming the file', async (file, reason) => {
    const item = await one(file);
    expect(item.ok).toBe(false);
    if (item.ok) return;
    expect(`${item.source}: ${item.reason}`).toMatch(new RegExp(`^${HOSTILE}/${file.replace(/\./g, '\\.')}${reason.source}`));
  });

  it.each(['utf16le-bom.txt', 'utf16be-bom.txt', 'utf8-bom.txt'])('%s is decoded (BOM removed)', async (file) => {
    const item = await one(file);
    expect(item.ok && item.doc.text).toBe(TEXT);
  });

  it('keeps Windows line endings, so offsets are into the text as read', async () => {
    const item = await one('crlf.txt');
    expect(item.ok && item.doc.text).toBe(TEXT.replace('\n', '\r\n').repeat(2));
    expect(item.ok && item.doc.id).toBe('crlf');
  });

  it('reduces an HTML page to its text, without scripts, styles, comments', async () => {
    const item = await one('page.html');
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.doc.id).toBe('page');
    expect(item.doc.text).toContain('Pakistan Prime Minister Imran Khan visited Russia in February 2022.');
    expect(item.doc.text).toContain('He met President Vladimir Putin in Moscow & discussed the “Kashmir issue”.');
    expect(item.doc.text).not.toMatch(/Biden|Merkel|font|Enable JavaScript|<|>/);
    expect((await one('html-in-txt.txt')).ok && (await one('html-in-txt.txt') as { doc: { text: string } }).doc.text).toBe('Imran Khan visited Russia.');
  });

  it('does not take prose with angle brackets for HTML', async () => {
    const item = await one('prose-with-angle-brackets.txt');
    expect(item.ok && item.doc.text).toContain('a<b and that <html> tags');
  });

  it('reports a missing path and goes on', async () => {
    const { failures, docs } = await collect(['no/such/file.txt', join(HOSTILE, 'utf8-bom.txt')]);
    expect(failures).toEqual(['no/such/file.txt: no such file or folder']);
    expect(docs.map((d) => d.id)).toEqual(['utf8-bom']);
  });

  it('reads stdin as one document', async () => {
    const { docs } = await collect(['-'], { stdin: Readable.from([Buffer.from('\ufeffImran Khan '), Buffer.from('visited Russia.')]) });
    expect(docs).toEqual([{ id: 'stdin', text: 'Imran Khan visited Russia.', source: 'stdin' }]);
  });

  it('refuses stdin above the size limit', async () => {
    const { failures } = await collect(['-'], { stdin: Readable.from([Buffer.alloc(600, 65), Buffer.alloc(600, 65)]), maxBytes: 1000 });
    expect(failures).toEqual(['stdin: too large: 1,200 bytes, the limit is 1,000 (see --max-bytes)']);
  });
});

describe('the malformed corpus', () => {
  it('yields every good line, a failure with its line number for every bad one, and warnings', async () => {
    const path = join(HOSTILE, 'corpus-malformed.jsonl');
    const { docs, failures, warnings } = await collect([path]);
    expect(docs.map((d) => [d.id, d.source, d.date])).toEqual([
      ['ok-1', `${path}:1`, '2022-02-23'],
      ['ok-2', `${path}:2`, undefined],
      ['ok-1-2', `${path}:10`, undefined],
      ['bad-date', `${path}:12`, undefined],
      ['a:b*c?', `${path}:13`, undefined],
      ['42', `${path}:14`, undefined],
      ['crlf', `${path}:15`, undefined],
      ['last', `${path}:17`, undefined],
    ]);
    expect(docs.find((d) => d.id === 'crlf')!.text).toBe('Putin met Khan.');
    expect(failures.map((f) => f.slice(path.length))).toEqual([
      expect.stringMatching(/^:3: not valid JSON \(/),
      ':4: expected a JSON object like {"id": "...", "text": "..."}',
      ':5: "id" is missing or not a non-empty string',
      ':6: "text" is missing or not a string',
      ':7: "text": whitespace only, no text',
      ':8: id "../../x" tries to escape the output folder ("..")',
      ':9: id "/etc/passwd" is an absolute path',
      ':16: invalid UTF-8 at byte 28 (0xe9) of the line',
    ]);
    expect(warnings).toEqual([
      `${path}:10: duplicate id "ok-1" renamed to "ok-1-2"`,
      `${path}:12: "date" "23/02/2022" is not YYYY, YYYY-MM or YYYY-MM-DD; ignored`,
    ]);
  });

  it('normalizes dates', () => {
    expect(normalizeDate('2022-02-23T10:00:00Z')).toBe('2022-02-23');
    expect(normalizeDate(2022)).toBe('2022');
    expect(normalizeDate('2022-02')).toBe('2022-02');
    expect(normalizeDate('2022-02-30')).toBeUndefined();
    expect(normalizeDate('2022-13')).toBeUndefined();
    expect(normalizeDate('yesterday')).toBeUndefined();
  });
});

describe('generated hostile inputs', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'ag-inputs-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('refuses a 100 MB single-line file after a stat, without reading it', async () => {
    const path = join(dir, 'huge.txt');
    const fh = await open(path, 'w');
    await fh.truncate(100 * 1024 * 1024); // sparse: 100 MB without writing them
    await fh.close();
    const before = process.memoryUsage().rss;
    const { failures } = await collect([path]);
    expect(failures).toEqual([`${path}: too large: 104,857,600 bytes, the limit is 20,971,520 (see --max-bytes)`]);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('skips a 100 MB .jsonl line in bounded memory and reads the lines around it', async () => {
    const path = join(dir, 'huge.jsonl');
    const fh = await open(path, 'w');
    await fh.write('{"id": "before", "text": "Imran Khan visited Russia."}\n{"id": "huge", "text": "');
    const block = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 100; i++) await fh.write(block);
    await fh.write('"}\n{"id": "after", "text": "Putin met Khan."}\n');
    await fh.close();
    const { docs, failures } = await collect([path], { maxBytes: 1024 * 1024 });
    expect(docs.map((d) => d.id)).toEqual(['before', 'after']);
    expect(failures).toEqual([`${path}:2: line too large: 104,857,626 bytes, the limit is 1,048,576 (see --max-bytes)`]);
  });

  it('walks a folder in order, through a symlink loop and an unreadable file, without stopping', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'sub', 'deeper'), { recursive: true });
    await writeFile(join(root, 'b.txt'), 'Putin met Khan.');
    await writeFile(join(root, 'a.txt'), 'Imran Khan visited Russia.');
    await writeFile(join(root, 'notes.md'), 'not read');
    await writeFile(join(root, '.hidden.txt'), 'not read');
    await writeFile(join(root, 'sub', 'c.txt'), 'Khan visited Moscow.');
    await writeFile(join(root, 'sub', 'deeper', 'a.txt'), 'Same name, other folder.');
    await symlink('..', join(root, 'sub', 'deeper', 'loop'));
    await symlink('missing.txt', join(root, 'broken.txt'));
    await writeFile(join(root, 'locked.txt'), 'secret');
    await chmod(join(root, 'locked.txt'), 0o000);
    const { docs, failures, warnings } = await collect([root]);
    expect(docs.map((d) => [d.id, d.source])).toEqual([
      ['a', join(root, 'a.txt')],
      ['b', join(root, 'b.txt')],
      ...(process.getuid?.() === 0 ? [['locked', join(root, 'locked.txt')]] : []),
      ['c', join(root, 'sub', 'c.txt')],
      ['a-2', join(root, 'sub', 'deeper', 'a.txt')],
    ]);
    expect(failures).toEqual([
      `${join(root, 'broken.txt')}: no such file or folder`,
      ...(process.getuid?.() === 0 ? [] : [`${join(root, 'locked.txt')}: permission denied`]),
    ]);
    expect(warnings).toContain(`${join(root, 'sub', 'deeper', 'loop')}: symlink to a folder already read (a loop?), not followed`);
  });

  it('reads the corpora and pages of a folder beside its .txt files, and reports what it skipped', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    await writeFile(join(mixed, 'a.txt'), 'Imran Khan visited Russia.');
    await writeFile(join(mixed, 'corpus.jsonl'), '{"id": "c1", "text": "Putin met Modi."}\n{"id": "c2", "text": "Xi visited Moscow."}\n');
    await writeFile(join(mixed, 'page.html'), '<!doctype html><html><body><p>Modi visited Kyiv.</p></body></html>');
    await writeFile(join(mixed, 'a.json'), '{}');
    await writeFile(join(mixed, 'notes.md'), '# notes');
    const skipped: string[] = [];
    const docs: string[] = [];
    for await (const item of readInputs([mixed], { skip: (source, why) => skipped.push(`${source}: ${why}`) })) if (item.ok) docs.push(item.doc.id);
    expect(docs).toEqual(['a', 'c1', 'c2', 'page']);
    expect(skipped).toEqual([`${join(mixed, 'a.json')}: .json: not a document type`, `${join(mixed, 'notes.md')}: .md: not a document type`]);
  });

  it('refuses a FIFO in a folder instead of waiting on it, and reports an empty folder', async () => {
    await mkdir(join(dir, 'fifos'));
    const fifo = join(dir, 'fifos', 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await writeFile(join(dir, 'fifos', 'real.txt'), 'Imran Khan visited Russia.');
    await mkdir(join(dir, 'empty-folder'));
    const { failures, docs } = await collect([join(dir, 'fifos'), join(dir, 'empty-folder')]);
    expect(failures).toEqual([
      `${fifo}: not a regular file (a device, FIFO or socket), skipped`,
      `${join(dir, 'empty-folder')}: no documents in this folder (.txt, .jsonl, .ndjson, .html, .htm)`,
    ]);
    expect(docs.map((d) => d.id)).toEqual(['real']);
  });

  it('reads a pipe named on the command line (process substitution), within the size limit', async () => {
    const fifo = join(dir, 'named-pipe');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf 'Imran Khan visited Russia.' > '${fifo}'`]);
    const exited = once(writer, 'exit');
    const { docs } = await collect([fifo]);
    expect(docs).toEqual([{ id: 'named-pipe', text: 'Imran Khan visited Russia.', source: fifo }]);
    await exited;
    const { failures } = await collect(['/dev/zero'], { maxBytes: 100_000 });
    expect(failures[0]).toMatch(/^\/dev\/zero: too large: [\d,]+ bytes, the limit is 100,000/);
  });
});

describe('invalidUtf8Offset agrees with the platform', async () => {
  const fc = (await import('fast-check')).default;
  const { isUtf8 } = await import('node:buffer');
  const { invalidUtf8Offset } = await import('../../src/io/decode.ts');
  it('finds an error exactly when Buffer.isUtf8 does, and the prefix before it is valid', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      const at = invalidUtf8Offset(bytes);
      expect(at < 0).toBe(isUtf8(bytes));
      if (at >= 0) expect(isUtf8(bytes.subarray(0, at))).toBe(true);
    }), { numRuns: 2000 });
  });
});

describe('countDocuments', () => {
  it('counts files, the .txt files of folders and the lines of corpora', async () => {
    const { countDocuments } = await import('../../src/io/inputs.ts');
    // hostile/: 13 .txt files, page.html and the corpus: 17 lines (one blank) and no final newline
    expect(await countDocuments([HOSTILE, `${HOSTILE}/corpus-malformed.jsonl`, `${HOSTILE}/page.html`, '-'])).toBe((13 + 1 + 17) + 17 + 1 + 1);
  });
});

describe('formatCount', () => {
  it('groups thousands as en-US does', async () => {
    const { formatCount } = await import('../../src/io/numbers.ts');
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 20971520, -4500, 1.5]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
