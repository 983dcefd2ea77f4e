// Document-level: "the leaders adopted the declaration", "the member states signed it" name the
// parties as a collective. The frames leave them as the gathering or the grouping the clause speaks
// of (an implicit slot); neither is what signs. A summit's parties are the countries that took part
// in it (directly, or through a person holding an office of theirs), a grouping's are its current
// members. A collective the article gives no members of says nothing and is dropped: a summit
// cannot be a party, and the grouping itself is not what the clause named. An organization can be
// a party in its own right (the EU to a protocol): only one its members stand for is rewritten.
import type { Fact } from '../../model.ts';
import { isCountry, isPerson } from '../clauses/context.ts';
import { countryOffices } from './offices.ts';

const isEvent = (key: string) => key.startsWith('event/');
const isGrouping = (key: string) => key.startsWith('organization/');
const MEMBERS = /\bmembers?\b/i;

export function collectiveParties(facts: Fact[]): Fact[] {
  const collective = (f: Fact) => f.predicate === 'partyTo' && (isEvent(f.subject) || (isGrouping(f.subject) && MEMBERS.test(f.evidence.text)));
  if (!facts.some(collective)) return facts;
  const offices = countryOffices(facts);
  const sides = new Map<string, Set<string>>();
  const add = (whole: string, country: string) => {
    if (!sides.has(whole)) sides.set(whole, new Set());
    sides.get(whole)!.add(country);
  };
  for (const f of facts) {
    if (f.predicate === 'participatedIn' && !f.planned && isEvent(f.object)) {
      if (isCountry(f.subject)) add(f.object, f.subject);
      else if (isPerson(f.subject)) for (const c of offices.get(f.subject) ?? []) add(f.object, c);
    }
    if (f.predicate === 'memberOf' && (!f.status || f.status === 'current') && isCountry(f.subject)) add(f.object, f.subject);
  }
  return facts.flatMap((f) => (collective(f) ? [...(sides.get(f.subject) ?? [])].map((c) => ({ ...f, subject: c })) : [f]));
}
