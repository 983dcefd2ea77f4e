// RDF quads → the view model: the project's reading of the contract (readGraph) laid out as a
// graphology graph with sizes, colours, start positions and curves for parallel relations.
// Pure: no DOM, no I/O, so the same code runs in the browser and in the tests.
import { MultiDirectedGraph } from 'graphology';
import type { Quad } from '@rdfjs/types';
import { RELATION_KINDS, type RelationKind } from '../../src/model.ts';
import { readGraph } from '../../src/rdf/graph-model.ts';
import { NS } from '../../src/rdf/vocabulary.ts';
import { DEFAULT_SETTINGS, type ViewerSettings } from './settings.ts';
import { edgeKey, type DocInfo, type EdgeAttrs, type NodeAttrs, type ViewGraph, type ViewModel } from './model.ts';

const KIND_LABELS: Record<RelationKind, string> = {
  holdsRole: 'holds role', memberOf: 'member of', visited: 'visited', met: 'met', participatedIn: 'participated in',
  partyTo: 'party to', locatedIn: 'located in', involvedIn: 'involved in', partOf: 'part of',
};

export function buildViewModel(quads: Quad[], settings: ViewerSettings = DEFAULT_SETTINGS): ViewModel {
  const read = readGraph(quads);
  const graph: ViewGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const addNode = (iri: string) => {
    if (graph.hasNode(iri)) return;
    const e = read.entities.get(iri);
    const type = e?.type ?? 'Other';
    graph.addNode(iri, {
      label: e?.label || localName(iri),
      entityType: type,
      aliases: e?.aliases ?? [],
      wikidata: e?.wikidata && /^Q\d+$/.test(e.wikidata) ? e.wikidata : undefined,
      ...initialPosition(iri),
      size: settings.nodeSize[0],
      color: settings.typeColors[type],
    });
  };
  for (const iri of read.entities.keys()) addNode(iri);
  for (const r of read.relations) {
    const kind = kindOf(r.p);
    addNode(r.s);
    addNode(r.o);
    graph.addDirectedEdgeWithKey(edgeKey(r.s, r.p, r.o), r.s, r.o, {
      predicate: r.p, kind, label: r.role ?? KIND_LABELS[kind], facts: r.statements,
      color: settings.kindColors[kind], size: settings.edgeSize, type: 'straight',
    });
  }
  const docs = new Map<string, DocInfo>();
  for (const d of read.documents.values()) {
    docs.set(d.iri, { iri: d.iri, label: d.source ?? d.id ?? localName(d.iri), sha256: d.sha256, ...(d.id ? { id: d.id } : {}), ...(d.date ? { date: d.date } : {}) });
  }
  for (const r of read.relations) {
    for (const st of r.statements) if (st.doc && !docs.has(st.doc)) docs.set(st.doc, { iri: st.doc, label: localName(st.doc) });
  }
  sizeByDegree(graph, settings);
  curveParallelEdges(graph, settings.edgeCurvature);
  return { graph, docs, quads };
}

function kindOf(predicate: string): RelationKind {
  const local = predicate.startsWith(NS.ag) ? predicate.slice(NS.ag.length) : '';
  return (RELATION_KINDS as readonly string[]).includes(local) ? (local as RelationKind) : 'holdsRole';
}

/** The last path segment or fragment of an IRI, decoded: the label of last resort. */
export function localName(iri: string): string {
  const tail = iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1) || iri;
  try { return decodeURIComponent(tail); } catch { return tail; }
}

// Positions derived from the IRI alone, so that the same graph always starts the same way,
// whatever the order of its triples.
export function initialPosition(iri: string): { x: number; y: number } {
  const h = fnv1a(iri);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt(((h >>> 16) + 1) / 0x10000);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** FNV-1a, 32 bits: a cheap stable hash for positions and cache keys. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sizeByDegree(graph: ViewGraph, settings: ViewerSettings): void {
  let max = 1;
  graph.forEachNode((n) => { max = Math.max(max, graph.degree(n)); });
  const [min, top] = settings.nodeSize;
  graph.forEachNode((n, a) => { a.size = min + (top - min) * Math.sqrt(graph.degree(n) / max); });
}

// Several relations between the same two actors are drawn as separate curves, fanned out around
// the straight line and bent the more the more there are (the curve of sigma's parallel-edges
// example). Written here rather than taken from @sigma/edge-curve, which needs WebGL to load.
function curveParallelEdges(graph: ViewGraph, baseCurvature: number): void {
  const done = new Set<string>();
  graph.forEachEdge((_, __, s, t) => {
    const pair = s < t ? `${s} ${t}` : `${t} ${s}`;
    if (done.has(pair)) return;
    done.add(pair);
    const edges = s === t ? graph.edges(s, t) : [...graph.edges(s, t), ...graph.edges(t, s)];
    const max = (edges.length - 1) / 2;
    edges.forEach((edge, i) => {
      const offset = i - max;
      if (offset === 0) return;
      // The curve bends relative to the edge's own direction: a reversed edge needs the opposite sign.
      const sign = graph.source(edge) === s ? 1 : -1;
      const amplitude = 3.5;
      const bend = amplitude * (1 - Math.exp(-max / amplitude)) * baseCurvature * (offset / max);
      graph.mergeEdgeAttributes(edge, { type: 'curved', curvature: sign * bend });
    });
  });
}
