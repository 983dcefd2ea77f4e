// actorgraph's library: what `import … from 'actorgraph'` gives. One line a stage of the path
// text → extraction → RDF → graph → queries; the CLI (src/cli) is a thin layer over these.
export type * from './model.ts';
export { extract, sha256, type ExtractOptions } from './pipeline.ts';
export { buildLexicon, lexicon, type Lexicon } from './lexicon/index.ts';
// RDF writers, readers and the vocabulary, as one namespace: rdf.createRdfSink, rdf.parseRdf, ...
export * as rdf from './rdf/index.ts';
// Queries over a graph (src/graph): load, find, roles, role timelines, membership, meetings, visits, paths, evidence.
export * from './graph/index.ts';
