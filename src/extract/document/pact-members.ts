// Document-level: the parties to a grouping that is itself a pact are its members. Entity
// resolution reads "the AUKUS security pact" as the grouping AUKUS (src/lexicon/grouping-names.ts), so
// "Washington, London and Canberra announced the AUKUS security pact" leaves each of the three
// "party to" the grouping; the contract's partyTo points at an agreement, and what the text says is
// that they are its members. "The EU association agreement" or "the Mercosur trade deal" are
// agreements of their own (no lexicon alias names them): they bind the bloc to an outsider.
import type { Fact } from '../../model.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { isCountry } from '../clauses/context.ts';
import { isGrouping } from './member-offices.ts';

export function pactMembers(facts: Fact[], lex: Lexicon): Fact[] {
  return facts.flatMap((f) => {
    if (f.predicate !== 'partyTo' || !isGrouping(f.object, lex)) return [f];
    // a grouping is no agreement: a party to it that is no country says nothing the contract can hold
    return isCountry(f.subject) ? [{ ...f, predicate: 'memberOf' as const, confidence: Math.min(f.confidence, 0.7) }] : [];
  });
}
