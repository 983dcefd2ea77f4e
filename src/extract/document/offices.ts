// The countries whose current office each person holds, from the article's role facts: the side a
// person signs or meets for. `minConfidence` leaves out offices guessed from the places around.
import type { Fact } from '../../model.ts';
import { isCountry } from '../clauses/context.ts';

export function countryOffices(facts: Fact[], minConfidence = 0): Map<string, Set<string>> {
  const offices = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.predicate !== 'holdsRole' || f.status === 'former' || !isCountry(f.object) || f.confidence < minConfidence) continue;
    if (!offices.has(f.subject)) offices.set(f.subject, new Set());
    offices.get(f.subject)!.add(f.object);
  }
  return offices;
}
