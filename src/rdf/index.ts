// The RDF library: what the CLI, the queries and the tests import.
export * from './vocabulary.ts';
export * from './identity.ts';
export * from './merge.ts';
export * from './quads.ts';
export * from './write.ts';
export * from './jsonld.ts';
export * from './read.ts';
export * from './graph-model.ts';
export * from './sink.ts';
export * from './file.ts';
// validate.ts (SHACL) is imported on its own: it loads shacl-engine, which most users never need.
