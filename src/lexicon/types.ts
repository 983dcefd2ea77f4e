// The shapes of the data files in data/ (see scripts/gazetteer/README.md for their sources).

export interface CountryRecord {
  id: string;
  name: string;
  official?: string | null;
  aliases: string[];
  iso2?: string;
  iso3?: string;
  demonyms: string[];
  capital?: string | null;
  /** Names used for the country's government: its capital, seats such as "Kremlin". */
  metonyms: string[];
  wikidata?: string;
}

export interface CityRecord {
  name: string;
  /** A CountryRecord id. */
  country: string;
  population?: number;
  aliases?: string[];
}

export type OrgKind = 'grouping' | 'un-body' | 'agency' | 'court' | 'body' | 'party' | 'militant' | 'media' | string;

export interface OrgRecord {
  id: string;
  name: string;
  full?: string | null;
  aliases: string[];
  acronym?: string | null;
  kind: OrgKind;
  /** For a national body: the CountryRecord id it belongs to. */
  country?: string;
  wikidata?: string;
}

export interface RegionRecord {
  name: string;
  aliases?: string[];
  kind: string;
  country?: string;
  /** "Bavarian", "Catalan": the adjective before a title ("Bavarian premier X"). */
  adjectives?: string[];
}

export type RoleKind =
  | 'head_of_state' | 'head_of_gov' | 'minister' | 'official' | 'diplomat' | 'org_head' | 'party' | 'local' | 'royal' | 'religious'
  | string;

export interface RoleRecord {
  /** Normalized lowercase label ("prime minister"). */
  label: string;
  /** Surface forms; lowercase, except acronyms (PM, FM), which match case-sensitively. */
  variants: string[];
  kind: RoleKind;
}

/** What a phrase of the name trie stands for. */
export type NameEntry =
  | { kind: 'country'; id: string }
  | { kind: 'demonym'; id: string; /** Indo-, Sino-: only before a hyphen. */ prefix?: boolean }
  | { kind: 'metonym'; id: string }
  | { kind: 'city'; name: string; country: string; population: number }
  | { kind: 'org'; id: string }
  | { kind: 'region'; name: string; country?: string };

/** A lexicon phrase with the case it must be written in to count. */
export interface Cased<T> {
  entry: T;
  /** All-caps phrases (UN, WHO, PM) must match exactly, token by token. */
  exact: string[] | null;
  /** For each word of the phrase: must it be capitalized in the text? */
  caps: boolean[];
}
