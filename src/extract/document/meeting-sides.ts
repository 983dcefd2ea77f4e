// Document-level: a meeting in foreign-affairs news is between sides. Two people who hold office in
// the same country and travel or appear together ("Biden was joined by Blinken and Yellen") are one
// delegation, not a meeting; a meeting of the same government's members is left to the text's
// stronger words elsewhere, which this reader does not claim to tell apart.
import type { Fact } from '../../model.ts';
import { countryOffices } from './offices.ts';

// an office the text states, not one guessed from the places around ("in Rabat")
const STATED = 0.7;

export function dropSameSideMeetings(facts: Fact[]): Fact[] {
  const sides = countryOffices(facts, STATED);
  const sameSide = (a: string, b: string) => [...(sides.get(a) ?? [])].some((c) => sides.get(b)?.has(c));
  return facts.filter((f) => f.predicate !== 'met' || !sameSide(f.subject, f.object));
}
