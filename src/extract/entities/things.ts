// Named events, agreements and issues as entities: the same name (or a shorter name it goes by)
// is one entity; two gatherings in the same city are one ("NSAs meeting in Delhi" ~ "Delhi security
// meet"), and so are a series' summit and a city's summit when nothing tells them apart ("the SCO
// summit" ~ "the Samarkand summit"); two years or two ordinals of one series are never one ("the
// 2022 summit", "the 2023 summit"). "The summit", "the deal" point at the last of their kind.
import { createHash } from 'node:crypto';
import type { Entity, EntityType } from '../../model.ts';
import { slug } from '../../rdf/vocabulary.ts';
import { fold } from '../../text/tokens.ts';
import { thingWords } from '../../lexicon/thing-words.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Resolved } from './coreference.ts';
import type { EntityBuilder } from './entity-builder.ts';
import { NON_NAMES } from '../grammar.ts';

const THING_TYPE: Record<string, EntityType> = { event: 'Event', agreement: 'Agreement', issue: 'Issue' };

interface Signature {
  /** The head noun (singular, folded) and its class ("summit" and "meeting" are gatherings). */
  head: string;
  cls: string;
  cities: string[];
  /** Years and ordinals: what tells the summits of one series apart. */
  marks: string[];
  /** The other proper words: the series, the grouping, the parties. */
  series: string[];
  described: boolean;
}

function signature(name: string, lex: Lexicon): Signature {
  const tw = thingWords();
  // "India-Russia summit" holds two names; "swearing-in" is one head
  const words = name.split(/\s+/).flatMap((w) => (tw.heads.has(fold(w)) ? [w] : w.split(/(?<=\p{L})-(?=\p{L})/u))).map((w) => w.replace(/[^\p{L}\p{N}+-]/gu, ''));
  const folded = words.map(fold);
  // the head: the last word (or two, "video call") that heads a thing, before any complement
  let head = folded[folded.length - 1];
  for (let k = 0; k < folded.length; k++) {
    const two = `${folded[k]} ${folded[k + 1] ?? ''}`;
    if (tw.heads.has(two)) { head = two; break; }
    const one = folded[k].replace(/(?<=[^s])s$/, '');
    if (tw.heads.has(folded[k]) || tw.heads.has(one)) head = tw.heads.has(folded[k]) ? folded[k] : one;
    if (['of', 'in', 'at', 'on', 'with', 'for'].includes(folded[k]) && k > 0) break;
  }
  const cities = words.filter((w) => /^\p{Lu}/u.test(w) && lex.cities.has(fold(w))).map(fold);
  const marks = folded.filter((w) => /^\d+(?:st|nd|rd|th)?$/.test(w) || tw.ordinals.has(w) || tw.otherOne.has(w));
  // a lowercase word that says which one ("emergency summit", "flag-raising ceremony")
  const described = folded.some((w, k) => k < folded.indexOf(head.split(' ')[0]) && /^\p{Ll}/u.test(words[k]) && !tw.weakModifiers.has(w) && !marks.includes(w));
  const series = words.filter((w, k) => /^\p{Lu}/u.test(w) && !cities.includes(folded[k]) && !NON_NAMES.has(folded[k]) && !tw.heads.has(folded[k]) && !marks.includes(folded[k])).map(fold);
  return { head, cls: tw.classOf.get(head) ?? head, cities, marks, series, described };
}

const disjoint = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w));

/** Are two event names one event? Never when their years, ordinals or series differ. */
function sameEvent(a: string, b: string, lex: Lexicon): boolean {
  const x = signature(a, lex);
  const y = signature(b, lex);
  if (x.cls !== y.cls || disjoint(x.marks, y.marks)) return false;
  if (disjoint(x.series, y.series)) return false;
  if (x.cities.some((c) => y.cities.includes(c))) return true;
  // "the SCO summit" and "the Samarkand summit": one names the series, the other the place
  // (and nothing else: "the first emergency summit in X" is not "the extraordinary Y summit")
  const bare = (s: Signature) => !s.marks.length && !s.described;
  const seriesOnly = (s: Signature) => s.series.length > 0 && s.cities.length === 0;
  const placeOnly = (s: Signature) => s.cities.length > 0 && s.series.length === 0;
  return x.head === y.head && bare(x) && bare(y) && ((seriesOnly(x) && placeOnly(y)) || (placeOnly(x) && seriesOnly(y)));
}

/** When the entity was last mentioned: "the summit" is the summit spoken of last. */
const lastSeen = (e: Entity) => Math.max(...e.mentions.map((m) => m.start), -1);

/** The thing a definite description points back at: the same head first, then the same class; an ordinal picks its own. */
function antecedent(table: EntityBuilder, type: EntityType, m: Resolved, lex: Lexicon, sentenceOf: ReadonlyMap<number, number>): Entity | undefined {
  const me = signature(m.name!, lex);
  const known = [...table.entities.values()].filter((e) => e.type === type).sort((p, q) => lastSeen(q) - lastSeen(p));
  const sig = new Map(known.map((e) => [e, signature(e.label, lex)]));
  const ordinal = (e: Entity) => me.marks.length > 0 && [e.label, ...e.aliases].some((n) => me.marks.every((w) => signature(n, lex).marks.includes(w)));
  const byOrdinal = known.find((e) => ordinal(e) && sig.get(e)!.cls === me.cls);
  if (byOrdinal) return byOrdinal;
  const fits = (e: Entity) => sig.get(e)!.cls === me.cls && !disjoint(me.marks, sig.get(e)!.marks);
  const last = known.find((e) => sig.get(e)!.head === me.head && fits(e)) ?? known.find(fits);
  // "the summit" several sentences after a past summit was recalled ("a reminder of the 2008 summit")
  // is again the summit the article reports: the one its lead names
  const seen = last && sentenceOf.get(lastSeen(last));
  if (type !== 'Event' || seen === undefined || m.sentence - seen <= RECALL_SPAN) return last;
  return known.find((e) => e !== last && fits(e) && (sentenceOf.get(firstSeen(e)) ?? Infinity) <= LEAD_SENTENCE) ?? last;
}
const firstSeen = (e: Entity) => Math.min(...e.mentions.map((x) => x.start));
// how many sentences a description reaches back to the thing named last; the lead is sentences 0-1
const RECALL_SPAN = 1;
const LEAD_SENTENCE = 1;

/** "the X Charter, a mutual-defence pact": a description set off right after a name is that thing again. */
function apposed(table: EntityBuilder, type: EntityType, m: Resolved, text: string): Entity | undefined {
  if (!APPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) return undefined;
  const comma = text.lastIndexOf(',', m.start);
  return [...table.entities.values()].find((e) => e.type === type && e.mentions.some((x) => x.end === comma));
}
const APPOSITION = /,\s*(?:a|an|the)\s+$/i;

export function resolveThing(table: EntityBuilder, m: Resolved, lex: Lexicon, docId = '', text = '', sentenceOf: ReadonlyMap<number, number> = new Map()): string | undefined {
  const type = THING_TYPE[m.kind];
  const named = !/\p{Lu}/u.test(m.name!) && apposed(table, type, m, text);
  if (named) return table.add(named.key, type, named.label, m);
  if (m.anaphoric) {
    const target = type === 'Issue' ? undefined : antecedent(table, type, m, lex, sentenceOf);
    if (target) {
      target.mentions.push({ start: m.start, end: m.end });
      return target.key;
    }
    // "the inauguration", "the armistice": one of a kind in its story even when not named before
    if (!thingWords().standalone.has(signature(m.name!, lex).head)) return undefined;
  }
  const names = [m.name!, ...(m.alternates ?? [])].map((n) => fold(n));
  for (const e of table.entities.values()) {
    if (e.type !== type) continue;
    const known = [e.label, ...e.aliases].map((n) => fold(n));
    const apart = () => { const x = signature(e.label, lex); const y = signature(m.name!, lex); return disjoint(x.marks, y.marks) || disjoint(x.series, y.series); };
    if ((names.some((n) => known.includes(n)) && !apart()) || (type === 'Event' && sameEvent(e.label, m.name!, lex))) {
      // keep the fullest name as the label
      if (m.name!.length > e.label.length) {
        e.aliases.push(e.label);
        e.label = m.name!;
      }
      return table.add(e.key, type, e.label, m);
    }
  }
  const key = table.add(thingKey(type, m.name!, docId), type, m.name!, m);
  for (const alt of m.alternates ?? []) table.alias(key, alt);
  return key;
}

/** A described thing ("the joint statement", "the 2022 summit") is no identity across articles: its key is the document's. */
function thingKey(type: EntityType, name: string, docId: string): string {
  const base = `${type.toLowerCase()}/${slug(name)}`;
  if (/\p{Lu}/u.test(name)) return base;
  return `${base}-${createHash('sha256').update(docId).digest('hex').slice(0, 8)}`;
}
