// Named events, agreements and issues as entities: the same name (or a shorter name it goes by)
// is one entity; two events with the same kind of head in the same city are one ("NSAs meeting in
// Delhi" ~ "Delhi security meet"); "the annual summit" points at the last summit named.
import type { EntityType } from '../model.ts';
import { slug } from '../rdf/vocabulary.ts';
import { fold } from '../text/tokens.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Resolved } from './coreference.ts';
import type { EntityBuilder } from './entity-builder.ts';

const THING_TYPE: Record<string, EntityType> = { event: 'Event', agreement: 'Agreement', issue: 'Issue' };

const HEAD_CLASS: Record<string, string> = { meet: 'meet', meeting: 'meet', meetings: 'meet', talks: 'meet', summits: 'summit' };

/** An event's head noun class and the cities its name holds: "NSAs meeting in Delhi" ~ "Delhi security meet". */
function eventSignature(name: string, lex: Lexicon): { head: string; cities: string[] } {
  const words = name.split(/[\s-]+/);
  const last = fold(words.find((w) => HEAD_CLASS[fold(w)] || /^(summit|conference|forum|dialogue)$/i.test(w)) ?? words[words.length - 1]);
  return { head: HEAD_CLASS[last] ?? last, cities: words.filter((w) => /^\p{Lu}/u.test(w) && lex.cities.has(fold(w))).map(fold) };
}

function sameEvent(a: string, b: string, lex: Lexicon): boolean {
  const x = eventSignature(a, lex);
  const y = eventSignature(b, lex);
  return x.head === y.head && x.cities.some((c) => y.cities.includes(c));
}

export function resolveThing(table: EntityBuilder, m: Resolved, lex: Lexicon): string | undefined {
  const type = THING_TYPE[m.kind];
  if (m.anaphoric) {
    // the latest event with the same kind of head: "the annual summit" → "the annual India-Russia summit"
    const head = eventSignature(m.name!, lex).head;
    const target = [...table.entities.values()].filter((e) => e.type === 'Event' && eventSignature(e.label, lex).head === head).pop();
    if (target) target.mentions.push({ start: m.start, end: m.end });
    return target?.key;
  }
  const names = [m.name!, ...(m.alternates ?? [])].map((n) => fold(n));
  for (const e of table.entities.values()) {
    if (e.type !== type) continue;
    const known = [e.label, ...e.aliases].map((n) => fold(n));
    if (names.some((n) => known.includes(n)) || (type === 'Event' && sameEvent(e.label, m.name!, lex))) {
      // keep the fullest name as the label
      if (m.name!.length > e.label.length) {
        e.aliases.push(e.label);
        e.label = m.name!;
      }
      return table.add(e.key, type, e.label, m);
    }
  }
  const key = table.add(`${type.toLowerCase()}/${slug(m.name!)}`, type, m.name!, m);
  for (const alt of m.alternates ?? []) table.alias(key, alt);
  return key;
}
