// The words that make a phrase an event, an agreement or an issue (data/things.json), read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../text/tokens.ts';
import { DATA_DIR } from './data-dir.ts';

export type ThingKind = 'event' | 'agreement' | 'issue';

export interface ThingWords {
  /** Head (one word, or a hyphenated or two-word compound, folded) → what it heads. */
  heads: Map<string, ThingKind>;
  noPlural: Set<string>;
  organizationLike: Set<string>;
  standalone: Set<string>;
  weakModifiers: Set<string>;
  ordinals: Set<string>;
  otherOne: Set<string>;
  cardinals: Set<string>;
  participants: Set<string>;
  agreementObjects: Set<string>;
  needsComplement: Set<string>;
  quantities: Set<string>;
  groupingKinds: Set<string>;
  namedOnly: Set<string>;
  compoundTails: Set<string>;
  /** Head → the class of heads that can name the same thing. */
  classOf: Map<string, string>;
}

interface ThingsFile {
  heads: Record<ThingKind, string[]>;
  compoundHeads: Partial<Record<ThingKind, string[]>>;
  classes: Record<string, string[]>;
  [list: string]: unknown;
}

export function readThingWords(dir: string = DATA_DIR): ThingWords {
  const file = JSON.parse(readFileSync(join(dir, 'things.json'), 'utf8')) as ThingsFile;
  const list = (name: string) => new Set(((file[name] as string[] | undefined) ?? []).map(fold));
  const heads = new Map<string, ThingKind>();
  for (const table of [file.heads, file.compoundHeads]) {
    for (const [kind, words] of Object.entries(table) as [ThingKind, string[]][]) for (const w of words) heads.set(fold(w), kind);
  }
  const classOf = new Map<string, string>();
  for (const [name, words] of Object.entries(file.classes)) for (const w of words) classOf.set(fold(w), name);
  return {
    heads, classOf,
    noPlural: list('noPlural'), organizationLike: list('organizationLike'), standalone: list('standalone'),
    weakModifiers: list('weakModifiers'), ordinals: list('ordinals'), otherOne: list('otherOne'),
    cardinals: list('cardinals'), participants: list('participants'), agreementObjects: list('agreementObjects'),
    needsComplement: list('needsComplement'), quantities: list('quantities'), groupingKinds: list('groupingKinds'), namedOnly: list('namedOnly'), compoundTails: list('compoundTails'),
  };
}

let cached: ThingWords | null = null;

/** The words of data/things.json, read on first use and shared afterwards. */
export function thingWords(): ThingWords {
  return (cached ??= readThingWords());
}
