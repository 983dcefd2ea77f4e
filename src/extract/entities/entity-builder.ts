// Collects entities while mentions resolve: one per key, the mentions' spans, and every other
// surface form as an alias.
import type { Entity, EntityType } from '../../model.ts';
import type { Mention } from '../mentions/mention.ts';

/** Entities by key, with the country each city, body or organization belongs to. */
export class EntityBuilder {
  entities = new Map<string, Entity>();
  countryOf = new Map<string, string>();

  add(key: string, type: EntityType, label: string, m: Mention | null, extra: Partial<Entity> = {}): string {
    let e = this.entities.get(key);
    if (!e) this.entities.set(key, (e = { key, type, label, aliases: [], mentions: [], ...extra }));
    if (m) {
      e.mentions.push({ start: m.start, end: m.end });
      const surface = (m.name ?? m.text).replace(/\s+/g, ' ');
      if (surface !== e.label && !e.aliases.includes(surface)) e.aliases.push(surface);
    }
    return key;
  }

  /** Another name the entity goes by, not met as a mention of its own. */
  alias(key: string, name: string): void {
    const e = this.entities.get(key);
    if (e && name !== e.label && !e.aliases.includes(name)) e.aliases.push(name);
  }
}
