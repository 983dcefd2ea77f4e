// The types that flow between actorgraph's stages:
//   Doc → (text) Sentence/Token → (mentions) Mention → (entities) Entity → (relations) Fact → Extraction
// Every stage is a pure function from one of these to the next; I/O lives at the ends.

/** The seven entity classes of the RDF contract (ag:Person, ag:Country, ...). */
export type EntityType = 'Person' | 'Country' | 'City' | 'Organization' | 'Event' | 'Agreement' | 'Issue';

export const ENTITY_TYPES: readonly EntityType[] = [
  'Person', 'Country', 'City', 'Organization', 'Event', 'Agreement', 'Issue',
];

/** A half-open range [start, end) of JavaScript string indices into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** One input document. */
export interface Doc {
  /** Short identifier, unique within a run (a file's base name, a jsonl line's "id"). */
  id: string;
  text: string;
  /** Where the text came from (a path, "stdin", "corpus.jsonl:12"); recorded as provenance. */
  source?: string;
  /** The article's own date (YYYY, YYYY-MM or YYYY-MM-DD) when known; anchors relative dates. */
  date?: string;
}

/** The relation kinds of the contract: `holdsRole` stands for every role:* property. */
export type RelationKind =
  | 'holdsRole'
  | 'memberOf'
  | 'visited'
  | 'met'
  | 'participatedIn'
  | 'partyTo'
  | 'locatedIn'
  | 'involvedIn'
  | 'partOf';

export const RELATION_KINDS: readonly RelationKind[] = [
  'holdsRole', 'memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'locatedIn', 'involvedIn', 'partOf',
];

/** A resolved real-world entity: one per coreference cluster. */
export interface Entity {
  /**
   * Stable key, `<type>/<slug>` (person/imran-khan, country/pakistan). It becomes the IRI's
   * path under the entity base, so the same entity gets the same IRI in every document and run.
   */
  key: string;
  type: EntityType;
  /** The fullest name the text gives (or the gazetteer's canonical name). */
  label: string;
  /** Every other surface form met in the text, without the label. */
  aliases: string[];
  /** Wikidata item ID (Q843) when the gazetteer knows it. */
  wikidata?: string;
  /** Where the text mentions it. */
  mentions: Span[];
}

/** What a role or a membership is, where the text says more than that it holds. */
export type FactStatus = 'current' | 'former' | 'prospective' | 'suspended' | 'observer';

/** One relation between two entities, with the evidence it rests on. */
export interface Fact {
  /** Entity key of the subject. */
  subject: string;
  predicate: RelationKind;
  /** Entity key of the object. */
  object: string;
  /** With holdsRole: the normalized lowercase role label ("prime minister"). */
  role?: string;
  /**
   * With holdsRole: "former" where the text says former / the then / ex- / late.
   * With memberOf: "prospective" (invited, admitted in principle, applied), "suspended",
   * "observer", "former" (withdrew, left); absent or "current" for a member.
   */
  status?: FactStatus;
  /** Announced, expected or scheduled, not (yet) happened: a planned visit, meeting or attendance. */
  planned?: boolean;
  /** With participatedIn: "virtual" for attendance by video link or online. */
  mode?: 'virtual';
  /** YYYY, YYYY-MM or YYYY-MM-DD, where the text states (or lets us resolve) a date. */
  date?: string;
  /** The sentence that states the fact: its offsets in the document and its text. */
  evidence: Span & { text: string };
  /** 0..1: how sure the rule that found the fact is. */
  confidence: number;
}

/** What the extractor returns for one document. */
export interface Extraction {
  doc: Doc & { sha256: string };
  entities: Entity[];
  facts: Fact[];
}
