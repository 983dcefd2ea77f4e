// Document-level: a person who signs an agreement signs it for the country whose office they hold.
// "Netanyahu and Bahrain's foreign minister signed the declaration" makes Israel and Bahrain parties,
// once the article says which office each holds; the person is no party of the contract's partyTo.
import type { Fact } from '../../model.ts';
import { isPerson } from '../clauses/context.ts';
import { countryOffices } from './offices.ts';

export function signatoryCountries(facts: Fact[]): Fact[] {
  const offices = countryOffices(facts);
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.predicate !== 'partyTo' || !isPerson(f.subject)) { out.push(f); continue; }
    for (const country of offices.get(f.subject) ?? []) out.push({ ...f, subject: country });
  }
  return out;
}
