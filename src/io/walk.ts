// Walks a folder lazily, in sorted order (so runs are deterministic), yielding the files a
// test accepts. Symlinks are followed, but a folder is entered only once: a symlink loop is
// reported, not followed. Hidden entries (.git, .name.tmp) are skipped. Unreadable folders and broken links are reported and skipped.
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkItem =
  | { ok: true; path: string }
  | { ok: false; path: string; reason: string; warning?: boolean }
  /** A file the test does not accept: not read, but counted, so that a run can say what it left out. */
  | { ok: false; path: string; reason: string; skipped: true };

export function errorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symlink loop';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ENOSPC': return 'no space left on device';
    case 'EROFS': return 'read-only file system';
    case 'EPIPE': return 'the reader closed the pipe';
    default: return e.message ?? String(err);
  }
}

export async function* walkFolder(root: string, accept: (name: string) => boolean): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  const rootStat = await stat(root);
  seen.add(`${rootStat.dev}:${rootStat.ino}`);
  yield* walk(root);

  async function* walk(dir: string): AsyncGenerator<WalkItem> {
    let names: string[];
    try {
      names = [];
      for await (const entry of await opendir(dir)) names.push(entry.name);
    } catch (err) {
      yield { ok: false, path: dir, reason: `cannot read folder: ${errorReason(err)}` };
      return;
    }
    names.sort();
    for (const name of names) {
      if (name.startsWith('.')) continue; // hidden files and folders (.git, temp files)
      const path = join(dir, name);
      let s;
      try {
        s = await stat(path);
      } catch (err) {
        if (accept(name)) yield { ok: false, path, reason: errorReason(err) };
        continue;
      }
      if (s.isDirectory()) {
        const key = `${s.dev}:${s.ino}`;
        if (seen.has(key)) {
          yield { ok: false, path, reason: 'symlink to a folder already read (a loop?), not followed', warning: true };
          continue;
        }
        seen.add(key);
        yield* walk(path);
      } else if (accept(name)) {
        yield { ok: true, path };
      } else {
        yield { ok: false, path, reason: 'not a document type', skipped: true };
      }
    }
  }
}
