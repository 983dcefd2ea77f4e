// Property tests of the input layer: decoding never throws and agrees with the platform, file
// names made from any id are safe and distinct, the line reader splits any chunking the same way,
// and the HTML reducer stays linear on pathological pages.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { decodeDocument } from '../../src/io/decode.ts';
import { htmlToText } from '../../src/io/html.ts';
import { fileStem, unsafeIdReason, UniqueNames } from '../../src/io/ids.ts';
import { readLines } from '../../src/io/lines.ts';

describe('decodeDocument', () => {
  it('never throws; what it accepts is exactly the UTF-8 decoding (minus a BOM) or an HTML page\'s text', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s))), (bytes) => {
      const d = decodeDocument(bytes);
      if (!d.ok) {
        expect(d.reason.length).toBeGreaterThan(0);
        return;
      }
      expect(d.text.trim()).not.toBe('');
      if (!d.note && bytes[0] !== 0xff && bytes[0] !== 0xfe) {
        expect(d.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      }
    }), { numRuns: 1000 });
  });

  it('decodes any text written as UTF-16 with a BOM', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && !/^\s*</.test(s)), (text) => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const d = decodeDocument(le);
      expect(d.ok && d.text).toBe(text);
    }), { numRuns: 300 });
  });
});

describe('file names from ids', () => {
  const id = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom('中', '😀', 'a', 'é'), minLength: 100, maxLength: 300 }),
    fc.array(fc.constantFrom('..', '.', '/', '\\', 'a', 'CON', 'nul', ':', ' ', 'É', 'e\u0301', '*', '\u0000'), { maxLength: 12 }).map((p) => p.join('')),
  );

  it('are never a path, hidden, empty, reserved or too long', () => {
    fc.assert(fc.property(id, (s) => {
      const stem = fileStem(s);
      expect(stem).not.toMatch(/[\u0000-\u001f\u007f/\\:*?"<>|]/);
      expect(stem).not.toMatch(/^[.\s]|[.\s]$/);
      expect(stem).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i);
      expect(stem.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(120);
    }), { numRuns: 1000 });
  });

  it('an id is refused exactly when it has a .. segment or is absolute', () => {
    fc.assert(fc.property(id, (s) => {
      const escapes = s.split(/[\\/]/).includes('..') || /^[\\/]/.test(s) || /^[a-z]:[\\/]/i.test(s) || !s.trim();
      expect(unsafeIdReason(s) !== undefined).toBe(escapes);
    }), { numRuns: 1000 });
  });

  it('UniqueNames never hands out the same name twice, ignoring case and normalization', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'A', 'a-2', 'b', 'B-2', 'b', 'é', 'e\u0301', 'É'), { maxLength: 30 }), (names) => {
      const u = new UniqueNames();
      const given = names.map((n) => u.claim(n).normalize('NFC').toLowerCase());
      expect(new Set(given).size).toBe(given.length);
    }));
  });
});

describe('readLines', () => {
  it('splits any chunking of any bytes like split("\\n"), and reports long lines by length', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(fc.constant('\n'), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((p) => p.join('')),
      fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 1, max: 15 }),
      async (text, sizes, max) => {
        const bytes = Buffer.from(text);
        const chunks: Buffer[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const n = sizes[k % sizes.length];
          chunks.push(bytes.subarray(at, at + n));
          at += n;
        }
        const got: string[] = [];
        for await (const line of readLines(Readable.from(chunks), max)) {
          got.push('bytes' in line ? line.bytes.toString() : `<${line.tooLong}>`);
        }
        const want = text.split('\n');
        if (want.at(-1) === '') want.pop();
        expect(got).toEqual(want.map((l) => (Buffer.byteLength(l) > max ? `<${Buffer.byteLength(l)}>` : l)));
      },
    ), { numRuns: 500 });
  });
});

describe('htmlToText', () => {
  it('never throws, never leaves a tag, and stays fast on pathological pages', () => {
    const piece = fc.constantFrom('<script>', '<script', '</script>', '<', '>', '<p>', '<!--', '-->', '&amp;', '&#x1F600;', '&#99999999;', 'text', ' ', '<style>', '<br/>', '&');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const out = htmlToText(`<html><body>${parts.join('')}`);
      expect(out).not.toMatch(/<(p|br|script|style)\b[^<>]*>/);
    }), { numRuns: 500 });
    for (const evil of ['<script>'.repeat(100_000), '<'.repeat(500_000), '<p '.repeat(200_000), '<!--'.repeat(100_000)]) {
      const t = Date.now();
      htmlToText(`<html>${evil}`);
      expect(Date.now() - t).toBeLessThan(2000);
    }
  });
});
