// Quads → JSON-LD, written by hand: one compact @context that names every term of the contract,
// so the file reads as plain JSON ({"@type": "Person", "label": "Angela Merkel", "memberOf": …}),
// and node objects written one at a time so a corpus never sits in memory as one string.
// Anything the context does not name is written in expanded form, so no triple is lost.
import type { Quad, Term } from '@rdfjs/types';
import { ENTITY_TYPES, RELATION_KINDS } from '../model.ts';
import { sortedUniqueQuads, type QuadSerializer, type TextSink } from './write.ts';
import { NS } from './vocabulary.ts';

type Coerce = 'id' | 'string' | 'integer' | 'decimal';

/** Short JSON keys for the contract's properties: term → [property IRI, how values are written]. */
const TERMS: Record<string, [string, Coerce]> = {
  label: [NS.rdfs + 'label', 'string'],
  altLabel: [NS.skos + 'altLabel', 'string'],
  sameAs: [NS.owl + 'sameAs', 'id'],
  subPropertyOf: [NS.rdfs + 'subPropertyOf', 'id'],
  subject: [NS.rdf + 'subject', 'id'],
  predicate: [NS.rdf + 'predicate', 'id'],
  object: [NS.rdf + 'object', 'id'],
  derivedFrom: [NS.prov + 'wasDerivedFrom', 'id'],
  evidence: [NS.ag + 'evidence', 'string'],
  charStart: [NS.ag + 'charStart', 'integer'],
  charEnd: [NS.ag + 'charEnd', 'integer'],
  charCount: [NS.ag + 'charCount', 'integer'],
  confidence: [NS.ag + 'confidence', 'decimal'],
  status: [NS.ag + 'status', 'string'],
  date: [NS.ag + 'date', 'string'],
  published: [NS.dcterms + 'date', 'string'],
  identifier: [NS.dcterms + 'identifier', 'string'],
  source: [NS.dcterms + 'source', 'string'],
  sha256: [NS.ag + 'sha256', 'string'],
  ...Object.fromEntries(RELATION_KINDS.map((k) => [k, [NS.ag + k, 'id'] as [string, Coerce]])),
};

const XSD = NS.xsd;
const BY_IRI = new Map(Object.entries(TERMS).map(([term, [iri, coerce]]) => [iri, { term, coerce }]));
const CLASS_TERMS = new Map<string, string>([
  ...ENTITY_TYPES.map((t) => [NS.ag + t, t] as [string, string]),
  [NS.rdf + 'Statement', 'Statement'],
  [NS.prov + 'Entity', 'Document'],
  [NS.owl + 'ObjectProperty', 'ObjectProperty'],
]);

/** The @context: prefixes, classes and the typed terms above. */
export function jsonLdContext(base: string): Record<string, unknown> {
  const { ag, role, rdf, rdfs, owl, xsd, skos, prov, dcterms, wd } = NS;
  const ctx: Record<string, unknown> = { ag, role, rdf, rdfs, owl, xsd, skos, prov, dcterms, wd, id: base };
  for (const [iri, term] of CLASS_TERMS) ctx[term] = compact(iri);
  for (const [term, [iri, coerce]] of Object.entries(TERMS)) {
    ctx[term] = coerce === 'string' ? compact(iri)
      : { '@id': compact(iri), '@type': coerce === 'id' ? '@id' : `xsd:${coerce}` };
  }
  return ctx;
}

/** A prefixed name where the local part is plain, else the full IRI (a key or a context value). */
function compact(iri: string): string {
  for (const prefix of ['ag', 'role', 'rdf', 'rdfs', 'owl', 'xsd', 'skos', 'prov', 'dcterms'] as const) {
    const local = iri.startsWith(NS[prefix]) ? iri.slice(NS[prefix].length) : '';
    if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return iri;
}

const nodeId = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

/** A value in expanded form: works under any key. */
function expanded(o: Term): unknown {
  if (o.termType !== 'Literal') return { '@id': nodeId(o) };
  if (o.language) return { '@value': o.value, '@language': o.language };
  if (o.datatype.value === XSD + 'string') return o.value;
  return { '@value': o.value, '@type': compact(o.datatype.value) };
}

/** A value under a context term: the short form where the term's coercion fits the value. */
function coerced(o: Term, coerce: Coerce): unknown {
  if (coerce === 'id') return o.termType === 'Literal' ? expanded(o) : nodeId(o);
  if (o.termType !== 'Literal') return expanded(o);
  const dt = o.datatype.value;
  if (coerce === 'string') return dt === XSD + 'string' && !o.language ? o.value : expanded(o);
  if (dt !== XSD + coerce) return expanded(o);
  // Integers as JSON numbers where that keeps the exact lexical form; decimals stay strings
  // because a JSON number would be read back as an xsd:double.
  if (coerce === 'integer' && /^-?(0|[1-9]\d{0,14})$/.test(o.value)) return Number(o.value);
  return o.value;
}

/** One node object for a subject's quads (all of the same subject). */
export function nodeObject(quads: Quad[]): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': nodeId(quads[0].subject) };
  const values = new Map<string, unknown[]>();
  const push = (key: string, v: unknown) => (values.get(key) ?? values.set(key, []).get(key)!).push(v);
  for (const q of quads) {
    const p = q.predicate.value;
    if (p === NS.rdf + 'type' && q.object.termType === 'NamedNode') {
      push('@type', CLASS_TERMS.get(q.object.value) ?? q.object.value);
      continue;
    }
    const known = BY_IRI.get(p);
    if (known) push(known.term, coerced(q.object, known.coerce));
    else push(compact(p), expanded(q.object));
  }
  for (const [key, list] of values) node[key] = list.length === 1 ? list[0] : list;
  return node;
}

/** Streams `{"@context": …, "@graph": [node, node, …]}`; JSON-LD output is one graph, named graphs merge into it. */
export class JsonLdSerializer implements QuadSerializer {
  private started = false;
  private count = 0;

  constructor(private readonly out: TextSink, private readonly base: string) {}

  write(quads: Quad[]): void {
    if (!this.started) this.start();
    const bySubject = new Map<string, Quad[]>();
    for (const q of sortedUniqueQuads(quads, true)) {
      const key = nodeId(q.subject);
      (bySubject.get(key) ?? bySubject.set(key, []).get(key)!).push(q);
    }
    for (const group of bySubject.values()) {
      const text = JSON.stringify(nodeObject(group), null, 2).replace(/\n/g, '\n    ');
      this.out.write(`${this.count++ ? ',\n' : ''}    ${text}`);
    }
  }

  end(): void {
    if (!this.started) this.start();
    this.out.write(`${this.count ? '\n' : ''}  ]\n}\n`);
  }

  private start(): void {
    this.started = true;
    const ctx = JSON.stringify(jsonLdContext(this.base), null, 2).replace(/\n/g, '\n  ');
    this.out.write(`{\n  "@context": ${ctx},\n  "@graph": [\n`);
  }
}
