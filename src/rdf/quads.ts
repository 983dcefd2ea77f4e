// Extraction → RDF/JS quads, through the contract: entities with their labels, one plain
// triple per relation, a declaration for every role property used, and a statement node
// carrying the evidence of every relation triple.
import { createHash } from 'node:crypto';
import N3 from 'n3';
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { Extraction, Fact } from '../model.ts';
import { DEFAULT_BASE, NS, docIri, entityIri, roleIri } from './vocabulary.ts';

const { namedNode, literal, blankNode, quad, defaultGraph } = N3.DataFactory;

export interface QuadOptions {
  /** Base IRI for entities and documents (default DEFAULT_BASE). */
  base?: string;
  /** Put the document's quads in this graph (N-Quads / TriG); default: the default graph. */
  graph?: Quad_Graph;
}

const n = (ns: keyof typeof NS, local: string) => namedNode(NS[ns] + local);
const RDF_TYPE = n('rdf', 'type');

/** The xsd datatype of a date string by its precision. */
export function dateLiteral(date: string) {
  const type = date.length === 4 ? 'gYear' : date.length === 7 ? 'gYearMonth' : 'date';
  return literal(date, n('xsd', type));
}

/** The IRI of the plain relation triple's predicate for a fact. */
export function factPredicate(f: Fact): string {
  return f.predicate === 'holdsRole' ? roleIri(f.role ?? 'holds role') : NS.ag + f.predicate;
}

export function extractionToQuads(x: Extraction, options: QuadOptions = {}): Quad[] {
  const base = options.base ?? DEFAULT_BASE;
  const graph = options.graph ?? defaultGraph();
  const out: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object) => out.push(quad(s, namedNode(p), o, graph));

  const doc = namedNode(docIri(x.doc.sha256, base));
  add(doc, RDF_TYPE.value, n('prov', 'Entity'));
  add(doc, NS.rdfs + 'label', literal(x.doc.id));
  add(doc, NS.dcterms + 'identifier', literal(x.doc.id));
  if (x.doc.source) add(doc, NS.dcterms + 'source', literal(x.doc.source));
  add(doc, NS.ag + 'sha256', literal(x.doc.sha256));
  if (x.doc.date) add(doc, NS.dcterms + 'date', dateLiteral(x.doc.date));

  for (const e of x.entities) {
    const s = namedNode(entityIri(e.key, base));
    add(s, RDF_TYPE.value, n('ag', e.type));
    add(s, NS.rdfs + 'label', literal(e.label));
    for (const a of e.aliases) add(s, NS.skos + 'altLabel', literal(a));
    if (e.wikidata) add(s, NS.owl + 'sameAs', n('wd', e.wikidata));
  }

  const roles = new Set<string>();
  for (const f of x.facts) {
    if (f.predicate === 'holdsRole' && f.role) roles.add(f.role);
  }
  for (const label of [...roles].sort()) {
    const p = namedNode(roleIri(label));
    add(p, RDF_TYPE.value, n('owl', 'ObjectProperty'));
    add(p, NS.rdfs + 'subPropertyOf', n('ag', 'holdsRole'));
    add(p, NS.rdfs + 'label', literal(label, 'en'));
  }

  const written = new Set<string>();
  for (const f of x.facts) {
    const s = namedNode(entityIri(f.subject, base));
    const p = factPredicate(f);
    const o = namedNode(entityIri(f.object, base));
    const tripleKey = `${s.value} ${p} ${o.value}`;
    if (!written.has(tripleKey)) {
      written.add(tripleKey);
      add(s, p, o);
    }
    // The statement's label is a hash of what it says and where, so that output is stable.
    const id = createHash('sha256')
      .update(`${tripleKey} ${x.doc.sha256} ${f.evidence.start} ${f.status ?? ''} ${f.date ?? ''}`)
      .digest('hex')
      .slice(0, 16);
    const st = blankNode(`st${id}`);
    add(st, RDF_TYPE.value, n('rdf', 'Statement'));
    add(st, NS.rdf + 'subject', s);
    add(st, NS.rdf + 'predicate', namedNode(p));
    add(st, NS.rdf + 'object', o);
    if (f.status) add(st, NS.ag + 'status', literal(f.status));
    if (f.date) add(st, NS.ag + 'date', dateLiteral(f.date));
    add(st, NS.prov + 'wasDerivedFrom', doc);
    add(st, NS.ag + 'evidence', literal(f.evidence.text));
    add(st, NS.ag + 'charStart', literal(String(f.evidence.start), n('xsd', 'integer')));
    add(st, NS.ag + 'charEnd', literal(String(f.evidence.end), n('xsd', 'integer')));
    add(st, NS.ag + 'confidence', literal(f.confidence.toFixed(2), n('xsd', 'decimal')));
  }
  return out;
}
