// Document ids: which are refused, how an id becomes a safe file name, and how duplicates
// are told apart. The id itself is kept as given in the RDF; only file names are sanitized.
import { createHash } from 'node:crypto';

/** Why an id cannot be used (it would name a file outside the output folder), or undefined. */
export function unsafeIdReason(id: string): string | undefined {
  if (!id.trim()) return 'empty id';
  if (/(^|[\\/])\.\.($|[\\/])/.test(id)) return `id ${JSON.stringify(id)} tries to escape the output folder ("..")`;
  if (/^[\\/]/.test(id) || /^[a-z]:[\\/]/i.test(id)) return `id ${JSON.stringify(id)} is an absolute path`;
  return undefined;
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Bytes of UTF-8 a stem may take: file systems allow 255, the extension and suffixes need some. */
const MAX_STEM = 120;

/**
 * A file name stem for an id that is safe on Linux, macOS and Windows: no separators, no
 * control or reserved characters, no leading dot, not a reserved device name, not too long.
 */
export function fileStem(id: string): string {
  let s = id
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, (m) => '_'.repeat(m.length))
    .replace(/[.\s]+$/, (m) => '_'.repeat(m.length));
  if (!s || /^_*$/.test(s)) s = `doc_${s}`;
  if (RESERVED.test(s)) s = `_${s}`;
  if (Buffer.byteLength(s) > MAX_STEM) {
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 10);
    let kept = '';
    for (const ch of s) {
      if (Buffer.byteLength(kept + ch) > MAX_STEM - 11) break;
      kept += ch;
    }
    s = `${kept}-${hash}`;
  }
  return s;
}

/**
 * Hands out names that are unique; by default ignoring case and Unicode normalization, as the
 * file systems of macOS and Windows do (é and e + U+0301 are one file name there).
 */
export class UniqueNames {
  private readonly taken = new Set<string>();
  constructor(private readonly key: (name: string) => string = (n) => n.normalize('NFC').toLowerCase()) {}

  /** `name` itself when free, else `name-2`, `name-3`, ... */
  claim(name: string): string {
    let candidate = name;
    for (let i = 2; this.taken.has(this.key(candidate)); i++) candidate = `${name}-${i}`;
    this.taken.add(this.key(candidate));
    return candidate;
  }
}

/** Replaces unpaired UTF-16 surrogates by U+FFFD (same length, so offsets are unchanged). */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
