// Document-level: a person who takes part in an event in an office of their country brings the
// country with them (a delegation is its country's attendance: "President X attended the summit"
// is Chile at the summit). Only offices the article states of the person count, not ones guessed
// from the places around; attendance that is planned or by video link carries over as it is.
import type { Fact } from '../../model.ts';
import { isPerson } from '../clauses/context.ts';
import { countryOffices } from './offices.ts';

// offices placed by the text itself ("Chilean President X", "X, Chile's foreign minister")
const STATED = 0.8;

export function participantCountries(facts: Fact[]): Fact[] {
  const offices = countryOffices(facts, STATED);
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.predicate !== 'participatedIn' || !isPerson(f.subject) || !f.object.startsWith('event/')) continue;
    for (const country of offices.get(f.subject) ?? []) out.push({ ...f, subject: country, confidence: Math.min(f.confidence, 0.6) });
  }
  return [...facts, ...out];
}
