// Document-level: a grouping's members are countries, never people. A frame that reads a person into
// a membership ("Prime Minister X, whose country holds the G20 presidency") speaks of the country
// whose office that person holds; the article's role facts say which. A person with no country
// office gives no membership: the contract's memberOf has no person subject for a grouping.
import type { Fact } from '../../model.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { isPerson } from '../clauses/context.ts';
import { countryOffices } from './offices.ts';

/** Is the entity key a grouping of countries (not a party, a company, a ministry)? */
export function isGrouping(key: string, lex: Lexicon): boolean {
  return key.startsWith('organization/') && lex.orgs.get(key.slice('organization/'.length))?.kind === 'grouping';
}

export function memberOffices(facts: Fact[], lex: Lexicon): Fact[] {
  const offices = countryOffices(facts);
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.predicate !== 'memberOf' || !isPerson(f.subject) || !isGrouping(f.object, lex)) { out.push(f); continue; }
    for (const country of offices.get(f.subject) ?? []) out.push({ ...f, subject: country });
  }
  return out;
}
