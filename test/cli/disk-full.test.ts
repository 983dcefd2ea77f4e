// A disk that fills up mid-write: the run ends with the error, no half-written or temp file is
// left, and nothing hangs. Needs a tiny tmpfs, so only where the tests may mount one (root).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers.ts';

const base = mkdtempSync(join(tmpdir(), 'ag-full-'));
const tiny = join(base, 'tiny');
const mounted = process.getuid?.() === 0
  && spawnSync('mkdir', [tiny]).status === 0
  && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', tiny], { stdio: 'ignore' }).status === 0;

beforeAll(() => {
  for (let i = 0; i < 30; i++) writeFileSync(join(base, `d${i}.txt`), 'Imran Khan visited Russia. '.repeat(40));
});
afterAll(() => {
  if (mounted) spawnSync('umount', [tiny]);
  rmSync(base, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
  it('-o: one error, exit 1, no file and no temp file left', async () => {
    const r = await run([base, '-o', join(tiny, 'g.ttl'), '-q']);
    expect(r.code).toBe(1);
    expect(r.lines).toContain(`actorgraph extract: ${join(tiny, 'g.ttl')}: cannot write output: no space left on device`);
    expect(readdirSync(tiny)).toEqual([]);
  });

  it('--out-dir: the files that fit are whole, the others fail, no temp file left', async () => {
    const r = await run([base, '--out-dir', join(tiny, 'out'), '-q', '-f', 'ntriples']);
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.endsWith('cannot write output: no space left on device')).length).toBeGreaterThan(0);
    expect(readdirSync(join(tiny, 'out')).every((f) => /^d\d+\.nt$/.test(f))).toBe(true);
  });
});
