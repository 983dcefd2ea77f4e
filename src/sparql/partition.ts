// A corpus split into one named graph per document, for stores that keep documents apart.
// A document's graph holds its description, its statements and the plain triples they state,
// and the descriptions of the entities and role properties those use (shared ones repeat in each
// graph, as entities are the same IRI everywhere). What no document claims (entities without
// facts, foreign triples) goes to one graph per input.
import type { Quad, Quad_Subject } from '@rdfjs/types';
import N3 from 'n3';
import { NS } from '../rdf/vocabulary.ts';

export interface DocumentGraph {
  /** The named graph's IRI. */
  graph: string;
  /** The document's IRI, or undefined for the rest of an input. */
  doc?: string;
  /** A name for messages: the document's identifier, else its IRI. */
  name: string;
  quads: Quad[];
}

export const DEFAULT_GRAPH_BASE = 'https://w3id.org/actorgraph/graph/';

const key = (t: Quad_Subject | Quad['object']) => (t.termType === 'BlankNode' ? '_:' : '') + t.value;

/** The graph IRI of a document IRI: its last two path segments under the graph base (doc/9f2c41e07b). */
export function graphIriFor(docIri: string, graphBase: string): string {
  const tail = docIri.split('/').slice(-2).join('/');
  return graphBase + tail;
}

export function partitionByDocument(quads: Quad[], options: { graphBase?: string; rest: string }): DocumentGraph[] {
  const graphBase = options.graphBase ?? DEFAULT_GRAPH_BASE;
  const { quad, defaultGraph } = N3.DataFactory;
  const bySubject = new Map<string, Quad[]>();
  for (const q0 of quads) {
    const q = quad(q0.subject, q0.predicate, q0.object, defaultGraph()) as Quad;
    const k = key(q.subject);
    const list = bySubject.get(k);
    if (list) list.push(q);
    else bySubject.set(k, [q]);
  }
  const claimed = new Set<Quad>();
  const docs = new Map<string, { quads: Set<Quad>; name: string }>();
  const claim = (doc: string, qs: Iterable<Quad>) => {
    const d = docs.get(doc)!;
    for (const q of qs) {
      d.quads.add(q);
      claimed.add(q);
    }
  };
  const isA = (qs: Quad[], type: string) => qs.some((q) => q.predicate.value === NS.rdf + 'type' && q.object.value === type);
  for (const [iri, qs] of bySubject) {
    if (!isA(qs, NS.prov + 'Entity')) continue;
    const name = qs.find((q) => q.predicate.value === NS.dcterms + 'identifier')?.object.value ?? iri;
    docs.set(iri, { quads: new Set(), name });
    claim(iri, qs);
  }
  const describe = (doc: string, iri: string) => claim(doc, (bySubject.get(iri) ?? []).filter((q) => q.object.termType !== 'NamedNode' || q.predicate.value === NS.rdf + 'type' || q.predicate.value === NS.owl + 'sameAs' || q.predicate.value === NS.rdfs + 'subPropertyOf'));
  for (const [k, qs] of bySubject) {
    if (!k.startsWith('_:') || !isA(qs, NS.rdf + 'Statement')) continue;
    const doc = qs.find((q) => q.predicate.value === NS.prov + 'wasDerivedFrom')?.object.value;
    if (!doc || !docs.has(doc)) continue;
    claim(doc, qs);
    const [s, p, o] = ['subject', 'predicate', 'object'].map((x) => qs.find((q) => q.predicate.value === NS.rdf + x)?.object.value);
    if (!s || !p || !o) continue;
    claim(doc, (bySubject.get(s) ?? []).filter((q) => q.predicate.value === p && q.object.value === o));
    for (const iri of [s, o, p]) describe(doc, iri);
  }
  const out: DocumentGraph[] = [...docs].map(([doc, d]) => ({ graph: graphIriFor(doc, graphBase), doc, name: d.name, quads: [...d.quads] }));
  const rest = quads.length ? [...bySubject.values()].flat().filter((q) => !claimed.has(q)) : [];
  if (rest.length) out.push({ graph: graphBase + 'rest/' + options.rest, name: `the rest of ${options.rest}`, quads: rest });
  return out.sort((a, b) => (a.graph < b.graph ? -1 : a.graph > b.graph ? 1 : 0));
}
