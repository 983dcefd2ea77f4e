// Mentions → entities. Gazetteer mentions resolve by their id; person mentions cluster by
// name (a lone surname or given name joins the full name met in the document, a pronoun the
// person mentioned last); "both countries" / "the two sides" resolve to the last two countries
// named; events and agreements with the same name are one entity.
import { createHash } from 'node:crypto';
import type { Entity, EntityType } from '../model.ts';
import { slug } from '../rdf/vocabulary.ts';
import { fold } from '../text/tokens.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Mention } from './mentions.ts';

/** A mention with the entity (or, for a pair, the entities) it refers to. */
export interface Resolved extends Mention {
  entity?: string;
  pair?: [string, string];
}

export interface EntityTable {
  entities: Map<string, Entity>;
  /** Country of a city, body or organization entity, where known. */
  countryOf: Map<string, string>;
  mentions: Resolved[];
}

const PAIR_WINDOW = 4; // sentences to look back for the two countries of "both countries"
const PRONOUN_WINDOW = 2;

class Table {
  entities = new Map<string, Entity>();
  countryOf = new Map<string, string>();

  add(key: string, type: EntityType, label: string, m: Mention | null, extra: Partial<Entity> = {}): string {
    let e = this.entities.get(key);
    if (!e) this.entities.set(key, (e = { key, type, label, aliases: [], mentions: [], ...extra }));
    if (m) {
      e.mentions.push({ start: m.start, end: m.end });
      const surface = (m.name ?? m.text).replace(/\s+/g, ' ');
      if (surface !== e.label && !e.aliases.includes(surface)) e.aliases.push(surface);
    }
    return key;
  }
}

export function resolve(mentions: Mention[], lex: Lexicon, docId: string, text: string): EntityTable {
  const table = new Table();
  const out: Resolved[] = mentions.map((m) => ({ ...m }));
  const countryKey = (id: string) => {
    const c = lex.countries.get(id);
    if (!c) return undefined;
    return table.add(`country/${c.id}`, 'Country', c.name, null, c.wikidata ? { wikidata: c.wikidata } : {});
  };
  const cityKey = (name: string, country: string) => {
    const iso = lex.countries.get(country)?.iso2?.toLowerCase() ?? country;
    const key = table.add(`city/${slug(name)}-${iso}`, 'City', name, null);
    table.countryOf.set(key, `country/${country}`);
    return key;
  };
  for (const m of out) {
    switch (m.kind) {
      case 'country':
      case 'demonym':
      case 'metonym': {
        const key = countryKey(m.ref!);
        if (!key) break;
        // "Indo-" in "Indo-Pakistan" names the country but is no name of it
        table.add(key, 'Country', table.entities.get(key)!.label, m.kind === 'demonym' && /^\p{Lu}\p{Ll}+o$/u.test(m.text) && !lex.countries.get(m.ref!)!.demonyms.includes(m.text) ? null : m);
        m.entity = key;
        if (m.kind === 'metonym') {
          // a capital standing for its government is still the city as well ("visit Moscow")
          const city = lex.cities.get(fold(m.text));
          if (city && city.country === m.ref) table.add(cityKey(city.name, city.country), 'City', city.name, m);
        }
        break;
      }
      case 'city':
        m.entity = table.add(cityKey(m.ref!, m.country!), 'City', m.ref!, m);
        break;
      case 'org': {
        const rec = m.ref ? lex.orgs.get(m.ref) : undefined;
        const key = rec ? `organization/${rec.id}` : `organization/${slug(m.name ?? m.text)}`;
        m.entity = table.add(key, 'Organization', rec?.name ?? m.name ?? m.text, m, rec?.wikidata ? { wikidata: rec.wikidata } : {});
        // a state body is part of its state; a party or a newspaper of a country is not
        if (rec?.country && rec.kind === 'body') {
          const c = countryKey(rec.country);
          if (c) table.countryOf.set(key, c);
        }
        break;
      }
      case 'body': {
        m.entity = table.add(`organization/${slug(m.name!)}`, 'Organization', m.name!, m);
        const c = m.country ? countryKey(m.country) : undefined;
        if (c) table.countryOf.set(m.entity, c);
        break;
      }
      case 'event':
      case 'agreement':
      case 'issue':
        m.entity = resolveThing(table, m, lex);
        break;
    }
  }
  resolvePersons(out, table, docId);
  resolvePairs(out, text);
  resolvePersonPairs(out);
  const groupings = new Set([...lex.orgs.values()].filter((o) => o.kind === 'grouping').map((o) => `organization/${o.id}`));
  resolveCountryRefs(out, groupings);
  return { entities: table.entities, countryOf: table.countryOf, mentions: out };
}

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

function resolveThing(table: Table, m: Resolved, lex: Lexicon): string | undefined {
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
  for (const alt of m.alternates ?? []) {
    const e = table.entities.get(key)!;
    if (alt !== e.label && !e.aliases.includes(alt)) e.aliases.push(alt);
  }
  return key;
}

interface Cluster {
  words: string[]; // folded words of the fullest name
  label: string;
  mentions: Resolved[];
  lastSeen: number; // index of its latest mention
}

function resolvePersons(ms: Resolved[], table: Table, docId: string): void {
  const clusters: Cluster[] = [];
  const words = (m: Mention) => (m.name ?? m.text).split(/\s+/).map(fold);
  // full names first, so that a surname met before its full name still finds it
  ms.forEach((m, i) => {
    if (m.kind !== 'person' || m.tentative || words(m).length < 2) return;
    const w = words(m);
    const same = clusters.find((c) => isPrefix(w, c.words) || isPrefix(c.words, w));
    if (same) {
      same.mentions.push(m);
      if (w.length > same.words.length) { same.words = w; same.label = m.name!; }
      same.lastSeen = i;
    } else clusters.push({ words: w, label: m.name!, mentions: [m], lastSeen: i });
  });
  ms.forEach((m, i) => {
    if (m.kind !== 'person' || words(m).length !== 1) return;
    const w = words(m)[0];
    const bySurname = clusters.filter((c) => c.words.length > 1 && c.words[c.words.length - 1] === w);
    const byGiven = clusters.filter((c) => c.words.length > 1 && c.words[0] === w);
    const candidates = bySurname.length ? bySurname : byGiven.length === 1 ? byGiven : [];
    const target = nearest(candidates, i) ?? clusters.find((c) => c.words.length === 1 && c.words[0] === w);
    if (target) target.mentions.push(m);
    else if (!m.tentative) clusters.push({ words: [w], label: m.name!, mentions: [m], lastSeen: i });
  });
  const hash = createHash('sha256').update(docId).digest('hex').slice(0, 8);
  for (const c of clusters) {
    // a bare surname is no identity across articles: scope it to this document
    const key = c.words.length > 1 ? `person/${slug(c.label)}` : `person/${slug(c.label)}-${hash}`;
    table.add(key, 'Person', c.label, null);
    for (const m of c.mentions) {
      m.entity = key;
      table.add(key, 'Person', c.label, m);
    }
  }
  // pronouns: the person mentioned last, in this sentence or shortly before
  let lastPerson: Resolved | undefined;
  for (const m of ms) {
    if (m.kind === 'person' && m.entity) lastPerson = m;
    else if (m.kind === 'pronoun' && lastPerson && m.sentence - lastPerson.sentence <= PRONOUN_WINDOW) m.entity = lastPerson.entity;
  }
}

function isPrefix(a: string[], b: string[]): boolean {
  return a.length <= b.length && a.every((w, i) => w === b[i]);
}

function nearest(cs: Cluster[], i: number): Cluster | undefined {
  return [...cs].sort((x, y) => Math.abs(x.lastSeen - i) - Math.abs(y.lastSeen - i))[0];
}

// "both countries", "the two sides": two countries the sentence itself named before, else the
// last pair the text coordinated ("India and Pakistan", "India-Pakistan"), else the last two named.
function resolvePairs(ms: Resolved[], text: string): void {
  const isC = (m: Resolved) => !!m.entity?.startsWith('country/') && m.kind !== 'pair';
  ms.forEach((m, i) => {
    if (m.kind !== 'pair') return;
    const before = ms.slice(0, i).filter((p) => isC(p) && m.sentence - p.sentence <= PAIR_WINDOW);
    const distinct = (list: Resolved[]) => [...new Set(list.map((p) => p.entity!))];
    const here = distinct(before.filter((p) => p.sentence === m.sentence));
    if (here.length >= 2) { m.pair = [here[here.length - 2], here[here.length - 1]]; return; }
    for (let j = before.length - 1; j > 0; j--) {
      const [a, b] = [before[j - 1], before[j]];
      if (a.sentence === b.sentence && a.entity !== b.entity && /^\s*(and|-|–|\/)\s*$/.test(text.slice(a.end, b.start))) {
        m.pair = [a.entity!, b.entity!];
        return;
      }
    }
    const recent = distinct(before);
    if (recent.length >= 2) m.pair = [recent[recent.length - 2], recent[recent.length - 1]];
  });
}

const COUNTRY_REF_WINDOW = 3;

/** "the country": the country named last; "the alliance", "the bloc": the grouping named last. */
function resolveCountryRefs(ms: Resolved[], groupings: Set<string>): void {
  let country: Resolved | undefined;
  let group: Resolved | undefined;
  for (const m of ms) {
    if (m.kind === 'countryRef') {
      if (country && m.sentence - country.sentence <= COUNTRY_REF_WINDOW) m.entity = country.entity;
    } else if (m.kind === 'orgRef') {
      if (group && m.sentence - group.sentence <= COUNTRY_REF_WINDOW) m.entity = group.entity;
    } else if (m.entity?.startsWith('country/') && m.kind !== 'pair') country = m;
    else if (m.kind === 'org' && m.entity && groupings.has(m.entity)) group = m;
  }
}

/** "the two leaders", "both ministers": the last two people named, within a few sentences. */
function resolvePersonPairs(ms: Resolved[]): void {
  ms.forEach((m, i) => {
    if (m.kind !== 'personPair') return;
    const found: string[] = [];
    for (let j = i - 1; j >= 0 && found.length < 2; j--) {
      const p = ms[j];
      if (m.sentence - p.sentence > PAIR_WINDOW) break;
      if (p.kind === 'person' && p.entity && !found.includes(p.entity)) found.push(p.entity);
    }
    if (found.length === 2) m.pair = [found[1], found[0]];
  });
}
