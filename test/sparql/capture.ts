// Captured stdout and stderr for running a command in-process.
import { PassThrough } from 'node:stream';

export function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (d) => (text.out += d));
  stderr.on('data', (d) => (text.err += d));
  return { io: { stdout, stderr, stdin: process.stdin }, text };
}
