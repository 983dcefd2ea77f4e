// Where things are: a city in its country (from the gazetteer, or stated: "Astana,
// Kazakhstan"), and a state body as part of its state ("the Russian foreign ministry").
import type { Entity, Fact } from '../../model.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { EntityTable } from '../entities/coreference.ts';

/** The sentence holding an offset (binary search: sentences are in text order). */
function sentenceOf(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

function factIn(s: Sentence, subject: string, predicate: Fact['predicate'], object: string, confidence: number): Fact {
  return { subject, predicate, object, confidence, evidence: { start: s.start, end: s.end, text: s.text } };
}

export function placeFacts(table: EntityTable, sentences: Sentence[], text: string): Fact[] {
  const facts: Fact[] = [];
  for (const [key, country] of table.countryOf) {
    const e: Entity | undefined = table.entities.get(key);
    const c = table.entities.get(country);
    if (!e || !c || !e.mentions.length) continue;
    // only countries the article names, beyond the capital's own name standing for its government
    const own = new Set(e.mentions.map((m) => m.start));
    if (!c.mentions.some((m) => !own.has(m.start))) continue;
    // evidence: a sentence naming both, else the first that names the city or body
    const both = e.mentions.map((m) => sentenceOf(sentences, m.start)).find((s) => s && c.mentions.some((n) => n.start >= s.start && n.end <= s.end));
    const s = both ?? sentenceOf(sentences, e.mentions[0].start);
    if (!s) continue;
    const stated = e.mentions.some((m) => /^,\s*$/.test(text.slice(m.end, m.end + 2)) && c.mentions.some((n) => n.start === m.end + 2));
    if (e.type === 'City') facts.push(factIn(s, key, 'locatedIn', country, stated ? 0.95 : both ? 0.8 : 0.7));
    else if (e.type === 'Organization') facts.push(factIn(s, key, 'partOf', country, 0.85));
  }
  return facts;
}
