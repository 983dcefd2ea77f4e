// Which corpus-wide IRI an extracted entity gets. The extractor's key (`<type>/<slug>` of the
// canonical name) already makes the same person, country or organization meet across documents;
// the one exception is a person known in a document only by a single word ("Khan"): such a key
// says nothing about who it is, so it stays private to its document instead of merging with
// another article's Khan.
import type { Entity, Extraction } from '../model.ts';

/** A Wikidata item ID as the gazetteer writes it; anything else is dropped rather than written. */
export const WIKIDATA_ID = /^Q[1-9][0-9]*$/;

/** True when the entity's identity rests on a bare one-word person name. */
export function isBarePersonName(e: Entity): boolean {
  return e.type === 'Person' && !(e.wikidata && WIKIDATA_ID.test(e.wikidata)) && !/\s/.test(e.label.trim());
}

/** The corpus key of an entity of a document (same key ⇔ same IRI in the corpus graph). */
export function corpusKey(e: Entity, x: Extraction): string {
  return isBarePersonName(e) ? `${e.key}--${x.doc.sha256.slice(0, 10)}` : e.key;
}

/** Extractor key → corpus key, for every entity of the document. */
export function corpusKeys(x: Extraction): Map<string, string> {
  return new Map(x.entities.map((e) => [e.key, corpusKey(e, x)]));
}
