// Splits a byte stream into lines in bounded memory: a line longer than the limit is not
// kept but reported (with its number and length), and reading goes on at the next line.
import type { Readable } from 'node:stream';

export type Line =
  | { number: number; bytes: Buffer }
  | { number: number; tooLong: number };

export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipped = 0; // bytes of the current line dropped because it is too long
  let number = 1;
  const finish = (): Line => {
    const line: Line = skipped
      ? { number, tooLong: skipped + size }
      : { number, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    skipped = 0;
    number++;
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size || skipped) yield finish();

  function take(piece: Buffer) {
    if (!piece.length) return;
    if (skipped || size + piece.length > maxBytes) {
      skipped += size + piece.length;
      parts = [];
      size = 0;
    } else {
      parts.push(piece);
      size += piece.length;
    }
  }
}
