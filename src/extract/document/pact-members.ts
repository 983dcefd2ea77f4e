// Document-level: a grouping that is itself a pact ("the AUKUS pact", "the Shanghai Pact": the
// lexicon knows it by that name) has the pact's parties as members. "Washington, London and
// Canberra announced the AUKUS security pact" makes the three parties to it, and so members of
// AUKUS. The test is the lexicon's alias, not the grouping's name inside the agreement's: "the EU
// association agreement" or "the Mercosur trade deal" bind the bloc to an outsider, never make one.
import type { Entity, Fact } from '../../model.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { isCountry } from '../clauses/context.ts';

// words that qualify a pact without changing which pact it is ("the AUKUS security pact")
const QUALIFIERS = new Set(['security', 'defence', 'defense', 'military', 'strategic', 'trilateral', 'new', 'landmark', 'historic']);
const PACT_NOUNS = /\b(pact|alliance|treaty)$/;

const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").split(/\s+/).filter((w) => !QUALIFIERS.has(w)).join(' ');

const byPactName = new WeakMap<Lexicon, Map<string, string>>();
/** Grouping keys by the pact names the lexicon gives them, folded. */
function pactNames(lex: Lexicon): Map<string, string> {
  let names = byPactName.get(lex);
  if (!names) {
    names = new Map();
    for (const o of lex.orgs.values()) {
      if (o.kind !== 'grouping') continue;
      for (const n of [o.name, o.full ?? '', ...o.aliases]) if (PACT_NOUNS.test(n.toLowerCase())) names.set(fold(n), `organization/${o.id}`);
    }
    byPactName.set(lex, names);
  }
  return names;
}

export function pactMembers(facts: Fact[], entities: ReadonlyMap<string, Entity>, lex: Lexicon): Fact[] {
  const names = pactNames(lex);
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.predicate !== 'partyTo' || !isCountry(f.subject) || f.planned || (f.status && f.status !== 'current')) continue;
    const pact = entities.get(f.object);
    const grouping = pact && [pact.label, ...pact.aliases].map((n) => names.get(fold(n))).find(Boolean);
    // the grouping must be one the article names: a fact needs both its ends in the graph
    if (grouping && entities.has(grouping)) out.push({ subject: f.subject, predicate: 'memberOf', object: grouping, evidence: f.evidence, confidence: Math.min(f.confidence, 0.7) });
  }
  return out;
}
