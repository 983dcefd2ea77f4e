// The shapes the graph API hands out: entities, relations and the statements (evidence) they
// rest on, read back from RDF that follows the contract (../shared/CONTRACT.md).
import type { EntityType, FactStatus, RelationKind } from '../model.ts';
import type { GraphDocument, GraphEntity as RdfEntity } from '../rdf/graph-model.ts';

export type { GraphDocument };

/** Where a fact comes from: the document, the sentence and its offsets in the source text. */
export interface Evidence {
  /** The document's IRI. */
  doc: string;
  document?: GraphDocument;
  /** The sentence that states the fact. */
  text?: string;
  start?: number;
  end?: number;
  /** Roles: current or former; memberships also prospective, suspended, observer. */
  status?: FactStatus;
  /** Announced or expected, not (yet) happened. */
  planned?: true;
  /** "virtual": took part by video link. */
  mode?: 'virtual';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  confidence?: number;
}

/** An entity; `type` is missing only for nodes that relations name but the graph does not type. */
export type GraphEntity = Omit<RdfEntity, 'type'> & { type?: EntityType };

/** One plain relation triple and every statement about it. */
export interface GraphRelation {
  subject: string;
  /** The relation kind; every role:* property is `holdsRole`. */
  kind: RelationKind;
  /** The predicate's IRI (role:primeMinister, ag:visited...). */
  predicate: string;
  /** With holdsRole: the role's lowercase label ("prime minister"). */
  role?: string;
  object: string;
  /**
   * Set when no plain triple states the relation, only statements of it: it does not hold as
   * the text tells it (a prospective membership, a planned visit).
   */
  statementsOnly?: true;
  evidence: Evidence[];
}

/** A whole graph as plain data: what `readGraph` returns. */
export interface GraphData {
  entities: GraphEntity[];
  relations: GraphRelation[];
  documents: GraphDocument[];
}
