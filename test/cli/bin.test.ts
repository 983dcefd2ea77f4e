// The real command, spawned as a user runs it: exit codes and streams end to end.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HOSTILE = 'test/fixtures/hostile';
const actorgraph = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/actorgraph.mjs', ...args], { encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('actorgraph extract, spawned', () => {
  it('--help exits 0', () => {
    const r = actorgraph(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: actorgraph extract');
  });

  it('a usage error exits 2', () => {
    const r = actorgraph(['extract', '--format', 'xml', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('actorgraph extract: unknown format "xml"');
  });

  it('exits 0 when every input is read, with Turtle on stdout', () => {
    const r = actorgraph(['extract', '-'], 'Pakistan Prime Minister Imran Khan visited Russia in February 2022.');
    expect(r.stderr).toMatch(/^actorgraph extract: 1 document, \d+ facts?, 0 failed \(\d+\.\d s\)\n$/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('@prefix ag: <https://w3id.org/actorgraph/ns#>');
  });

  it('exits 1 when an input failed, after processing the others', () => {
    const r = actorgraph(['extract', `${HOSTILE}/empty.txt`, '-'], 'Imran Khan met Vladimir Putin in Moscow.');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`actorgraph extract: ${HOSTILE}/empty.txt: empty file\n`);
    expect(r.stderr).toMatch(/actorgraph extract: 1 document, \d+ facts?, 1 failed/);
  });
});

// Permission errors cannot be produced as root (root reads everything): there, run as nobody.
// nobody must reach the CLI and a temp folder: a clone or temp folder under a 0700 home cannot
// be entered by other users, and then the test says why it is skipped instead of failing.
const asRoot = process.getuid?.() === 0;
const hasRunuser = asRoot && spawnSync('runuser', ['--help'], { stdio: 'ignore' }).status === 0;
const asNobody = (args: string[]) => spawnSync('runuser', ['-u', 'nobody', '--', ...args], { encoding: 'utf8' });
const nobodyTemp = hasRunuser ? [tmpdir(), '/tmp', '/var/tmp'].find((d) => asNobody(['test', '-w', d, '-a', '-x', d]).status === 0) : undefined;
const nobodyRuns = hasRunuser && asNobody([process.execPath, 'bin/actorgraph.mjs', '--help']).status === 0;
const skipWhy = !asRoot ? 'not root'
  : !hasRunuser ? 'no runuser'
  : !nobodyRuns ? `nobody cannot run ${resolve('bin/actorgraph.mjs')} (a folder on its path is closed to other users)`
  : !nobodyTemp ? 'no temp folder nobody can write'
  : undefined;

describe.skipIf(skipWhy !== undefined)(`unreadable inputs (run as nobody${skipWhy ? `; skipped: ${skipWhy}` : ''})`, () => {
  it('reports an unreadable file and folder, and extracts the rest', async () => {
    const { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(nobodyTemp!, 'ag-perm-'));
    try {
      chmodSync(dir, 0o755);
      writeFileSync(join(dir, 'a.txt'), 'Imran Khan visited Russia.');
      writeFileSync(join(dir, 'locked.txt'), 'secret');
      chmodSync(join(dir, 'locked.txt'), 0);
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'b.txt'), 'hidden');
      chmodSync(join(dir, 'sub'), 0);
      const r = asNobody([process.execPath, 'bin/actorgraph.mjs', 'extract', dir, '-q', '-j', '1']);
      expect(r.stderr).toContain(`actorgraph extract: ${join(dir, 'locked.txt')}: permission denied\n`);
      expect(r.stderr).toContain(`actorgraph extract: ${join(dir, 'sub')}: cannot read folder: permission denied\n`);
      expect(r.stderr).toMatch(/: 1 document, \d+ facts?, 2 failed/);
      expect(r.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
