// Exports: a PNG of the current view, GEXF for Gephi, and the selection as Turtle.
import type Sigma from 'sigma';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import type { Quad } from '@rdfjs/types';
import { writeRdf } from '../../src/rdf/write.ts';
import { NS } from '../../src/rdf/vocabulary.ts';
import { edgeKey, type ViewModel } from './model.ts';

/** The canvases sigma draws on, composed on white, as they are on screen now. */
export async function exportPng(renderer: Sigma<any, any>): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // WebGL layers keep no drawing buffer: render and copy them in the same task.
  renderer.refresh();
  for (const canvas of Object.values(renderer.getCanvases())) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}

/** GEXF with what Gephi can use: labels, types, positions, sizes, colours, relation labels and kinds. */
export function exportGexf(model: ViewModel): string {
  const out = new MultiDirectedGraph();
  model.graph.forEachNode((n, a) => out.addNode(n, { label: a.label, type: a.entityType, x: a.x, y: a.y, size: a.size, color: a.color }));
  model.graph.forEachEdge((e, a, s, t) => out.addEdgeWithKey(e, s, t, { label: a.label, kind: a.kind, facts: a.facts.length, color: a.color }));
  return writeGexf(out);
}

/**
 * The selected node (or edge) as Turtle: its own triples, its relations with their statements and
 * documents, its neighbours' types and labels, and the role properties used, so the file stands alone.
 */
export async function selectionTurtle(model: ViewModel, node: string | null, edge: string | null): Promise<string> {
  const bySubject = new Map<string, Quad[]>();
  for (const q of model.quads) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q); else bySubject.set(q.subject.value, [q]);
  }
  const { graph } = model;
  const edges = node ? graph.edges(node) : edge ? [edge] : [];
  const keep = new Set<Quad>();
  const describe = (iri: string, predicates?: Set<string>) => {
    for (const q of bySubject.get(iri) ?? []) if (!predicates || predicates.has(q.predicate.value)) keep.add(q);
  };
  const wanted = new Set(edges);
  const nodes = new Set<string>(node ? [node] : []);
  for (const e of edges) for (const n of graph.extremities(e)) nodes.add(n);
  if (node) describe(node);
  const brief = new Set([NS.rdf + 'type', NS.rdfs + 'label']);
  for (const n of nodes) if (n !== node) describe(n, brief);
  for (const e of edges) {
    const [s, t] = graph.extremities(e);
    const p = graph.getEdgeAttribute(e, 'predicate');
    for (const q of bySubject.get(s) ?? []) if (q.predicate.value === p && q.object.value === t) keep.add(q);
    describe(p);
  }
  // Statements (reification nodes) about the chosen relations, and the documents they cite.
  for (const quads of bySubject.values()) {
    const get = (p: string) => quads.find((q) => q.predicate.value === NS.rdf + p)?.object.value;
    if (!get('subject') || !wanted.has(edgeKey(get('subject')!, get('predicate') ?? '', get('object') ?? ''))) continue;
    quads.forEach((q) => keep.add(q));
    for (const q of quads) if (model.docs.has(q.object.value)) describe(q.object.value);
  }
  return writeRdf([...keep], 'turtle');
}
