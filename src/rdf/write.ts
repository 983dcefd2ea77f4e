// Quads → RDF text in any of the five formats. Turtle is pretty (prefixes, subjects grouped, a
// stable order) so that two runs on the same input give the same bytes. The serializers here
// write chunk by chunk to any `{ write }` sink; `writeRdf` is the same code into a string.
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { ENTITY_TYPES } from '../model.ts';
import { JsonLdSerializer } from './jsonld.ts';
import { TextWriter } from './text-writer.ts';
import { DEFAULT_BASE, NS } from './vocabulary.ts';

export type RdfFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld';

export const RDF_FORMATS: readonly RdfFormat[] = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'];

/** The usual file extension of each format. */
export const RDF_EXTENSIONS: Record<RdfFormat, string> = {
  turtle: 'ttl', ntriples: 'nt', nquads: 'nq', trig: 'trig', jsonld: 'jsonld',
};

/** Formats that keep each document's facts in a named graph of its own. */
export const isQuadFormat = (f: RdfFormat) => f === 'nquads' || f === 'trig';

const N3_FORMAT = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' } as const;

/**
 * Prefixes written in Turtle and TriG. Besides the vocabularies, one prefix per entity folder
 * under the base (`person:`, `country:` …, `doc:`) so that entity IRIs print as short names.
 */
export function prefixesFor(base: string = DEFAULT_BASE): Record<string, string> {
  const { ag, role, rdf, rdfs, owl, xsd, skos, prov, dcterms, wd } = NS;
  const folders = Object.fromEntries(
    [...ENTITY_TYPES.map((t) => t.toLowerCase()), 'doc'].map((f) => [f, `${base}${f}/`]),
  );
  return { ag, role, rdf, rdfs, owl, xsd, skos, prov, dcterms, wd, id: base, ...folders };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const subjectKey = (q: Quad, graph = q.graph.value) =>
  `${graph}\u0000${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}`;
const objectKey = (q: Quad) =>
  `${q.object.termType}\u0000${q.object.value}\u0000${q.object.termType === 'Literal' ? q.object.datatype.value + '@' + q.object.language : ''}`;

// Within a subject, the predicates a reader looks for first: what it is, its name, what it says.
const FIRST = [
  NS.rdf + 'type', NS.rdfs + 'label', NS.skos + 'altLabel', NS.rdf + 'subject', NS.rdf + 'predicate', NS.rdf + 'object',
];
// A predicate sorts by its rank in FIRST (9 when not there), then by IRI.
const predicateRank = (p: string) => {
  const rank = FIRST.indexOf(p);
  return rank < 0 ? 9 : rank;
};

/** Each distinct predicate IRI's place in the order: rank in FIRST, then IRI. */
function predicateOrder(iris: string[]): Int32Array {
  const byOrder = iris.map((p, i) => ({ p, i, rank: predicateRank(p) })).sort((a, b) => a.rank - b.rank || cmp(a.p, b.p));
  const order = new Int32Array(iris.length);
  byOrder.forEach((x, place) => { order[x.i] = place; });
  return order;
}

/** Numbers strings in the order they are first seen. */
function numbering() {
  const ids = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    id(value: string): number {
      let id = ids.get(value);
      if (id === undefined) {
        ids.set(value, (id = values.length));
        values.push(value);
      }
      return id;
    },
  };
}

// Groups at most this long are put in order by insertion (stable, no comparator closures).
const INSERTION = 24;

/**
 * Sorted (and without repeats when `unique`) with each key computed once: quads are grouped by
 * subject key, the keys sorted, then each group by predicate and object. The same order as a
 * stable sort by (subject, predicate, object) key; a repeated quad keeps its first place.
 * `flat` reads and returns every quad as if in the default graph. Groups and predicates are numbered and
 * the quads bucketed by number (typed arrays, no object per quad); an object's key is made only
 * when two quads of a subject share the predicate.
 */
function sortedUnique(quads: readonly Quad[], flat: boolean, unique: boolean): Quad[] {
  const n = quads.length;
  const groupOf = new Int32Array(n);
  const predicateOf = new Int32Array(n);
  const subjects = numbering(), predicates = numbering();
  // A subject's quads usually come one after another: look its group up once.
  let group = -1, subjectTerm: unknown, subject = '', type = '', graph: string | undefined;
  let predicateTerm: unknown, predicate = -1;
  for (let i = 0; i < n; i++) {
    const q = quads[i]!;
    const g = flat ? '' : q.graph.value;
    if (q.subject !== subjectTerm || g !== graph) {
      const st = q.subject;
      subjectTerm = st;
      const v = st.value, t = st.termType;
      if (v !== subject || t !== type || g !== graph) {
        subject = v;
        type = t;
        graph = g;
        group = subjects.id(subjectKey(q, g));
      }
    }
    groupOf[i] = group;
    if (q.predicate !== predicateTerm) {
      predicateTerm = q.predicate;
      predicate = predicates.id(q.predicate.value);
    }
    predicateOf[i] = predicate;
  }
  const place = predicateOrder(predicates.values);
  const keys = subjects.values;
  for (let i = 0; i < n; i++) predicateOf[i] = place[predicateOf[i]!]!;

  // Bucket the quads by group, in input order within each (a counting sort).
  const groups = keys.length;
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) start[groupOf[i]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[groupOf[i]!]!++] = i;

  const objectKeys = new Map<number, string>();
  const objectKeyAt = (i: number) => {
    let k = objectKeys.get(i);
    if (k === undefined) objectKeys.set(i, (k = objectKey(quads[i]!)));
    return k;
  };
  const before = (a: number, b: number) => {
    const d = predicateOf[a]! - predicateOf[b]!;
    return d < 0 || (d === 0 && objectKeyAt(a) < objectKeyAt(b));
  };

  const take = flat ? inDefaultGraph : (q: Quad) => q;
  const order = Array.from({ length: groups }, (_, g) => g).sort((a, b) => cmp(keys[a]!, keys[b]!));
  const out: Quad[] = [];
  for (const g of order) {
    const from = start[g]!, to = start[g + 1]!;
    if (to - from === 1) {
      out.push(take(quads[members[from]!]!));
      continue;
    }
    if (to - from <= INSERTION) {
      for (let i = from + 1; i < to; i++) {
        const m = members[i]!;
        let j = i - 1;
        for (; j >= from && before(m, members[j]!); j--) members[j + 1] = members[j]!;
        members[j + 1] = m;
      }
    } else {
      const sorted = Array.from(members.subarray(from, to)).sort((a, b) =>
        predicateOf[a]! - predicateOf[b]! || cmp(objectKeyAt(a), objectKeyAt(b)));
      members.set(sorted, from);
    }
    let prev = -1;
    for (let i = from; i < to; i++) {
      const m = members[i]!;
      if (unique && prev >= 0 && predicateOf[prev] === predicateOf[m] && objectKeyAt(prev) === objectKeyAt(m)) continue;
      out.push(take(quads[m]!));
      prev = m;
    }
    objectKeys.clear();
  }
  return out;
}

/** Sorts quads so that each subject's quads are together (rdf:type first), named nodes before blank ones. */
export function sortQuads(quads: Quad[]): Quad[] {
  return sortedUnique(quads, false, false);
}

/** The same triple in the default graph: single-graph formats merge every graph into one. */
export function inDefaultGraph(q: Quad): Quad {
  return q.graph.termType === 'DefaultGraph' ? q : N3.DataFactory.quad(q.subject, q.predicate, q.object);
}

/** Drops repeated quads (the same triple in the same graph), keeping the first. */
export function uniqueQuads(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${subjectKey(q)} ${q.predicate.value} ${objectKey(q)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** `uniqueQuads(sortQuads(quads))` in one pass; `flat` merges every graph into the default one. */
export function sortedUniqueQuads(quads: Quad[], flat = false): Quad[] {
  return sortedUnique(quads, flat, true);
}

/** Where serialized text goes: a Writable, a `{ write }` adapter, or a string buffer. */
export interface TextSink {
  write(text: string): unknown;
}

/** Writes chunks of quads as they come; `end` finishes the document (closing brackets). */
export interface QuadSerializer {
  write(quads: Quad[]): void;
  end(): void;
}

class N3Serializer implements QuadSerializer {
  private readonly writer: TextWriter;
  private readonly flat: boolean;

  constructor(out: TextSink, format: Exclude<RdfFormat, 'jsonld'>, base: string) {
    this.flat = !isQuadFormat(format);
    const pretty = format === 'turtle' || format === 'trig';
    this.writer = new TextWriter((s) => out.write(s), N3_FORMAT[format], pretty ? prefixesFor(base) : {});
  }

  write(quads: Quad[]): void {
    this.writer.write(sortedUniqueQuads(quads, this.flat));
  }

  end(): void {
    this.writer.end();
  }
}

export function createSerializer(out: TextSink, format: RdfFormat, base: string = DEFAULT_BASE): QuadSerializer {
  if (!RDF_FORMATS.includes(format)) throw new Error(`unknown RDF format "${format}" (${RDF_FORMATS.join(', ')})`);
  return format === 'jsonld' ? new JsonLdSerializer(out, base) : new N3Serializer(out, format, base);
}

/** Serializes a whole set of quads to a string (small graphs, tests, the ontology). */
export function writeRdf(quads: Quad[], format: RdfFormat = 'turtle', base?: string): Promise<string> {
  let text = '';
  const serializer = createSerializer({ write: (s: string) => (text += s) }, format, base ?? DEFAULT_BASE);
  serializer.write(quads);
  serializer.end();
  return Promise.resolve(text);
}
