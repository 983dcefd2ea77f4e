import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAtomic, writeFileAtomic } from '../../src/io/atomic.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'ag-atomic-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('openAtomic', () => {
  it('writes nothing at the target until commit, then renames', async () => {
    const target = join(dir, 'out.ttl');
    const f = openAtomic(target);
    f.stream.write('hello ');
    f.stream.write('world');
    expect(await readdir(dir)).not.toContain('out.ttl');
    await f.commit();
    expect(await readFile(target, 'utf8')).toBe('hello world');
    expect(await readdir(dir)).toEqual(['out.ttl']);
  });

  it('abort leaves the previous file intact and removes the temp file', async () => {
    const target = join(dir, 'out.ttl');
    await writeFile(target, 'old');
    const f = openAtomic(target);
    f.stream.write('half of the new');
    await f.abort();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.ttl']);
  });

  it('commit rejects when the folder does not exist, and leaves nothing', async () => {
    const f = openAtomic(join(dir, 'missing', 'out.ttl'));
    f.stream.write('x');
    await expect(f.commit()).rejects.toThrow(/ENOENT/);
    await f.abort();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writeFileAtomic replaces content', async () => {
    const target = join(dir, 'a.nt');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.nt']);
  });
});
