// actorgraph's library: what `import … from 'actorgraph'` gives.
// Queries over a graph (src/graph): load, find, roles, membership, meetings, visits, paths, evidence.
export * from './graph/index.ts';
