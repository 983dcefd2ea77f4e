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
  /** ag:planned true: announced or expected, not (yet) happened. */
  planned?: true;
  /** ag:mode ("virtual"). */
  mode?: string;
  date?: string;
  confidence?: number;
}

export interface GraphRelation {
  s: string;
  p: string;
  o: string;
  /** For role properties: the role's label ("prime minister"). */
  role?: string;
  /**
   * Set when the graph has statements of the relation but not its plain triple: what the text
   * says does not hold (yet), such as a prospective membership or a planned visit.
   */
  statementsOnly?: true;
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
// Every IRI the reader looks up, made once: a key built per look-up is a new string to hash.
const RDF_TYPE = NS.rdf + 'type';
const P = {
  label: NS.rdfs + 'label', subPropertyOf: NS.rdfs + 'subPropertyOf', altLabel: NS.skos + 'altLabel', sameAs: NS.owl + 'sameAs',
  identifier: NS.dcterms + 'identifier', source: NS.dcterms + 'source', date: NS.dcterms + 'date',
  sha256: NS.ag + 'sha256', charCount: NS.ag + 'charCount', holdsRole: NS.ag + 'holdsRole',
  subject: NS.rdf + 'subject', predicate: NS.rdf + 'predicate', object: NS.rdf + 'object',
  derivedFrom: NS.prov + 'wasDerivedFrom', evidence: NS.ag + 'evidence', charStart: NS.ag + 'charStart',
  charEnd: NS.ag + 'charEnd', status: NS.ag + 'status', agDate: NS.ag + 'date', confidence: NS.ag + 'confidence',
  planned: NS.ag + 'planned', mode: NS.ag + 'mode',
} as const;
const PROV_ENTITY = NS.prov + 'Entity';
const RDF_STATEMENT = NS.rdf + 'Statement';

/** Groups quads by subject (ignoring graphs: a corpus is one graph however it is stored). */
function bySubject(quads: Iterable<Quad>): Map<string, Map<string, Quad['object'][]>> {
  const out = new Map<string, Map<string, Quad['object'][]>>();
  // A parser hands consecutive quads of one subject the same term: look its entry up once.
  let subject: Quad['subject'] | undefined;
  let props = new Map<string, Quad['object'][]>();
  for (const q of quads) {
    if (q.subject !== subject) {
      subject = q.subject;
      const s = (q.subject.termType === 'BlankNode' ? '_:' : '') + q.subject.value;
      const found = out.get(s);
      if (found) props = found;
      else out.set(s, (props = new Map()));
    }
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
    const isRole = props.get(P.subPropertyOf)?.some((o) => o.value === P.holdsRole);
    if (isRole || s.startsWith(NS.role)) roles.set(s, first(props, P.label) ?? s.slice(NS.role.length));
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
  // subject → predicate → object → relation: no key string to build and hash per look-up.
  const relations = new Map<string, Map<string, Map<string, GraphRelation>>>();
  const all: GraphRelation[] = [];
  const asserted = new Set<GraphRelation>();
  const relation = (s: string, p: string, o: string) => {
    let bySubject = relations.get(s);
    if (!bySubject) relations.set(s, (bySubject = new Map()));
    let byPredicate = bySubject.get(p);
    if (!byPredicate) bySubject.set(p, (byPredicate = new Map()));
    let r = byPredicate.get(o);
    if (!r) {
      const role = roles.get(p) ?? (p.startsWith(NS.role) ? p.slice(NS.role.length) : undefined);
      byPredicate.set(o, (r = role ? { s, p, o, role, statements: [] } : { s, p, o, statements: [] }));
      all.push(r);
    }
    return r;
  };

  for (const [s, props] of subjects) {
    const types = (props.get(RDF_TYPE) ?? []).map((t) => t.value);
    let type: EntityType | undefined;
    for (const t of types) if ((type = CLASSES.get(t))) break;
    if (type) {
      const wd = props.get(P.sameAs)?.find((o) => o.value.startsWith(NS.wd));
      entities.set(s, {
        iri: s,
        type,
        label: first(props, P.label) ?? '',
        aliases: (props.get(P.altLabel) ?? []).map((o) => o.value).sort(),
        ...(wd ? { wikidata: wd.value.slice(NS.wd.length) } : {}),
      });
    }
    if (types.includes(PROV_ENTITY) && props.has(P.sha256)) {
      const doc: GraphDocument = { iri: s };
      const set = (k: 'id' | 'source' | 'sha256' | 'date', p: string) => {
        const v = first(props, p);
        if (v !== undefined) doc[k] = v;
      };
      set('id', P.identifier);
      set('source', P.source);
      set('sha256', P.sha256);
      set('date', P.date);
      const count = num(first(props, P.charCount));
      if (count !== undefined) doc.charCount = count;
      documents.set(s, doc);
    }
    if (types.includes(RDF_STATEMENT)) {
      const ss = first(props, P.subject), pp = first(props, P.predicate), oo = first(props, P.object);
      if (!ss || !pp || !oo || !isRelation(pp, roles)) continue;
      const st: GraphStatement = {
        doc: first(props, P.derivedFrom) ?? '',
        evidence: first(props, P.evidence) ?? '',
        start: num(first(props, P.charStart)) ?? -1,
        end: num(first(props, P.charEnd)) ?? -1,
      };
      const status = first(props, P.status);
      const date = first(props, P.agDate);
      const confidence = num(first(props, P.confidence));
      const planned = first(props, P.planned);
      const mode = first(props, P.mode);
      if (status !== undefined) st.status = status;
      if (planned === 'true' || planned === '1') st.planned = true;
      if (mode !== undefined) st.mode = mode;
      if (date !== undefined) st.date = date;
      if (confidence !== undefined) st.confidence = confidence;
      relation(ss, pp, oo).statements.push(st);
    }
    if (s.startsWith('_:')) continue;
    for (const [p, objects] of props) {
      if (!isRelation(p, roles)) continue;
      for (const o of objects) if (o.termType === 'NamedNode') asserted.add(relation(s, p, o.value));
    }
  }
  for (const r of all) if (!asserted.has(r)) r.statementsOnly = true;

  // Statements in a stable order: by document, then position.
  for (const r of all) {
    if (r.statements.length > 1) {
      r.statements.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start || x.end - y.end));
    }
  }
  // Relations by "s p o", each key made once rather than in every comparison.
  const sorted = all.map((r) => ({ key: `${r.s} ${r.p} ${r.o}`, r }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map(({ r }) => r);
  return { entities, relations: sorted, documents };
}
