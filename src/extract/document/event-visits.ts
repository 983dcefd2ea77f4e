// Document-level: taking part in the event an article reports, held abroad, is a visit to where it
// was held. A person at "the summit in Jeddah" visited Saudi Arabia; a visit to the person's own
// country is dropped later with the other home visits. Only the article's own event counts (the one
// it names most): a summit mentioned in passing ("they last met at a summit in Astana") places
// nobody there for the reader. Attendance by video link and planned attendance are no visits.
import type { Fact } from '../../model.ts';
import type { EntityTable, Resolved } from '../entities/coreference.ts';
import { isPerson } from '../clauses/context.ts';

const PLACE_KINDS = new Set(['city', 'metonym', 'country']);
// how many mentions before and after an event's may lie inside its name
const NEAR = 12;

/** Where a visit to a place goes: the city's country when the article has that country as an entity, else the city. */
function destination(table: EntityTable, place: Resolved): string | undefined {
  if (place.kind !== 'city') return place.entity?.startsWith('country/') ? place.entity : undefined;
  const country = table.countryOf.get(place.entity!);
  return country && table.entities.get(country)?.mentions.length ? country : place.entity;
}

/**
 * The article's most named events (named, not only described) at each of their mentions, with
 * the places their names hold ("summit in Jeddah", "the Lima summit"), in text order.
 */
export function* mainEventPlaces(table: EntityTable): Generator<{ event: Resolved; places: Resolved[] }> {
  const ms = table.mentions;
  const named = new Map<string, number>();
  for (const e of ms) if (e.kind === 'event' && e.entity && !e.anaphoric) named.set(e.entity, (named.get(e.entity) ?? 0) + 1);
  const most = Math.max(0, ...named.values());
  for (let i = 0; i < ms.length; i++) {
    const e = ms[i];
    if (e.kind !== 'event' || !e.entity || e.anaphoric || named.get(e.entity) !== most) continue;
    // the mentions are in text order: what an event's name holds stands right beside it in the list
    const near = ms.slice(Math.max(0, i - NEAR), i + NEAR);
    yield { event: e, places: near.filter((p) => p !== e && p.sentence === e.sentence && PLACE_KINDS.has(p.kind) && p.first >= e.first && p.last <= e.last && p.entity) };
  }
}

/** The country the article's most named events are held in, from the places its names hold. */
export function eventCountries(table: EntityTable): Map<string, string> {
  const where = new Map<string, string>();
  for (const { event: e, places } of mainEventPlaces(table)) {
    if (where.has(e.entity!)) continue;
    // "the Syria Conference in Geneva": the city says where, the country before the noun what about
    const place = places.find((p) => p.kind !== 'country') ?? places[0];
    if (!place) continue;
    // "the India-Russia summit" names who meets, not where
    if (place.kind === 'country' && /-/.test(e.text)) continue;
    const country = destination(table, place);
    if (country) where.set(e.entity!, country);
  }
  return where;
}

/** "travelled to Brasilia for the inauguration", "in Lima for the summit": the text places the event, whatever its name. */
function placedFor(table: EntityTable, text: string): Map<string, string> {
  const where = new Map<string, string>();
  const ms = table.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const [place, e] = [ms[i], ms[i + 1]];
    if (e.kind !== 'event' || !e.entity || place.sentence !== e.sentence || !PLACE_KINDS.has(place.kind) || !place.entity) continue;
    if (!/^\s+for\s+(the\s+)?$/i.test(text.slice(place.end, e.start)) || !/\b(to|in|into)\s+$/i.test(text.slice(Math.max(0, place.start - 6), place.start))) continue;
    const country = destination(table, place);
    if (country && !where.has(e.entity)) where.set(e.entity, country);
  }
  return where;
}

export function eventVisits(facts: Fact[], table: EntityTable, text: string): Fact[] {
  const where = new Map([...placedFor(table, text), ...eventCountries(table)]);
  return facts
    .filter((f) => f.predicate === 'participatedIn' && isPerson(f.subject) && !f.planned && f.mode !== 'virtual' && where.has(f.object))
    .map((f) => ({ ...f, predicate: 'visited' as const, object: where.get(f.object)!, confidence: Math.min(f.confidence, 0.6) }));
}
