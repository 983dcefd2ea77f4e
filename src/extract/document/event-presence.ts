// Document-level: the leaders an article places in the city of the event it reports took part in
// it. "After talks in Vilnius with X and Y, Z agreed ..." in a story of the Vilnius summit puts X, Y
// and Z at the summit, though no sentence says they attended. Only the article's own event (the one
// it names most, its name holding the city), only people the article gives an office (a leader, a
// minister: not a protester or an analyst quoted there), and only where the sentence reports what
// happened: "will travel to Vilnius" is a plan, "in 2008 in Bucharest" another time.
import type { Fact } from '../../model.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { EntityTable, Resolved } from '../entities/coreference.ts';
import { isPerson } from '../clauses/context.ts';
import { mainEventPlaces } from './event-visits.ts';

// "in Vilnius" where the words before it say someone was there: "talks in", "leaders ... in", "was in"
// (not "the losses in Bremen", which places an election result)
const AT_PLACE = /\b(talks|met|meet|meeting|meetings|was|were|arrived|gathered|leaders|ministers|delegations?|present|spoke|speaking|sat|stood|joined|alongside)\b[^.;:!?]{0,50}\b(in|at)\s+$/i;
const NOT_NOW = /\b(will|would|shall|plans?|planned|expected|due|hopes?|schedul\w*|is to|are to|next|last year|(19|20)\d\d)\b/i;

/** The article's most named event whose name holds a city ("summit in Vilnius", "the Jeddah summit"), with that city. */
function mainEventCity(table: EntityTable): { event: string; city: string } | undefined {
  for (const { event, places } of mainEventPlaces(table)) {
    const city = places.find((p) => p.kind === 'city' || p.kind === 'metonym');
    const key = city && cityKeyOf(table, city);
    if (key) return { event: event.entity!, city: key };
  }
  return undefined;
}

/** A capital's mention stands for its country; the city entity is the one with a mention at the same place. */
function cityKeyOf(table: EntityTable, m: Resolved): string | undefined {
  if (m.entity?.startsWith('city/')) return m.entity;
  for (const e of table.entities.values()) if (e.type === 'City' && e.mentions.some((x) => x.start === m.start)) return e.key;
  return undefined;
}

export function eventPresence(facts: Fact[], table: EntityTable, sentences: Sentence[], bySentence: ReadonlyMap<number, Resolved[]>, text: string): Fact[] {
  const main = mainEventCity(table);
  if (!main) return [];
  const city = table.entities.get(main.city)!;
  const officers = new Set(facts.filter((f) => f.predicate === 'holdsRole').map((f) => f.subject));
  const already = new Set(facts.filter((f) => f.predicate === 'participatedIn' && f.object === main.event).map((f) => f.subject));
  const out: Fact[] = [];
  // the event's own name ("the summit in Abuja") places it, not the people its sentence speaks of
  const inEvent = (start: number) => table.mentions.some((e) => e.kind === 'event' && e.start <= start && start < e.end);
  const sentenceAt = new Map(table.mentions.map((m) => [m.start, m.sentence]));
  for (const at of city.mentions) {
    if (!AT_PLACE.test(text.slice(Math.max(0, at.start - 64), at.start)) || inEvent(at.start)) continue;
    const i = sentenceAt.get(at.start);
    const s = i === undefined ? undefined : sentences[i];
    if (!s || NOT_NOW.test(s.text)) continue;
    for (const m of bySentence.get(i!) ?? []) {
      if (!isPerson(m.entity) || !officers.has(m.entity!) || already.has(m.entity!)) continue;
      // "Assad's government in Geneva" places the government's people, not Assad
      if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) continue;
      already.add(m.entity!);
      out.push({ subject: m.entity!, predicate: 'participatedIn', object: main.event, confidence: 0.55, evidence: { start: s.start, end: s.end, text: s.text } });
    }
  }
  return out;
}
