// Document-level: a visit is to somewhere else. A president "visiting" a city of the country he
// leads (by any title the article gives him) made no visit.
import type { Fact } from '../../model.ts';

export function dropHomeVisits(facts: Fact[], countryOf: Map<string, string>): Fact[] {
  const home = new Set(facts.filter((f) => f.predicate === 'holdsRole').map((f) => `${f.subject}|${f.object}`));
  return facts.filter((f) => f.predicate !== 'visited' || !home.has(`${f.subject}|${countryOf.get(f.object) ?? f.object}`));
}
