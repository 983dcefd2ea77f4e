// Agreements and issues between countries: the parties are the countries the sentence pairs
// ("between India and Pakistan", "Indo-Pakistan ties", "the two countries", "both sides").
//   ... resolved bilaterally under the Shimla and Lahore pacts   → partyTo
//   ... the settlement of existing conflicts, for example, the Kashmir issue → involvedIn
import type { Fact } from '../../model.ts';
import type { Resolved } from '../entities/coreference.ts';
import { SentenceContext, isCountry } from './context.ts';

/** Countries the sentence names as a pair or group, in order. */
export function pairedCountries(c: SentenceContext): string[] {
  const out: string[] = [];
  const countries = c.mentions.filter((m) => isCountry(m.entity) && m.kind !== 'pair');
  for (const m of c.mentions) if (m.pair) out.push(...m.pair);
  for (let i = 0; i + 1 < countries.length; i++) {
    const a = countries[i];
    const b = countries[i + 1];
    const gap = c.between(a.last, b.first).join(' ');
    if (/^(-|and|\/|and the|,)$/.test(gap)) out.push(a.entity!, b.entity!);
  }
  return [...new Set(out)];
}

export function bilateralFacts(c: SentenceContext): Fact[] {
  const things = c.mentions.filter((m: Resolved) => (m.kind === 'agreement' || m.kind === 'issue') && m.entity);
  if (!things.length) return [];
  const parties = pairedCountries(c);
  // parties read from co-occurrence alone: a sentence that denies or doubts anything claims none
  if (parties.length < 2 || c.doubtful(0, c.words.length)) return [];
  const facts: Fact[] = [];
  for (const t of things) {
    const predicate = t.kind === 'agreement' ? 'partyTo' : 'involvedIn';
    const date = t.kind === 'agreement' ? c.dated(t.first) : {};
    for (const p of parties) {
      if (!isCountry(p)) continue;
      facts.push(c.fact(p, predicate, t.entity!, 0.7, date));
    }
  }
  return facts;
}
