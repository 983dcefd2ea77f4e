// RDF quads → actorgraph's own view of a graph: entities, relations with the statements they
// rest on, and documents. Pure (no I/O), so the CLI, the queries and tests share it; it reads
// any of the writers' outputs (one graph or a graph per document) and tolerates foreign triples.
import type { Quad } from '@rdfjs/types';
import type { EntityType } from '../model.ts';
import { ENTITY_TYPES } from '../model.ts';
import { NS } from './vocabulary.ts';

export interface GraphEntity {
  iri: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Wikidata item ID (Q843) from owl:sameAs wd:… */
  wikidata?: string;
}

export interface GraphStatement {
  /** The document IRI (prov:wasDerivedFrom). */
  doc: string;
  evidence: string;
  start: number;
  end: number;
  status?: string;
  date?: string;
  confidence?: number;
}

export interface GraphRelation {
  s: string;
  p: string;
  o: string;
  /** For role properties: the role's label ("prime minister"). */
  role?: string;
  statements: GraphStatement[];
}

export interface GraphDocument {
  iri: string;
  id?: string;
  source?: string;
  sha256?: string;
  date?: string;
  charCount?: number;
}

export interface GraphModel {
  entities: Map<string, GraphEntity>;
  relations: GraphRelation[];
  documents: Map<string, GraphDocument>;
}

const RELATION_PREDICATES = new Set(
  ['holdsRole', 'memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'locatedIn', 'involvedIn', 'partOf']
    .map((k) => NS.ag + k),
);
const CLASSES = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [NS.ag + t, t]));
const RDF_TYPE = NS.rdf + 'type';

/** Groups quads by subject (ignoring graphs: a corpus is one graph however it is stored). */
function bySubject(quads: Iterable<Quad>): Map<string, Map<string, Quad['object'][]>> {
  const out = new Map<string, Map<string, Quad['object'][]>>();
  for (const q of quads) {
    const s = (q.subject.termType === 'BlankNode' ? '_:' : '') + q.subject.value;
    let props = out.get(s);
    if (!props) out.set(s, (props = new Map()));
    const list = props.get(q.predicate.value);
    if (list) list.push(q.object);
    else props.set(q.predicate.value, [q.object]);
  }
  return out;
}

const first = (props: Map<string, Quad['object'][]>, p: string) => props.get(p)?.[0]?.value;
const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

/** Role properties: declared sub-properties of ag:holdsRole, plus anything in the role: namespace. */
function roleLabels(subjects: Map<string, Map<string, Quad['object'][]>>): Map<string, string> {
  const roles = new Map<string, string>();
  for (const [s, props] of subjects) {
    const isRole = props.get(NS.rdfs + 'subPropertyOf')?.some((o) => o.value === NS.ag + 'holdsRole');
    if (isRole || s.startsWith(NS.role)) roles.set(s, first(props, NS.rdfs + 'label') ?? s.slice(NS.role.length));
  }
  return roles;
}

const isRelation = (p: string, roles: Map<string, string>) =>
  RELATION_PREDICATES.has(p) || roles.has(p) || p.startsWith(NS.role);

export function readGraph(quads: Iterable<Quad>): GraphModel {
  const list = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  const subjects = bySubject(list);
  const roles = roleLabels(subjects);
  const entities = new Map<string, GraphEntity>();
  const documents = new Map<string, GraphDocument>();
  const relations = new Map<string, GraphRelation>();
  const relation = (s: string, p: string, o: string) => {
    const key = `${s} ${p} ${o}`;
    let r = relations.get(key);
    if (!r) {
      const role = roles.get(p) ?? (p.startsWith(NS.role) ? p.slice(NS.role.length) : undefined);
      relations.set(key, (r = { s, p, o, ...(role ? { role } : {}), statements: [] }));
    }
    return r;
  };

  for (const [s, props] of subjects) {
    const types = (props.get(RDF_TYPE) ?? []).map((t) => t.value);
    const type = types.map((t) => CLASSES.get(t)).find(Boolean);
    if (type) {
      const wd = props.get(NS.owl + 'sameAs')?.find((o) => o.value.startsWith(NS.wd));
      entities.set(s, {
        iri: s,
        type,
        label: first(props, NS.rdfs + 'label') ?? '',
        aliases: (props.get(NS.skos + 'altLabel') ?? []).map((o) => o.value).sort(),
        ...(wd ? { wikidata: wd.value.slice(NS.wd.length) } : {}),
      });
    }
    if (types.includes(NS.prov + 'Entity') && props.has(NS.ag + 'sha256')) {
      const doc: GraphDocument = { iri: s };
      const set = (k: 'id' | 'source' | 'sha256' | 'date', p: string) => {
        const v = first(props, p);
        if (v !== undefined) doc[k] = v;
      };
      set('id', NS.dcterms + 'identifier');
      set('source', NS.dcterms + 'source');
      set('sha256', NS.ag + 'sha256');
      set('date', NS.dcterms + 'date');
      const count = num(first(props, NS.ag + 'charCount'));
      if (count !== undefined) doc.charCount = count;
      documents.set(s, doc);
    }
    if (types.includes(NS.rdf + 'Statement')) {
      const [ss, pp, oo] = ['subject', 'predicate', 'object'].map((k) => first(props, NS.rdf + k));
      if (!ss || !pp || !oo || !isRelation(pp, roles)) continue;
      const st: GraphStatement = {
        doc: first(props, NS.prov + 'wasDerivedFrom') ?? '',
        evidence: first(props, NS.ag + 'evidence') ?? '',
        start: num(first(props, NS.ag + 'charStart')) ?? -1,
        end: num(first(props, NS.ag + 'charEnd')) ?? -1,
      };
      const status = first(props, NS.ag + 'status');
      const date = first(props, NS.ag + 'date');
      const confidence = num(first(props, NS.ag + 'confidence'));
      if (status !== undefined) st.status = status;
      if (date !== undefined) st.date = date;
      if (confidence !== undefined) st.confidence = confidence;
      relation(ss, pp, oo).statements.push(st);
    }
    if (s.startsWith('_:')) continue;
    for (const [p, objects] of props) {
      if (!isRelation(p, roles)) continue;
      for (const o of objects) if (o.termType === 'NamedNode') relation(s, p, o.value);
    }
  }

  // Statements in a stable order: by document, then position.
  for (const r of relations.values()) {
    r.statements.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end));
  }
  const sorted = [...relations.values()].sort((a, b) => {
    const ka = `${a.s} ${a.p} ${a.o}`;
    const kb = `${b.s} ${b.p} ${b.o}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return { entities, relations: sorted, documents };
}
