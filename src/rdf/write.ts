// Quads → RDF text. Turtle is pretty (prefixes, subjects grouped, a stable order) so that two
// runs on the same input give the same bytes.
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { NS } from './vocabulary.ts';

export type RdfFormat = 'turtle' | 'ntriples';

export const RDF_FORMATS: readonly RdfFormat[] = ['turtle', 'ntriples'];

const N3_FORMAT: Record<RdfFormat, string> = { turtle: 'Turtle', ntriples: 'N-Triples' };

/** Prefixes written in Turtle output; `id:` is the entity base in use. */
export function prefixesFor(base: string): Record<string, string> {
  const { ag, role, rdf, rdfs, owl, xsd, skos, prov, dcterms, wd } = NS;
  return { ag, role, rdf, rdfs, owl, xsd, skos, prov, dcterms, wd, id: base };
}

const termKey = (q: Quad) =>
  `${q.graph.value}\u0000${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}`;

/** Sorts quads so that each subject's quads are together, entities before statement nodes. */
export function sortQuads(quads: Quad[]): Quad[] {
  return [...quads].sort((a, b) => {
    const ka = termKey(a);
    const kb = termKey(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    // rdf:type first, then by predicate and object, for readable and stable blocks
    const pa = a.predicate.value === NS.rdf + 'type' ? '' : a.predicate.value;
    const pb = b.predicate.value === NS.rdf + 'type' ? '' : b.predicate.value;
    if (pa !== pb) return pa < pb ? -1 : 1;
    return a.object.value < b.object.value ? -1 : a.object.value > b.object.value ? 1 : 0;
  });
}

export function writeRdf(quads: Quad[], format: RdfFormat = 'turtle', base?: string): Promise<string> {
  const writer = new N3.Writer({
    format: N3_FORMAT[format],
    prefixes: format === 'turtle' ? prefixesFor(base ?? 'https://w3id.org/actorgraph/id/') : undefined,
  });
  writer.addQuads(sortQuads(quads));
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}
