// The view model: what the viewer draws and shows, built from RDF by load.ts.
import type { MultiDirectedGraph } from 'graphology';
import type { Quad } from '@rdfjs/types';
import type { GraphStatement } from '../../src/rdf/graph-model.ts';
import type { RelationKind } from '../../src/model.ts';
import type { NodeType } from './settings.ts';

export interface NodeAttrs {
  label: string;
  /** Not `type`: sigma reads that as the name of the program that draws the node. */
  entityType: NodeType;
  aliases: string[];
  /** Wikidata item ID (Q843), only when it is one. */
  wikidata?: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** One reification node: where a relation was read and what qualifies it. */
export type FactView = GraphStatement;

/** One relation triple (subject, predicate, object) and every statement about it. */
export interface EdgeAttrs {
  predicate: string;
  kind: RelationKind;
  /** "prime minister", "member of", "visited", ... */
  label: string;
  facts: FactView[];
  color: string;
  size: number;
  type: 'straight' | 'curved';
  curvature?: number;
}

export interface DocInfo {
  iri: string;
  label: string;
  sha256?: string;
  /** The document's own identifier (dcterms:identifier), shorter than its source path. */
  id?: string;
  /** Publication date (dcterms:date), YYYY, YYYY-MM or YYYY-MM-DD: when a statement gives none, the role timeline uses it. */
  date?: string;
}

export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface ViewModel {
  graph: ViewGraph;
  docs: Map<string, DocInfo>;
  /** Every quad read, for exporting a selection as Turtle. */
  quads: Quad[];
}

/** Node keys are IRIs; an edge's key joins its triple's IRIs with spaces, which no IRI contains. */
export function edgeKey(subject: string, predicate: string, object: string): string {
  return `${subject} ${predicate} ${object}`;
}
