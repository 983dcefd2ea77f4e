// Quads → Turtle, TriG, N-Triples or N-Quads text, byte for byte what n3's Writer writes for the
// same quads in the same order (the same escaping, prefixed names, `a`, number shorthands and
// statement punctuation), but several times faster on large graphs: with prefixes, an IRI's
// prefixed name is found from its last / or # (no regex over every prefix); without, its <…> form
// is made once and then taken from a cache; n3's own blank nodes and literals are read from their
// ids; and each `write` call's text is joined from its pieces and handed on as flat strings.
// Terms n3 knows and this file does not (RDF-star quads, variables, literal subjects) are encoded
// by an n3 Writer set up the same way, so nothing is lost.
import N3 from 'n3';
import type { Literal, Quad, Term } from '@rdfjs/types';
import { NS } from './vocabulary.ts';

export type TextFormat = 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';

// The characters n3 escapes: in Turtle and TriG, and in canonical N-Triples and N-Quads.
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
const CANONICAL_ESCAPE = /[^ !#-\[\]-~\u0080-\uFFFD]/;
const CANONICAL_ESCAPE_ALL = /[^ !#-\[\]-~\u0080-\uFFFD]/g;
const SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f',
};

function replaceCharacter(c: string): string {
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) return short;
  if (c.length === 1) {
    const hex = c.charCodeAt(0).toString(16);
    return '\\u0000'.slice(0, 6 - hex.length) + hex;
  }
  const hex = ((c.charCodeAt(0) - 0xd800) * 0x400 + c.charCodeAt(1) + 0x2400).toString(16);
  return '\\U00000000'.slice(0, 10 - hex.length) + hex;
}

function replaceCanonical(c: string): string {
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) return short;
  const hex = c.charCodeAt(0).toString(16).toUpperCase();
  return '\\u0000'.slice(0, 6 - hex.length) + hex;
}

// A local name as written in a prefixed name (n3's PN_LOCAL check, without backslash escapes).
const LOCAL_START = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' +
  '\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD_:0-9';
const LOCAL_CHAR = `${LOCAL_START}\\-\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const PERCENT = '%[0-9A-Fa-f]{2}';
const LOCAL_NAME = new RegExp(`^(?:(?:[${LOCAL_START}]|${PERCENT})(?:(?:[${LOCAL_CHAR}.]|${PERCENT})*(?:[${LOCAL_CHAR}]|${PERCENT}))?)?$`);
// The local names prefixRegex accepts after a prefix IRI.
const SHORT_LOCAL = /^[_a-zA-Z0-9](?:\.?[\-_a-zA-Z0-9])*$/;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const RDF_TYPE = NS.rdf + 'type';
const XSD_STRING = NS.xsd + 'string';
const XSD_INTEGER = NS.xsd + 'integer';
const XSD_BOOLEAN = NS.xsd + 'boolean';
const XSD_DECIMAL = NS.xsd + 'decimal';
const XSD_DOUBLE = NS.xsd + 'double';
// Above this many cached IRIs the cache starts again (a corpus of many documents has many IRIs).
const CACHE_LIMIT = 200_000;
const FLUSH_CHARS = 1 << 20;

/** A blank node's label: an n3 blank node's id is exactly that. */
const blank = (t: Term): string => (t instanceof N3.BlankNode ? t.id : `_:${t.value}`);

type Encoder = { _encodeSubject(t: Term): string; _encodePredicate(t: Term): string; _encodeObject(t: Term): string };

/** Writes quads to `write` as n3's Writer would; `end()` closes the last statement. */
export class TextWriter {
  private readonly lineMode: boolean;
  private readonly escape: RegExp;
  private readonly escapeAll: RegExp;
  private readonly replacer: (c: string) => string;
  private readonly prefixIris: Record<string, string> = Object.create(null);
  private readonly prefixRegex: RegExp | null = null;
  private readonly shortRegex: RegExp | null = null;
  private readonly bySeparator: boolean = false;
  private readonly iris = new Map<string, string>();
  // A graph has few predicates, each on many quads: their text is kept.
  private readonly predicates = new Map<string, string>();
  private readonly fallback: Encoder;
  private graph = '';
  private subject: string | null = null;
  private predicate = '';

  constructor(private readonly out: (text: string) => void, format: TextFormat, prefixes: Record<string, string> = {}) {
    this.lineMode = format === 'N-Triples' || format === 'N-Quads';
    this.escape = this.lineMode ? CANONICAL_ESCAPE : ESCAPE;
    this.escapeAll = this.lineMode ? CANONICAL_ESCAPE_ALL : ESCAPE_ALL;
    this.replacer = this.lineMode ? replaceCanonical : replaceCharacter;
    const names = this.lineMode ? [] : Object.keys(prefixes);
    this.fallback = new N3.Writer({ write() {}, end() {} } as never, {
      format, ...(names.length ? { prefixes } : {}),
    }) as unknown as Encoder;
    if (names.length) {
      let header = '';
      for (const name of names) {
        this.prefixIris[prefixes[name]!] = `${name}:`;
        header += `@prefix ${name}: <${prefixes[name]}>.\n`;
      }
      out(`${header}\n`);
      const iris = names.map((n) => escapeRegex(prefixes[n]!)).join('|');
      const short = names.map((n) => escapeRegex(`${n}:`)).join('|');
      this.prefixRegex = new RegExp(`^(${iris})([_a-zA-Z0-9](?:\\.?[\\-_a-zA-Z0-9])*)$|^(?:${short})`);
      this.shortRegex = new RegExp(`^(?:${short})`);
      this.bySeparator = names.every((n) => /[/#]$/.test(prefixes[n]!));
    }
  }

  /**
   * Writes the quads, in their order, handing the text on in pieces of about FLUSH_CHARS. The
   * pieces of a statement are collected and joined once per flush: no string is built per quad,
   * and what is handed on is one flat string, not a chain of concatenations.
   */
  write(quads: readonly Quad[]): void {
    const parts: string[] = [];
    let chars = 0;
    for (const q of quads) {
      const s = this.subjectText(q.subject as Term);
      const p = this.predicateText(q.predicate as Term);
      const o = this.objectText(q.object as Term);
      if (this.lineMode) {
        if (q.graph.termType === 'DefaultGraph') parts.push(s, ' ', p, ' ', o, ' .\n');
        else parts.push(s, ' ', p, ' ', o, ' ', this.iriOrBlank(q.graph as Term), ' .\n');
        chars += s.length + p.length + o.length + 4;
      } else {
        const g = q.graph.termType === 'DefaultGraph' ? '' : this.iriOrBlank(q.graph as Term);
        if (g !== this.graph) {
          const close = this.subject === null ? '' : this.graph === '' ? '.\n' : '\n}\n';
          parts.push(close, g === '' ? '' : `${g} {\n`);
          chars += close.length + g.length + 3;
          this.graph = g;
          this.subject = null;
        }
        if (s === this.subject) {
          if (p === this.predicate) parts.push(', ', o);
          else parts.push(';\n    ', (this.predicate = p), ' ', o);
          chars += p.length + o.length + 7;
        } else {
          parts.push(this.subject === null ? '' : '.\n', (this.subject = s), ' ', (this.predicate = p), ' ', o);
          chars += s.length + p.length + o.length + 4;
        }
      }
      if (chars >= FLUSH_CHARS) {
        this.out(parts.join(''));
        parts.length = 0;
        chars = 0;
      }
    }
    if (parts.length) {
      const text = parts.join('');
      if (text) this.out(text);
    }
  }

  /** Finishes the pending statement and closes an open graph block. */
  end(): void {
    if (this.subject !== null) this.out(this.graph === '' ? '.\n' : '\n}\n');
    this.subject = null;
    this.graph = '';
  }

  // Sorted quads repeat their subject and often their predicate: the last one answers first.
  private last: { s: string | null; sText: string; p: string | null; pText: string } = { s: null, sText: '', p: null, pText: '' };

  private subjectText(t: Term): string {
    if (t.termType === 'NamedNode') {
      if (t.value === this.last.s) return this.last.sText;
      this.last.s = t.value;
      return (this.last.sText = this.iri(t.value));
    }
    if (t.termType === 'BlankNode') return blank(t);
    return this.fallback._encodeSubject(t);
  }

  private predicateText(t: Term): string {
    if (t.termType === 'NamedNode') {
      if (t.value === this.last.p) return this.last.pText;
      this.last.p = t.value;
      if (t.value === RDF_TYPE && !this.lineMode) return (this.last.pText = 'a');
      let text = this.predicates.get(t.value);
      if (text === undefined) this.predicates.set(t.value, (text = this.iri(t.value)));
      return (this.last.pText = text);
    }
    if (t.termType === 'BlankNode') return blank(t);
    return this.fallback._encodePredicate(t);
  }

  private objectText(t: Term): string {
    if (t.termType === 'NamedNode') return this.iri(t.value);
    if (t.termType === 'BlankNode') return blank(t);
    if (t instanceof N3.Literal) {
      const text = this.literalFromId(t.id);
      if (text !== undefined) return text;
    }
    if (t.termType === 'Literal') {
      const language = (t as Literal).language;
      // n3's Literal works its parts out of one string on every read: read each once.
      if (!language) return this.literal(t as Literal, '');
      if (!(t as Literal & { direction?: string }).direction) return this.literal(t as Literal, language);
    }
    return this.fallback._encodeObject(t);
  }

  private iriOrBlank(t: Term): string {
    return t.termType === 'NamedNode' ? this.iri(t.value) : t.termType === 'BlankNode' ? blank(t) : this.fallback._encodeObject(t);
  }

  private iri(value: string): string {
    if (this.bySeparator) return this.prefixed(this.escaped(value));
    let text = this.iris.get(value);
    if (text !== undefined) return text;
    const iri = this.escaped(value);
    const m = this.prefixRegex?.exec(iri);
    if (!m) text = `<${iri}>`;
    else if (m[1]) text = this.prefixIris[m[1]] + m[2]!;
    else text = LOCAL_NAME.test(iri.slice(m[0].length)) ? iri : `<${iri}>`;
    if (this.iris.size >= CACHE_LIMIT) this.iris.clear();
    this.iris.set(value, text);
    return text;
  }

  private escaped(value: string): string {
    return this.escape.test(value) ? value.replace(this.escapeAll, this.replacer) : value;
  }

  /**
   * What `prefixRegex` makes of an IRI, worked out without it (nor a cache) when every prefix
   * IRI ends in / or #: a local name holds neither, so the only prefix that can match is the IRI
   * up to its last / or #, looked up as it is; failing that, an IRI that already looks like a
   * prefixed name.
   */
  private prefixed(iri: string): string {
    const sep = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    const name = this.prefixIris[iri.slice(0, sep)];
    if (name !== undefined) {
      const local = iri.slice(sep);
      if (SHORT_LOCAL.test(local)) return name + local;
    }
    if (!this.shortRegex!.test(iri)) return `<${iri}>`;
    return LOCAL_NAME.test(iri.slice(iri.indexOf(':') + 1)) ? iri : `<${iri}>`;
  }

  /**
   * An n3 literal from its id, `"value"`, `"value"^^datatype` or `"value"@language`, read once
   * (n3's getters parse the id again on every read). Language-tagged ones are left to `literal`.
   */
  private literalFromId(id: string): string | undefined {
    const close = id.lastIndexOf('"');
    if (close + 1 < id.length && id.charCodeAt(close + 1) !== 94 /* ^ */) return undefined;
    let value = id.substring(1, close);
    if (this.escape.test(value)) value = value.replace(this.escapeAll, this.replacer);
    return close + 1 === id.length ? `"${value}"` : this.typed(value, id.substring(close + 3));
  }

  private literal(l: Literal, language: string): string {
    let value = l.value;
    if (this.escape.test(value)) value = value.replace(this.escapeAll, this.replacer);
    if (language) return `"${value}"@${language}`;
    return this.typed(value, (l as Literal & { datatypeString?: string }).datatypeString ?? l.datatype.value);
  }

  /** A literal's text from its escaped value and its datatype IRI. */
  private typed(value: string, type: string): string {
    if (type === XSD_STRING) return `"${value}"`;
    if (!this.lineMode) {
      if (type === XSD_INTEGER ? /^[+-]?\d+$/.test(value)
        : type === XSD_BOOLEAN ? value === 'true' || value === 'false'
          : type === XSD_DECIMAL ? /^[+-]?\d*\.\d+$/.test(value)
            : type === XSD_DOUBLE && /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(value)) return value;
    }
    return `"${value}"^^${this.iri(type)}`;
  }
}
