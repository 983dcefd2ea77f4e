// Extraction → RDF/JS quads, through the contract: entities with their labels, one plain
// triple per relation, a declaration for every role property used, and a statement node
// carrying the evidence of every relation triple. The pieces are separate functions so that
// the corpus sink can write each at its time (statements as documents come, entities once).
import { createHash } from 'node:crypto';
import N3 from 'n3';
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { Extraction, Fact } from '../model.ts';
import { corpusKeys } from './identity.ts';
import { EntityIndex, type EntityDescription } from './merge.ts';
import { DEFAULT_BASE, NS, docIri, entityIri, literalText, roleIri } from './vocabulary.ts';

const { namedNode, literal, blankNode, quad, defaultGraph } = N3.DataFactory;

export interface QuadOptions {
  /** Base IRI for entities and documents (default DEFAULT_BASE). */
  base?: string;
  /** Put the document's quads in this graph (N-Quads / TriG); default: the default graph. */
  graph?: Quad_Graph;
}

const n = (ns: keyof typeof NS, local: string) => namedNode(NS[ns] + local);
const RDF_TYPE = NS.rdf + 'type';
const text = (s: string, lang?: string) => literal(literalText(s), lang);
const integer = (i: number) => literal(String(Math.trunc(i)), n('xsd', 'integer'));

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The xsd datatype of a date string by its precision; undefined for anything not a date. */
export function dateLiteral(date: string) {
  if (!DATE.test(date)) return undefined;
  const type = date.length === 4 ? 'gYear' : date.length === 7 ? 'gYearMonth' : 'date';
  return literal(date, n('xsd', type));
}

/** The IRI of the plain relation triple's predicate for a fact. */
export function factPredicate(f: Fact): string {
  if (f.predicate !== 'holdsRole') return NS.ag + f.predicate;
  return f.role?.trim() ? roleIri(f.role.trim()) : NS.ag + 'holdsRole';
}

type Add = (s: Quad_Subject, p: string, o: Quad_Object) => void;
const adder = (out: Quad[], graph: Quad_Graph): Add => (s, p, o) => out.push(quad(s, namedNode(p), o, graph));

/** The document as a prov:Entity: its identifier, source, sha256, date and length. */
export function documentQuads(x: Extraction, base = DEFAULT_BASE, graph: Quad_Graph = defaultGraph()): Quad[] {
  const out: Quad[] = [];
  const add = adder(out, graph);
  const doc = namedNode(docIri(x.doc.sha256, base));
  add(doc, RDF_TYPE, n('prov', 'Entity'));
  add(doc, NS.rdfs + 'label', text(x.doc.id));
  add(doc, NS.dcterms + 'identifier', text(x.doc.id));
  if (x.doc.source) add(doc, NS.dcterms + 'source', text(x.doc.source));
  add(doc, NS.ag + 'sha256', literal(x.doc.sha256));
  add(doc, NS.ag + 'charCount', integer(x.doc.text.length));
  const date = x.doc.date ? dateLiteral(x.doc.date) : undefined;
  if (date) add(doc, NS.dcterms + 'date', date);
  return out;
}

/** One entity description: type, one label, altLabels, owl:sameAs its Wikidata item. */
export function entityQuads(e: EntityDescription, base = DEFAULT_BASE, graph: Quad_Graph = defaultGraph()): Quad[] {
  const out: Quad[] = [];
  const add = adder(out, graph);
  const s = namedNode(entityIri(e.key, base));
  add(s, RDF_TYPE, n('ag', e.type));
  add(s, NS.rdfs + 'label', text(e.label));
  for (const a of e.aliases) add(s, NS.skos + 'altLabel', text(a));
  if (e.wikidata) add(s, NS.owl + 'sameAs', n('wd', e.wikidata));
  return out;
}

/** Declarations of role properties, so that a file alone answers "which roles are there". */
export function roleQuads(labels: Iterable<string>, graph: Quad_Graph = defaultGraph()): Quad[] {
  const out: Quad[] = [];
  const add = adder(out, graph);
  const byIri = new Map<string, string>();
  for (const label of labels) {
    const iri = roleIri(label);
    // Two spellings of one role ("spokesperson", "Spokesperson") share an IRI: keep one label.
    if (!byIri.has(iri) || label < byIri.get(iri)!) byIri.set(iri, label);
  }
  for (const [iri, label] of [...byIri].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const p = namedNode(iri);
    add(p, RDF_TYPE, n('owl', 'ObjectProperty'));
    add(p, NS.rdfs + 'subPropertyOf', n('ag', 'holdsRole'));
    add(p, NS.rdfs + 'label', text(label, 'en'));
  }
  return out;
}

/** A relation triple resolved to corpus IRIs (what the plain triple says). */
export interface Triple {
  s: string;
  p: string;
  o: string;
}

/** The relation triples and statement nodes of one document. */
export interface FactQuads {
  /** Only the triples that hold (factHolds); a fact that does not has its statement alone. */
  triples: Triple[];
  statements: Quad[];
  /** Role labels the facts use. */
  roles: string[];
}

// Statuses under which a membership does not hold now: invited or applied, observing, left.
const NOT_A_MEMBER = new Set(['prospective', 'observer', 'former']);

/**
 * Whether the fact holds as the text tells it, so that its plain triple may be written: an
 * announced visit has not happened, a prospective member is not a member. A suspended member
 * still is one, and a former role keeps its triple (its statement says "former").
 */
export function factHolds(f: Fact): boolean {
  if (f.planned) return false;
  return !(f.predicate === 'memberOf' && f.status !== undefined && NOT_A_MEMBER.has(f.status));
}

/** Resolves a fact to IRIs; `met` is symmetric, so its ends are put in one order. */
export function factTriple(f: Fact, keys: Map<string, string>, base = DEFAULT_BASE): Triple {
  let s = entityIri(keys.get(f.subject) ?? f.subject, base);
  let o = entityIri(keys.get(f.object) ?? f.object, base);
  if (f.predicate === 'met' && o < s) [s, o] = [o, s];
  return { s, p: factPredicate(f), o };
}

/**
 * The statement nodes of a document's facts. A statement's blank-node label is a hash of what
 * it says and where, so output is stable and labels never clash across documents of a corpus.
 * The same claim twice in one sentence (two rules agreeing) is one statement, most confident.
 */
export function factQuads(
  x: Extraction, base = DEFAULT_BASE, graph: Quad_Graph = defaultGraph(), keys: Map<string, string> = corpusKeys(x),
): FactQuads {
  const doc = namedNode(docIri(x.doc.sha256, base));
  const triples = new Map<string, Triple>();
  const claims = new Map<string, { t: Triple; f: Fact }>();
  const roles = new Set<string>();
  for (const f of x.facts) {
    const t = factTriple(f, keys, base);
    const tripleKey = `${t.s} ${t.p} ${t.o}`;
    if (factHolds(f)) triples.set(tripleKey, t);
    if (f.predicate === 'holdsRole' && f.role?.trim()) roles.add(f.role.trim());
    // The qualifiers are appended only when set, so that older claims keep their labels.
    const claim = `${tripleKey} ${x.doc.sha256} ${f.evidence.start} ${f.evidence.end} ${f.status ?? ''} ${f.date ?? ''}`
      + `${f.planned ? ' planned' : ''}${f.mode ? ` ${f.mode}` : ''}`;
    const prev = claims.get(claim);
    if (!prev || f.confidence > prev.f.confidence) claims.set(claim, { t, f });
  }
  const statements: Quad[] = [];
  const add = adder(statements, graph);
  for (const [claim, { t, f }] of [...claims].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const st = blankNode(`st${createHash('sha256').update(claim).digest('hex').slice(0, 20)}`);
    add(st, RDF_TYPE, n('rdf', 'Statement'));
    add(st, NS.rdf + 'subject', namedNode(t.s));
    add(st, NS.rdf + 'predicate', namedNode(t.p));
    add(st, NS.rdf + 'object', namedNode(t.o));
    if (f.status) add(st, NS.ag + 'status', literal(f.status));
    if (f.planned) add(st, NS.ag + 'planned', literal('true', n('xsd', 'boolean')));
    if (f.mode) add(st, NS.ag + 'mode', literal(f.mode));
    const date = f.date ? dateLiteral(f.date) : undefined;
    if (date) add(st, NS.ag + 'date', date);
    add(st, NS.prov + 'wasDerivedFrom', doc);
    add(st, NS.ag + 'evidence', text(f.evidence.text));
    add(st, NS.ag + 'charStart', integer(f.evidence.start));
    add(st, NS.ag + 'charEnd', integer(f.evidence.end));
    if (Number.isFinite(f.confidence)) {
      const c = Math.min(1, Math.max(0, f.confidence));
      add(st, NS.ag + 'confidence', literal(c.toFixed(2), n('xsd', 'decimal')));
    }
  }
  return { triples: [...triples.values()], statements, roles: [...roles] };
}

/** The plain relation triples as quads. */
export function tripleQuads(triples: Iterable<Triple>, graph: Quad_Graph = defaultGraph()): Quad[] {
  return [...triples].map((t) => quad(namedNode(t.s), namedNode(t.p), namedNode(t.o), graph));
}

/** Everything one document says, as one self-contained graph. */
export function extractionToQuads(x: Extraction, options: QuadOptions = {}): Quad[] {
  const base = options.base ?? DEFAULT_BASE;
  const graph = options.graph ?? defaultGraph();
  const index = new EntityIndex();
  index.add(x);
  const facts = factQuads(x, base, graph);
  return [
    ...documentQuads(x, base, graph),
    ...roleQuads(facts.roles, graph),
    ...index.descriptions().flatMap((e) => entityQuads(e, base, graph)),
    ...tripleQuads(facts.triples, graph),
    ...facts.statements,
  ];
}
