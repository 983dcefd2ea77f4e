// The in-memory graph: entities as graphology nodes, relations as edges, plus a name index.
import { MultiDirectedGraph } from 'graphology';
import type { GraphData, GraphDocument, GraphEntity, GraphRelation } from './types.ts';

/** Case, accents and punctuation aside: how names are compared. */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The last path segment of an IRI, as a readable fallback label. */
const iriLabel = (iri: string) => decodeURIComponent(iri.replace(/[/#]+$/, '').split(/[/#]/).pop() ?? iri);

export class ActorGraph {
  /** Nodes are entity IRIs (attributes: the GraphEntity); edges carry one GraphRelation each. */
  readonly graph: MultiDirectedGraph<GraphEntity, GraphRelation>;
  readonly documents: ReadonlyMap<string, GraphDocument>;
  private readonly names = new Map<string, Set<string>>();

  constructor(readonly data: GraphData) {
    this.graph = new MultiDirectedGraph<GraphEntity, GraphRelation>();
    for (const e of data.entities) this.graph.mergeNode(e.iri, e);
    for (const r of data.relations) {
      for (const iri of [r.subject, r.object]) {
        if (!this.graph.hasNode(iri)) this.graph.addNode(iri, { iri, label: iriLabel(iri), aliases: [] });
      }
      this.graph.addEdge(r.subject, r.object, r);
    }
    this.graph.forEachNode((iri, e) => {
      for (const name of [e.label, ...e.aliases]) {
        const key = normalizeName(name);
        if (!this.names.has(key)) this.names.set(key, new Set());
        this.names.get(key)!.add(iri);
      }
    });
    this.documents = new Map(data.documents.map((d) => [d.iri, d]));
  }

  get entities(): GraphEntity[] {
    return this.graph.mapNodes((_, e) => e);
  }

  get relations(): GraphRelation[] {
    return this.graph.mapEdges((_, r) => r);
  }

  entity(iri: string): GraphEntity | undefined {
    return this.graph.hasNode(iri) ? this.graph.getNodeAttributes(iri) : undefined;
  }

  /** IRIs of the entities that bear this name as label or alias. */
  named(name: string): string[] {
    return [...(this.names.get(normalizeName(name)) ?? [])];
  }
}
