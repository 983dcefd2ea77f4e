// One description per entity for a whole corpus: the same corpus key from many documents is
// merged into one label, the union of its other names, its type and its Wikidata item.
// Choices never depend on the order documents arrive in, so the output is the same bytes
// however the corpus is split or scheduled. Memory grows with distinct entities, not documents.
import type { EntityType, Extraction } from '../model.ts';
import { corpusKeys, WIKIDATA_ID } from './identity.ts';

export interface EntityDescription {
  /** Corpus key: the IRI path under the entity base. */
  key: string;
  type: EntityType;
  /** The fullest name (one rdfs:label). */
  label: string;
  /** Every other name, sorted (skos:altLabel). */
  aliases: string[];
  wikidata?: string;
}

interface Seen {
  types: Set<EntityType>;
  labels: Set<string>;
  names: Set<string>;
  wikidata: Set<string>;
}

/** The fullest of several labels: the longest, ties broken by code-point order. */
export function fullestLabel(labels: Iterable<string>): string {
  let best: string | undefined;
  for (const l of labels) {
    if (best === undefined || l.length > best.length || (l.length === best.length && l < best)) best = l;
  }
  return best ?? '';
}

const smallest = <T extends string>(set: Set<T>): T | undefined => [...set].sort()[0];

export class EntityIndex {
  private readonly seen = new Map<string, Seen>();

  get size(): number {
    return this.seen.size;
  }

  /** Records the entities of one document under their corpus keys. */
  add(x: Extraction): void {
    const keys = corpusKeys(x);
    for (const e of x.entities) {
      const key = keys.get(e.key) ?? e.key;
      let s = this.seen.get(key);
      if (!s) this.seen.set(key, (s = { types: new Set(), labels: new Set(), names: new Set(), wikidata: new Set() }));
      s.types.add(e.type);
      const label = e.label.trim();
      if (label) s.labels.add(label);
      for (const a of e.aliases) if (a.trim()) s.names.add(a.trim());
      if (e.wikidata && WIKIDATA_ID.test(e.wikidata)) s.wikidata.add(e.wikidata);
    }
  }

  /**
   * The merged descriptions, sorted by key. `renamed` maps a key to the key it is the same entity
   * as (a surname-only person to the corpus's full name): its names become that entity's altLabels.
   */
  descriptions(renamed: ReadonlyMap<string, string> = new Map()): EntityDescription[] {
    for (const [from, to] of renamed) {
      const a = this.seen.get(from);
      const b = this.seen.get(to);
      if (!a || !b || from === to) continue;
      for (const t of a.types) b.types.add(t);
      for (const n of [...a.labels, ...a.names]) b.names.add(n);
      for (const w of a.wikidata) b.wikidata.add(w);
      this.seen.delete(from);
    }
    return [...this.seen.keys()].sort().map((key) => this.describe(key));
  }

  private describe(key: string): EntityDescription {
    const s = this.seen.get(key)!;
    const label = fullestLabel(s.labels.size ? s.labels : s.names) || key;
    const aliases = [...new Set([...s.labels, ...s.names])].filter((n) => n !== label).sort();
    const wikidata = smallest(s.wikidata);
    return { key, type: smallest(s.types)!, label, aliases, ...(wikidata ? { wikidata } : {}) };
  }
}
