// Test helpers: write a corpus to a string in any format, and compare graphs up to blank-node
// renaming (our blank nodes are statement nodes, each told apart by what it points at).
import { createHash } from 'node:crypto';
import type { Quad, Term } from '@rdfjs/types';
import type { Extraction } from '../../src/model.ts';
import { createRdfSink, type RdfFormat } from '../../src/rdf/index.ts';

export async function writeCorpus(xs: Extraction[], format: RdfFormat, base?: string): Promise<string> {
  let text = '';
  const sink = createRdfSink({ write: (s: string) => (text += s), end: () => undefined }, { format, base });
  for (const x of xs) await sink.add(x);
  await sink.end();
  return text;
}

const show = (t: Term, names: Map<string, string>): string => {
  if (t.termType === 'BlankNode') return names.get(t.value) ?? `_:?${t.value}`;
  if (t.termType === 'Literal') return JSON.stringify([t.value, t.language, t.datatype.value]);
  return `<${t.value}>`;
};

/** Canonical lines for a set of quads: blank nodes named by a hash of their outgoing edges. */
export function canonical(quads: Quad[], withGraphs = true): string[] {
  const names = new Map<string, string>();
  const edges = new Map<string, string[]>();
  for (const q of quads) {
    if (q.subject.termType !== 'BlankNode') continue;
    const list = edges.get(q.subject.value) ?? [];
    list.push(`${q.predicate.value} ${show(q.object, new Map())}`);
    edges.set(q.subject.value, list);
  }
  for (const [b, list] of edges) names.set(b, '_:' + createHash('sha256').update(list.sort().join('\n')).digest('hex'));
  const lines = quads.map((q) =>
    `${show(q.subject, names)} <${q.predicate.value}> ${show(q.object, names)}${withGraphs && q.graph.value ? ` <${q.graph.value}>` : ''}`);
  return [...new Set(lines)].sort();
}
