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

/** A quad with its predicate's sort key; the object's key is made only when predicates tie. */
interface Keyed { q: Quad; rank: number; p: string; o?: string }
const objectKeyOf = (k: Keyed) => (k.o ??= objectKey(k.q));
const byPredicateObject = (a: Keyed, b: Keyed) =>
  a.rank - b.rank || cmp(a.p, b.p) || cmp(objectKeyOf(a), objectKeyOf(b));

/**
 * Sorted (and without repeats when `unique`) with each key computed once: quads are grouped by
 * subject key, the keys sorted, then each group by predicate and object. The same order as a
 * stable sort by (subject, predicate, object) key; a repeated quad keeps its first place.
 * `flat` reads every quad as if in the default graph.
 */
function sortedUnique(quads: readonly Quad[], flat: boolean, unique: boolean): Quad[] {
  const groups = new Map<string, Quad[]>();
  // A subject's quads usually come one after another: look its group up once.
  let group: Quad[] = [], subject = '', type = '', graph: string | undefined;
  for (const q of quads) {
    const g = flat ? '' : q.graph.value;
    if (q.subject.value !== subject || q.subject.termType !== type || g !== graph) {
      ({ value: subject, termType: type } = q.subject);
      graph = g;
      const key = subjectKey(q, g);
      const found = groups.get(key);
      if (found) group = found;
      else groups.set(key, (group = []));
    }
    group.push(q);
  }
  const out: Quad[] = [];
  for (const key of [...groups.keys()].sort(cmp)) {
    const members = groups.get(key)!;
    if (members.length === 1) {
      out.push(members[0]!);
      continue;
    }
    const keyed = members.map((q): Keyed => ({ q, rank: predicateRank(q.predicate.value), p: q.predicate.value })).sort(byPredicateObject);
    let prev: Keyed | undefined;
    for (const k of keyed) {
      if (unique && prev && prev.p === k.p && objectKeyOf(prev) === objectKeyOf(k)) continue;
      out.push(k.q);
      prev = k;
    }
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
  const sorted = sortedUnique(quads, flat, true);
  return flat ? sorted.map(inDefaultGraph) : sorted;
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
