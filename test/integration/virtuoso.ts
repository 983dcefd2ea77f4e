// Starts Debian's virtuoso-opensource for a test: a private virtuoso.ini whose database lives in
// a temp folder, SQL on a free loopback port, HTTP on 127.0.0.1:8890; stop() ends it and removes
// the folder. The system service is never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Virtuoso {
  /** http://127.0.0.1:8890 */
  url: string;
  stop(): Promise<void>;
}

const TEMPLATES = ['/etc/virtuoso-opensource-7/virtuoso.ini', '/var/lib/virtuoso-opensource-7/db/virtuoso.ini'];

export function virtuosoInstalled(): boolean {
  return existsSync('/usr/bin/virtuoso-t') && TEMPLATES.some(existsSync);
}

/** The template ini with every file under `dir` and the ports we choose. */
export function privateIni(template: string, dir: string, sqlPort: number, httpPort: number): string {
  const vad = readdirSync('/usr/share').find((d) => d.startsWith('virtuoso-opensource-'));
  return template
    .replace(/^(\s*(?:DatabaseFile|ErrorLogFile|LockFile|TransactionFile|xa_persistent_file)\s*=\s*).*\/([^/\s]+)\s*$/gm, `$1${dir}/$2`)
    .replace(/^(\[Parameters\][^[]*?^\s*ServerPort\s*=\s*).*$/m, `$1${sqlPort}`)
    .replace(/^(\[HTTPServer\][^[]*?^\s*ServerPort\s*=\s*).*$/m, `$1127.0.0.1:${httpPort}`)
    .replace(/^(\s*DirsAllowed\s*=\s*).*$/m, `$1., ${dir}${vad ? `, /usr/share/${vad}/vad` : ''}`);
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited (${child.exitCode}):\n${log()}`);
    const ok = await fetch(`${url}/sparql?query=ASK%7B%7D`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`virtuoso did not answer at ${url} within ${ms} ms:\n${log()}`);
}

export async function startVirtuoso(options: { sqlPort?: number; httpPort?: number } = {}): Promise<Virtuoso> {
  const httpPort = options.httpPort ?? 8890;
  const url = `http://127.0.0.1:${httpPort}`;
  if (await fetch(`${url}/`).then(() => true, () => false)) throw new Error(`${url} is already in use: stop what listens there first`);
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-virtuoso-'));
  const template = readFileSync(TEMPLATES.find(existsSync)!, 'utf8');
  writeFileSync(join(dir, 'virtuoso.ini'), privateIni(template, dir, options.sqlPort ?? 11111, httpPort));
  let output = '';
  const child = spawn('virtuoso-t', ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(url, child, () => output.slice(-2000), 90_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
