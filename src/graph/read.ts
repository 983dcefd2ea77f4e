// RDF quads → GraphData, reading through the contract: typed entities with labels, plain
// relation triples (role:* sub-properties of ag:holdsRole, ag:* relations) and the rdf:Statement
// nodes that carry their evidence. Works on the union of all graphs of a dataset.
import type { Quad } from '@rdfjs/types';
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../model.ts';
import { NS } from '../rdf/vocabulary.ts';
import type { Evidence, GraphData, GraphDocument, GraphEntity, GraphRelation } from './types.ts';

const RDF_TYPE = NS.rdf + 'type';
const LABEL = NS.rdfs + 'label';
const ALT = NS.skos + 'altLabel';
const AG_KINDS = new Set<string>(RELATION_KINDS.filter((k) => k !== 'holdsRole'));

/** "primeMinister" → "prime minister": the label of a role property that declares none. */
export function roleLabelFromIri(iri: string): string {
  const local = iri.slice(NS.role.length);
  return local.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The object without its undefined fields, so that answers compare and print cleanly. */
function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

const tripleKey = (s: string, p: string, o: string) => `${s}\u0000${p}\u0000${o}`;

export function quadsToGraphData(quads: Iterable<Quad>): GraphData {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = (q.subject.termType === 'BlankNode' ? '_:' : '') + q.subject.value;
    let list = bySubject.get(key);
    if (!list) bySubject.set(key, (list = []));
    list.push(q);
  }
  const values = (qs: Quad[], p: string) => qs.filter((q) => q.predicate.value === p).map((q) => q.object.value);
  const first = (qs: Quad[], p: string) => values(qs, p)[0];

  const roleLabels = new Map<string, string>();
  const documents = new Map<string, GraphDocument>();
  const entities = new Map<string, GraphEntity>();
  const statements: Quad[][] = [];
  for (const [iri, qs] of bySubject) {
    const types = values(qs, RDF_TYPE);
    if (iri.startsWith(NS.role)) {
      const label = qs.find((q) => q.predicate.value === LABEL && (q.object as { language?: string }).language !== 'fr');
      if (label) roleLabels.set(iri, label.object.value);
    }
    if (types.includes(NS.rdf + 'Statement')) statements.push(qs);
    if (types.includes(NS.prov + 'Entity')) {
      documents.set(iri, defined({
        iri,
        id: first(qs, NS.dcterms + 'identifier') ?? first(qs, LABEL),
        source: first(qs, NS.dcterms + 'source'),
        sha256: first(qs, NS.ag + 'sha256'),
        date: first(qs, NS.dcterms + 'date'),
      }));
    }
    const type = ENTITY_TYPES.find((t) => types.includes(NS.ag + t)) as EntityType | undefined;
    if (!type) continue;
    const labels = values(qs, LABEL);
    const sameAs = values(qs, NS.owl + 'sameAs').find((v) => v.startsWith(NS.wd));
    // Several documents may label one entity differently: the longest label wins, the rest are aliases.
    const label = [...labels].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? iri;
    const aliases = [...new Set([...labels, ...values(qs, ALT)])].filter((a) => a !== label);
    entities.set(iri, defined({ iri, type, label, aliases, wikidata: sameAs?.slice(NS.wd.length) }));
  }

  const relations = new Map<string, GraphRelation>();
  const kindOf = (p: string): RelationKind | undefined => {
    if (p.startsWith(NS.role)) return 'holdsRole';
    if (p.startsWith(NS.ag) && AG_KINDS.has(p.slice(NS.ag.length))) return p.slice(NS.ag.length) as RelationKind;
    return undefined;
  };
  const relation = (s: string, p: string, o: string) => {
    const key = tripleKey(s, p, o);
    let r = relations.get(key);
    if (!r) {
      const kind = kindOf(p)!;
      r = { subject: s, kind, predicate: p, object: o, evidence: [] };
      if (kind === 'holdsRole') r.role = roleLabels.get(p) ?? roleLabelFromIri(p);
      relations.set(key, r);
    }
    return r;
  };
  for (const [s, qs] of bySubject) {
    for (const q of qs) {
      if (q.object.termType !== 'NamedNode' || !kindOf(q.predicate.value)) continue;
      relation(s, q.predicate.value, q.object.value);
    }
  }
  for (const qs of statements) {
    const [s, p, o] = [first(qs, NS.rdf + 'subject'), first(qs, NS.rdf + 'predicate'), first(qs, NS.rdf + 'object')];
    if (!s || !p || !o || !kindOf(p)) continue;
    const doc = first(qs, NS.prov + 'wasDerivedFrom') ?? '';
    const num = (local: string) => {
      const v = first(qs, NS.ag + local);
      return v === undefined ? undefined : Number(v);
    };
    const status = first(qs, NS.ag + 'status');
    const ev: Evidence = {
      doc,
      document: documents.get(doc),
      text: first(qs, NS.ag + 'evidence'),
      start: num('charStart'),
      end: num('charEnd'),
      status: status === 'former' || status === 'current' ? status : undefined,
      date: first(qs, NS.ag + 'date'),
      confidence: num('confidence'),
    };
    relation(s, p, o).evidence.push(defined(ev));
  }
  return { entities: [...entities.values()], relations: [...relations.values()], documents: [...documents.values()] };
}
