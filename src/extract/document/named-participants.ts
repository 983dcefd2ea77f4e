// Document-level: an event named after the leaders who hold it ("the Kim-Putin summit", "the
// Biden-Xi meeting", "the Lula-Fernández talks") has those leaders as participants. The names in
// the event's name are surnames; the person each stands for is the one the article's coreference
// gave that surname alone elsewhere ("Putin said ..."), so no guessing between namesakes here.
import type { Fact } from '../../model.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { EntityTable } from '../entities/coreference.ts';

// "X-Y summit": two or three capitalised names joined by hyphens, then the event's head
const NAMED = /((?:\p{Lu}[\p{L}'’]+-){1,2}\p{Lu}[\p{L}'’]+)\s/u;

export function namedParticipants(table: EntityTable, sentences: Sentence[]): Fact[] {
  // the person a lone surname stands for, where the article uses it alone for one person only
  const bySurname = new Map<string, Set<string>>();
  for (const m of table.mentions) {
    if (m.kind !== 'person' || !m.entity || /\s/.test(m.text.trim())) continue;
    if (!bySurname.has(m.text)) bySurname.set(m.text, new Set());
    bySurname.get(m.text)!.add(m.entity);
  }
  const facts: Fact[] = [];
  for (const e of table.mentions) {
    if (e.kind !== 'event' || !e.entity || e.anaphoric) continue;
    const names = NAMED.exec(e.text)?.[1].split('-') ?? [];
    const people = names.map((n) => bySurname.get(n)).filter((s) => s?.size === 1).map((s) => [...s!][0]);
    // every part must be a person: "the Kim-Putin summit", not "the India-Putin talks" (countries have their own rule)
    if (people.length < 2 || people.length !== names.length) continue;
    const s = sentences[e.sentence];
    for (const p of people) facts.push({ subject: p, predicate: 'participatedIn', object: e.entity, confidence: 0.75, evidence: { start: s.start, end: s.end, text: s.text } });
  }
  return facts;
}
