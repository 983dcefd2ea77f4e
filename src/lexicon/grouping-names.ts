// What a grouping's names in the lexicon say of it. Some are pacts, known by the name of the pact
// that founds them ("the AUKUS pact", "the Shanghai Pact"): a text's "AUKUS security pact" is then
// the grouping itself, not an agreement beside it, and its parties are the grouping's members. Some
// are alliances ("North Atlantic Alliance"): an "ally" is their member, not a trade bloc's.
import type { Lexicon } from './index.ts';
import { fold } from '../text/tokens.ts';

// words that qualify a pact without changing which pact it is ("the AUKUS security pact")
const QUALIFIERS = new Set(['security', 'defence', 'defense', 'military', 'strategic', 'trilateral', 'new', 'landmark', 'historic']);
const PACT_NOUNS = /\b(pact|alliance|treaty)$/;

const key = (name: string) => fold(name).split(/\s+/).filter((w) => w && !QUALIFIERS.has(w)).join(' ');

const byLexicon = new WeakMap<Lexicon, Map<string, string>>();

/** The id of the grouping a pact's name (as the text writes it) stands for, if the lexicon knows one. */
export function groupingOfPact(name: string, lex: Lexicon): string | undefined {
  let names = byLexicon.get(lex);
  if (!names) {
    names = new Map();
    for (const o of lex.orgs.values()) {
      if (o.kind !== 'grouping') continue;
      for (const n of [o.name, o.full ?? '', ...o.aliases]) if (PACT_NOUNS.test(n.toLowerCase())) names.set(key(n), o.id);
    }
    byLexicon.set(lex, names);
  }
  return names.get(key(name));
}

const alliancesByLexicon = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The entity keys (organization/…) of the groupings the lexicon calls an alliance by one of their names. */
export function alliancesOf(lex: Lexicon): ReadonlySet<string> {
  let keys = alliancesByLexicon.get(lex);
  if (!keys) {
    keys = new Set([...lex.orgs.values()]
      .filter((o) => o.kind === 'grouping' && [o.name, o.full ?? '', ...o.aliases].some((n) => /\balliance\b/i.test(n)))
      .map((o) => `organization/${o.id}`));
    alliancesByLexicon.set(lex, keys);
  }
  return keys;
}
