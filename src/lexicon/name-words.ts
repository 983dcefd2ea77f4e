// The words that tell a capitalized run is no person's name (data/person-names.json), read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../text/tokens.ts';
import { DATA_DIR } from './data-dir.ts';

/** What a run is when one of these words says it is no person: an organization, or nothing the graph keeps. */
export type NotPersonKind = 'organization' | 'none';

export interface NameWords {
  /** Last word of a run → what the run names. */
  lastHeads: Map<string, NotPersonKind>;
  /** First word of a run (head first: "Hurricane X", "Place de X") → what the run names. */
  firstHeads: Map<string, NotPersonKind>;
  /** Articles of other languages opening a title ("Die X", "Il X") → what the run names. */
  foreignArticles: Map<string, NotPersonKind>;
  /** Lowercase nouns of places, buildings and prizes after a name that is theirs ("the X mosque", "the Y base"). */
  thingsAfter: Set<string>;
  /** Faiths, peoples and political camps as adjectives: before a name, no part of it; inside a run, no name at all. */
  modifiers: Set<string>;
  /** Nouns for groups of people. */
  groups: Set<string>;
  /** Kin and nobility before a name ("Aunt X", "Countess X"). */
  honorifics: Set<string>;
  /** What a person is, before or after the name ("World Champion X", "X Artist"). */
  titles: Set<string>;
  /** Epithets after "the" that belong to a name ("Catherine the Great"). */
  epithets: Set<string>;
  /** Lowercase words glued by a hyphen that make an adjective of a name ("Merkel-led", "Ebola-hit"). */
  hyphenSuffixes: Set<string>;
}

type Kinds = Record<NotPersonKind, string[]>;

interface NameWordsFile {
  lastHeads: Kinds;
  firstHeads: Kinds;
  foreignArticles: Kinds;
  [list: string]: unknown;
}

function byKind(table: Kinds): Map<string, NotPersonKind> {
  const out = new Map<string, NotPersonKind>();
  for (const [kind, words] of Object.entries(table) as [NotPersonKind, string[]][]) for (const w of words) out.set(fold(w), kind);
  return out;
}

export function readNameWords(dir: string = DATA_DIR): NameWords {
  const file = JSON.parse(readFileSync(join(dir, 'person-names.json'), 'utf8')) as NameWordsFile;
  const list = (name: string) => new Set(((file[name] as string[] | undefined) ?? []).map(fold));
  return {
    lastHeads: byKind(file.lastHeads), firstHeads: byKind(file.firstHeads), foreignArticles: byKind(file.foreignArticles),
    thingsAfter: list('thingsAfter'), modifiers: list('modifiers'), groups: list('groups'), honorifics: list('honorifics'), titles: list('titles'), epithets: list('epithets'), hyphenSuffixes: list('hyphenSuffixes'),
  };
}

let cached: NameWords | null = null;

/** The words of data/person-names.json, read on first use and shared afterwards. */
export function nameWords(): NameWords {
  return (cached ??= readNameWords());
}
