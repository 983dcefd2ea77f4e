// What the server accepts: request bodies up to a size, read through one function that enforces it.
import type { IncomingMessage } from 'node:http';

export interface Limits {
  /** Largest request body accepted, in bytes; larger ones get 413. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = { maxBodyBytes: 1 << 20 };

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Whether a request announces a body larger than allowed (checked before reading any of it). */
export function declaresTooLarge(req: IncomingMessage, limits: Limits): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > limits.maxBodyBytes;
}

/** Reads the whole body, failing with 413 as soon as it grows past the limit (chunked bodies too). */
export function readBody(req: IncomingMessage, limits: Limits): Promise<Buffer> {
  if (declaresTooLarge(req, limits)) return Promise.reject(new HttpError(413, 'request body too large'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(413, 'request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
