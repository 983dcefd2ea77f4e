// Bytes → text for one input document, or the reason it cannot be read as text.
// UTF-8 (a BOM is stripped), UTF-16 LE/BE with a BOM (decoded), everything else refused
// with a reason: empty, whitespace only, binary (NUL bytes, a known file signature),
// invalid UTF-8 (with the byte offset). Line endings are kept as they are: offsets in the
// output are indices into exactly this decoded text. HTML pages are reduced to their text.
import { isUtf8 } from 'node:buffer';
import { isHtml, htmlToText } from './html.ts';

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** File signatures of common binary formats met where text was expected. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Why bytes are not text (a known binary format, NUL bytes), or undefined when they may be. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return `binary file (${name}), skipped`;
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul < 0) return undefined;
  // Text in UTF-16 without a BOM has a NUL in every other byte.
  const head = bytes.subarray(0, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? odd++ : even++);
  if (Math.max(even, odd) > head.length * 0.4 && Math.min(even, odd) === 0) {
    return 'looks like UTF-16 without a byte-order mark; re-save the file as UTF-8';
  }
  return `binary file (NUL byte at offset ${nul}), skipped`;
}

/**
 * The byte offset of the first byte that is not valid UTF-8, or -1. Rejects overlong forms,
 * surrogates and code points above U+10FFFF, as TextDecoder's fatal mode does.
 */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Decodes UTF-8 text (BOM stripped), or says where it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  // Buffer.isUtf8 is native and fast; the scan in JS runs only to say where the error is.
  const bad = isUtf8(body) ? -1 : invalidUtf8Offset(body);
  if (bad >= 0) {
    const at = bad + (body === bytes ? 0 : 3);
    const hex = bytes[at].toString(16).padStart(2, '0');
    return { ok: false, reason: `invalid UTF-8 at byte ${at} (0x${hex}); re-save the file as UTF-8` };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}

/** Whole-document decoding: encoding, binary detection, empty checks and HTML. */
export function decodeDocument(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let decoded: Decoded;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    try {
      decoded = { ok: true, text: new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: `invalid UTF-16${le ? 'LE' : 'BE'} (unpaired surrogate or odd length)` };
    }
  } else {
    const binary = binaryReason(bytes);
    if (binary) return { ok: false, reason: binary };
    decoded = decodeUtf8(bytes);
  }
  if (!decoded.ok) return decoded;
  return checkText(decoded.text, options);
}

/** Refuses text with nothing to read; turns an HTML page into its text. */
export function checkText(text: string, options: { html?: boolean } = {}): Decoded {
  if (options.html !== false && isHtml(text)) {
    const plain = htmlToText(text);
    if (!plain.trim()) return { ok: false, reason: 'HTML page without any text' };
    return { ok: true, text: plain, note: 'HTML: tags removed, offsets refer to the page text' };
  }
  if (!text.trim()) return { ok: false, reason: text.length ? 'whitespace only, no text' : 'empty file' };
  return { ok: true, text };
}
