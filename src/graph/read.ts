// The RDF reader's model (src/rdf readGraph) → the query API's GraphData: relation kinds,
// role labels, and statements as Evidence that links to its document.
import type { Quad } from '@rdfjs/types';
import { RELATION_KINDS, type FactStatus, type RelationKind } from '../model.ts';
import { readGraph, type GraphStatement } from '../rdf/graph-model.ts';
import { NS } from '../rdf/vocabulary.ts';
import type { Evidence, GraphData, GraphDocument } from './types.ts';

const AG_KINDS = new Set<string>(RELATION_KINDS.filter((k) => k !== 'holdsRole'));
const STATUSES = new Set<string>(['current', 'former', 'prospective', 'suspended', 'observer'] satisfies FactStatus[]);

export function relationKind(predicate: string): RelationKind | undefined {
  if (predicate.startsWith(NS.ag) && AG_KINDS.has(predicate.slice(NS.ag.length))) {
    return predicate.slice(NS.ag.length) as RelationKind;
  }
  return predicate.startsWith(NS.role) || predicate === NS.ag + 'holdsRole' ? 'holdsRole' : undefined;
}

/** "primeMinister" → "prime minister": a role property's name when it has no label. */
const spaced = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

function evidence(st: GraphStatement, documents: Map<string, GraphDocument>): Evidence {
  const ev: Evidence = { doc: st.doc };
  const document = documents.get(st.doc);
  if (document) ev.document = document;
  if (st.evidence) ev.text = st.evidence;
  if (st.start >= 0) ev.start = st.start;
  if (st.end >= 0) ev.end = st.end;
  if (st.status !== undefined && STATUSES.has(st.status)) ev.status = st.status as FactStatus;
  if (st.planned) ev.planned = true;
  if (st.mode === 'virtual') ev.mode = 'virtual';
  if (st.date !== undefined) ev.date = st.date;
  if (st.confidence !== undefined) ev.confidence = st.confidence;
  return ev;
}

export function quadsToGraphData(quads: Iterable<Quad>): GraphData {
  const model = readGraph(quads);
  const relations: GraphData['relations'] = [];
  for (const r of model.relations) {
    const kind = relationKind(r.p);
    if (!kind) continue;
    relations.push({
      subject: r.s,
      kind,
      predicate: r.p,
      ...(kind === 'holdsRole' ? { role: spaced(r.role ?? r.p.slice(NS.role.length)) } : {}),
      object: r.o,
      ...(r.statementsOnly ? { statementsOnly: true as const } : {}),
      evidence: r.statements.map((st) => evidence(st, model.documents)),
    });
  }
  return { entities: [...model.entities.values()], relations, documents: [...model.documents.values()] };
}
