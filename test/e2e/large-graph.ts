// A synthetic contract-shaped graph of any size, for the scale test: entities of every type and
// relations with statements, wired with some hubs so that the layout has structure to find.
const AG = 'https://w3id.org/actorgraph/ns#';
const ID = 'https://w3id.org/actorgraph/id/';
const TYPES = ['Person', 'Country', 'City', 'Organization', 'Event', 'Agreement', 'Issue'];
const KINDS = ['memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'locatedIn', 'involvedIn', 'partOf'];

export function largeGraph(nodes: number, edges: number): string {
  const out: string[] = [`@prefix ag: <${AG}> .`, `@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .`,
    `@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .`, `@prefix prov: <http://www.w3.org/ns/prov#> .`];
  for (let i = 0; i < nodes; i++) out.push(`<${ID}n/${i}> a ag:${TYPES[i % TYPES.length]} ; rdfs:label "Actor ${i}" .`);
  // A deterministic pseudo-random stream (LCG): the same graph every run.
  let seed = 42;
  // Only the high bits: an LCG's low bits repeat with short periods.
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) >>> 8;
  const seen = new Set<string>();
  while (seen.size < edges) {
    const s = next() % nodes;
    // Half the edges go to the first 1% of nodes: hubs, as in news (countries, the UN).
    const o = next() % 2 ? next() % Math.max(1, Math.floor(nodes / 100)) : next() % nodes;
    const p = KINDS[next() % KINDS.length];
    const key = `${s} ${p} ${o}`;
    if (s === o || seen.has(key)) continue;
    seen.add(key);
    out.push(`<${ID}n/${s}> ag:${p} <${ID}n/${o}> .`,
      `[] a rdf:Statement ; rdf:subject <${ID}n/${s}> ; rdf:predicate ag:${p} ; rdf:object <${ID}n/${o}> ; ag:evidence "Sentence ${seen.size}." .`);
  }
  return out.join('\n') + '\n';
}
