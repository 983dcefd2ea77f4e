// A synthetic corpus graph shaped like the DWIE one: a few hub countries, people who visited
// them (each read in one dated document), two people read in two documents, and many actors
// named with no relation. Deterministic, so that counts in the tests are exact.
const ID = 'https://w3id.org/actorgraph/id/';

export interface CorpusShape {
  countries: number;
  persons: number;
  unconnected: number;
  docs: number;
}

export const ADA = `${ID}person/ada-two-docs`;

export function corpusGraph(o: CorpusShape): string {
  const out = ['@prefix ag: <https://w3id.org/actorgraph/ns#> .', '@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .',
    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .', '@prefix prov: <http://www.w3.org/ns/prov#> .',
    '@prefix dcterms: <http://purl.org/dc/terms/> .', '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .'];
  const doc = (i: number) => `<${ID}doc/d${i}>`;
  for (let i = 0; i < o.docs; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    out.push(`${doc(i)} a prov:Entity ; dcterms:identifier "article-${i}" ; dcterms:source "corpus.jsonl:${i + 1}" ; ag:sha256 "sha${i}" ; dcterms:date "2021-03-${day}"^^xsd:date .`);
  }
  const relation = (s: string, p: string, t: string, d: number) => out.push(`<${s}> ag:${p} <${t}> .`,
    `[] a rdf:Statement ; rdf:subject <${s}> ; rdf:predicate ag:${p} ; rdf:object <${t}> ; prov:wasDerivedFrom ${doc(d % o.docs)} ; ag:evidence "${p} in d${d % o.docs}." ; ag:charStart 0 ; ag:charEnd 9 .`);
  const country = (i: number) => `${ID}country/c${i}`;
  for (let i = 0; i < o.countries; i++) out.push(`<${country(i)}> a ag:Country ; rdfs:label "Country ${i}" .`);
  for (let i = 0; i < o.persons; i++) {
    const p = `${ID}person/p${i}`;
    out.push(`<${p}> a ag:Person ; rdfs:label "Person ${i}" .`);
    // Every country gets a visitor; past those, squares modulo the count make hubs of unequal size.
    relation(p, 'visited', country(i < o.countries ? i : (i * i) % o.countries), i);
  }
  const bo = `${ID}person/bo-two-docs`;
  out.push(`<${ADA}> a ag:Person ; rdfs:label "Ada Twodocs" .`, `<${bo}> a ag:Person ; rdfs:label "Bo Twodocs" .`);
  relation(ADA, 'visited', country(0), 0);
  relation(ADA, 'met', bo, 1);
  for (let i = 0; i < o.unconnected; i++) out.push(`<${ID}organization/u${i}> a ag:Organization ; rdfs:label "Lonely ${i}" .`);
  return out.join('\n') + '\n';
}
