// Atomic file output: write to a temp file beside the target, rename it over the target on
// commit. A reader never sees a half-written file, and a failed run leaves the old file intact.
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { finished } from 'node:stream/promises';

export interface AtomicFile {
  /** Write the content here. */
  stream: WriteStream;
  /** The final path (after commit). */
  path: string;
  /** The temp file being written (same folder, so that rename is atomic). */
  tempPath: string;
  /** Ends the stream if needed, flushes it to disk and renames it over `path`. */
  commit(): Promise<void>;
  /** Discards the temp file; `path` is left as it was. Safe to call after a failed commit. */
  abort(): Promise<void>;
}

/** The temp name used for `path`: hidden, unique per call, ending in .tmp (git-ignored). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Temp files not yet committed or aborted, for removeTempFilesSync. */
const open_ = new Set<string>();

/** Removes every temp file still being written (on SIGINT/SIGTERM, before exiting). */
export function removeTempFilesSync(): void {
  for (const p of open_) {
    try { unlinkSync(p); } catch { /* already gone */ }
  }
  open_.clear();
}

export function openAtomic(path: string): AtomicFile {
  const tempPath = tempPathFor(path);
  open_.add(tempPath);
  // 'wx': never follow or reuse an existing file at the temp name.
  const stream = createWriteStream(tempPath, { flags: 'wx' });
  let error: Error | undefined;
  stream.on('error', (err) => { error ??= err; });
  let state: 'open' | 'committed' | 'aborted' = 'open';

  const removeTemp = async () => {
    try { await unlink(tempPath); } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  };

  return {
    stream,
    path,
    tempPath,
    async commit() {
      if (state !== 'open') throw new Error(`atomic write of ${path}: already ${state}`);
      try {
        if (!stream.writableEnded) stream.end();
        await finished(stream);
        if (error) throw error;
        const handle = await open(tempPath, 'r+');
        try { await handle.sync(); } finally { await handle.close(); }
        await rename(tempPath, path);
        open_.delete(tempPath);
        state = 'committed';
      } catch (err) {
        state = 'aborted';
        stream.destroy();
        await removeTemp().catch(() => undefined);
        open_.delete(tempPath);
        throw err;
      }
    },
    async abort() {
      if (state === 'committed') return;
      state = 'aborted';
      if (!stream.destroyed) {
        stream.destroy();
        await finished(stream).catch(() => undefined);
      }
      await removeTemp();
      open_.delete(tempPath);
    },
  };
}

/**
 * Writes a whole string atomically: a temp file, flushed, renamed over `path`. No stream: a small
 * file costs one open, one write, one flush and one rename, and several can be under way at once.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tempPath = tempPathFor(path);
  open_.add(tempPath);
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(content);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, path);
  } catch (err) {
    await unlink(tempPath).catch(() => undefined);
    throw err;
  } finally {
    open_.delete(tempPath);
  }
}

/**
 * Flushes a folder's entries (the renames into it) to disk: once for a batch of files, not once
 * per file. Where the platform cannot open or flush a folder, nothing more can be done: not an error.
 */
export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EBADF', 'ENOTSUP', 'EACCES'].includes(code ?? '')) throw err;
  } finally {
    await handle?.close();
  }
}
