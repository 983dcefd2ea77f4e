// SPARQL results: the W3C JSON, CSV, TSV and XML formats, an aligned table for people, and
// CONSTRUCT graphs as N-Triples or Turtle.
import N3 from 'n3';
import { prefixesFor } from '../rdf/write.ts';
import { DEFAULT_BASE } from '../rdf/vocabulary.ts';

/** One RDF term as the SPARQL 1.1 Query Results JSON Format writes it. */
export interface JsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export type Bindings = Record<string, JsonTerm>;

export type QueryResult =
  | { kind: 'bindings'; vars: string[]; bindings: Bindings[]; truncated: boolean }
  | { kind: 'boolean'; boolean: boolean }
  | { kind: 'graph'; ntriples: string; truncated: boolean };

export type ResultFormat = 'json' | 'xml' | 'csv' | 'tsv' | 'table';
export type GraphFormat = 'turtle' | 'ntriples';

export const RESULT_FORMATS: readonly ResultFormat[] = ['json', 'xml', 'csv', 'tsv', 'table'];

export const MEDIA_TYPES: Record<ResultFormat | GraphFormat, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  table: 'text/plain',
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
};

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** A term in N-Triples / SPARQL syntax, as TSV writes it. */
export function termToNt(t: JsonTerm): string {
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  const lexical = '"' + t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '"';
  if (t['xml:lang']) return `${lexical}@${t['xml:lang']}`;
  if (t.datatype && t.datatype !== XSD + 'string') return `${lexical}^^<${t.datatype}>`;
  return lexical;
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvTerm = (t: JsonTerm | undefined) => (t === undefined ? '' : csvField(t.type === 'bnode' ? `_:${t.value}` : t.value));

function toCsv(r: Extract<QueryResult, { kind: 'bindings' }>): string {
  const rows = [r.vars.map(csvField).join(','), ...r.bindings.map((b) => r.vars.map((v) => csvTerm(b[v])).join(','))];
  return rows.map((row) => row + '\r\n').join('');
}

function toTsv(r: Extract<QueryResult, { kind: 'bindings' }>): string {
  const rows = [r.vars.map((v) => `?${v}`).join('\t'), ...r.bindings.map((b) => r.vars.map((v) => (b[v] ? termToNt(b[v]) : '')).join('\t'))];
  return rows.map((row) => row + '\n').join('');
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlTerm(t: JsonTerm): string {
  if (t.type === 'uri') return `<uri>${xmlText(t.value)}</uri>`;
  if (t.type === 'bnode') return `<bnode>${xmlText(t.value)}</bnode>`;
  const attr = t['xml:lang'] ? ` xml:lang="${xmlText(t['xml:lang'])}"` : t.datatype ? ` datatype="${xmlText(t.datatype)}"` : '';
  return `<literal${attr}>${xmlText(t.value)}</literal>`;
}

function toXml(r: Exclude<QueryResult, { kind: 'graph' }>): string {
  const head = r.kind === 'bindings' ? r.vars.map((v) => `<variable name="${xmlText(v)}"/>`).join('') : '';
  const body =
    r.kind === 'boolean'
      ? `<boolean>${r.boolean}</boolean>`
      : `<results>${r.bindings
          .map((b) => `<result>${Object.entries(b).map(([k, t]) => `<binding name="${xmlText(k)}">${xmlTerm(t)}</binding>`).join('')}</result>`)
          .join('')}</results>`;
  return `<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>${head}</head>${body}</sparql>\n`;
}

/** Shortens IRIs with the project's prefixes (ag:, role:, id:, rdfs:...) for the table. */
function compact(iri: string, base: string): string {
  for (const [prefix, ns] of Object.entries(prefixesFor(base))) {
    if (iri.startsWith(ns) && /^[\w.-]*$/u.test(iri.slice(ns.length).replace(/\//g, '_'))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return `<${iri}>`;
}

function toTable(r: Extract<QueryResult, { kind: 'bindings' }>, base: string): string {
  const cell = (t: JsonTerm | undefined) => {
    if (!t) return '';
    const s = t.type === 'uri' ? compact(t.value, base) : t.type === 'bnode' ? `_:${t.value}` : t.value;
    return s.replace(/\s+/g, ' ');
  };
  const rows = r.bindings.map((b) => r.vars.map((v) => cell(b[v])));
  const widths = r.vars.map((v, i) => Math.max(v.length, ...rows.map((row) => [...row[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd();
  const count = `${r.bindings.length} row${r.bindings.length === 1 ? '' : 's'}${r.truncated ? ' (truncated)' : ''}`;
  return [line(r.vars), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), count].join('\n') + '\n';
}

/** Serializes SELECT or ASK results. */
export function formatResults(r: Exclude<QueryResult, { kind: 'graph' }>, format: ResultFormat, base = DEFAULT_BASE): string {
  if (format === 'xml') return toXml(r);
  if (r.kind === 'boolean') {
    if (format === 'json') return JSON.stringify({ head: {}, boolean: r.boolean }) + '\n';
    // CSV/TSV have no boolean form: one column, like common stores do.
    return format === 'table' ? `${r.boolean}\n` : format === 'csv' ? `_askResult\r\n${r.boolean}\r\n` : `?_askResult\n${r.boolean}\n`;
  }
  if (format === 'json') return JSON.stringify({ head: { vars: r.vars }, results: { bindings: r.bindings } }) + '\n';
  if (format === 'csv') return toCsv(r);
  if (format === 'tsv') return toTsv(r);
  return toTable(r, base);
}

/** Serializes a CONSTRUCT / DESCRIBE graph (N-Triples from the store) as N-Triples or Turtle. */
export function formatGraph(ntriples: string, format: GraphFormat, base = DEFAULT_BASE): Promise<string> {
  if (format === 'ntriples') return Promise.resolve(ntriples);
  const quads = new N3.Parser({ format: 'N-Triples' }).parse(ntriples);
  const writer = new N3.Writer({ format: 'Turtle', prefixes: prefixesFor(base) });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}
