// Mentions → entities. Gazetteer mentions resolve by their id; person mentions cluster by
// name (a lone surname or given name joins the full name met in the document, a pronoun the
// person mentioned last); "both countries" / "the two sides" resolve to the last two countries
// named; events and agreements with the same name are one entity.
import type { Entity } from '../../model.ts';
import { slug } from '../../rdf/vocabulary.ts';
import { fold } from '../../text/tokens.ts';
import { EntityBuilder } from './entity-builder.ts';
import { resolveThing } from './things.ts';
import { resolvePersons } from './persons.ts';
import { resolveCountryRefs, resolvePairs, resolvePersonPairs } from './anaphora.ts';
import { groupingOfPact } from '../../lexicon/grouping-names.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Mention } from '../mentions/mention.ts';

/** A mention with the entity (or, for a pair, the entities) it refers to. */
export interface Resolved extends Mention {
  entity?: string;
  /** region, city or capital: the key of its government (an organization), for the titles a place gives. */
  government?: string;
  pair?: string[];
  /** org: what kind of organization (the gazetteer's kind; "party" for a name ending in "party"). */
  orgKind?: string;
}

export interface EntityTable {
  entities: Map<string, Entity>;
  /** Country of a city, body or organization entity, where known. */
  countryOf: Map<string, string>;
  mentions: Resolved[];
  /**
   * The governments of the regions and cities the article names ("the premier of Bavaria", "the
   * mayor of Munich"): entities only once a fact needs one (see `governmentsUsed`), since a region
   * is no type of the contract and a city holds no role.
   */
  governments: Map<string, { place: string; country?: string; mentions: Resolved[] }>;
}

export function resolve(mentions: Mention[], lex: Lexicon, docId: string, text: string): EntityTable {
  const table = new EntityBuilder();
  const governments: EntityTable['governments'] = new Map();
  const governed = (m: Resolved, place: string, country?: string) => {
    const key = `organization/government-of-${slug(place)}`;
    const g = governments.get(key) ?? { place, country, mentions: [] };
    g.mentions.push(m);
    governments.set(key, g);
    return (m.government = key);
  };
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
  // one sense per article: a name of two or more words read as an organization somewhere is that
  // organization wherever else it stands ("Nordvik Marine Systems cut jobs" after "CEO of Nordvik Marine Systems")
  const orgNames = new Set(out.filter((m) => m.kind === 'org' && /\s/.test(m.name ?? m.text)).map((m) => fold(m.name ?? m.text)));
  for (const m of out) if (m.kind === 'person' && orgNames.has(fold(m.name ?? m.text))) Object.assign(m, { kind: 'org', tentative: false });
  // the sentence of each mention, by where it starts: how far back "the summit" reaches
  const sentenceOf = new Map(out.map((m) => [m.start, m.sentence]));
  for (const m of out) {
    // "the AUKUS security pact": a grouping the lexicon knows by its pact's name is that grouping
    if (m.kind === 'agreement' && m.name) {
      const grouping = groupingOfPact(m.name, lex);
      if (grouping) Object.assign(m, { kind: 'org', ref: grouping, alternates: undefined });
    }
    switch (m.kind) {
      case 'country':
      case 'demonym':
      case 'metonym': {
        const key = countryKey(m.ref!);
        if (!key) break;
        // a dateline's capitals ("ISLAMABAD, May 2 -") are its style, not a name: the city's own spelling is
        if (m.kind === 'metonym' && m.text.length > 3 && m.text === m.text.toUpperCase()) {
          const spelt = lex.cities.get(fold(m.text))?.name;
          if (spelt) m.name = spelt;
        }
        // "Indo-" in "Indo-Pakistan" names the country but is no name of it
        table.add(key, 'Country', table.entities.get(key)!.label, m.kind === 'demonym' && /^\p{Lu}\p{Ll}+o$/u.test(m.text) && !lex.countries.get(m.ref!)!.demonyms.includes(m.text) ? null : m);
        m.entity = key;
        if (m.kind === 'metonym') {
          // a capital standing for its government is still the city as well ("visit Moscow")
          const city = lex.cities.get(fold(m.text));
          if (city && city.country === m.ref) {
            table.add(cityKey(city.name, city.country), 'City', city.name, m);
            governed(m, city.name, city.country);
          }
        }
        break;
      }
      case 'city':
        m.entity = table.add(cityKey(m.ref!, m.country!), 'City', m.ref!, m);
        governed(m, m.ref!, m.country);
        break;
      case 'region':
        m.entity = governed(m, m.ref!, m.country);
        break;
      case 'org': {
        const rec = m.ref ? lex.orgs.get(m.ref) : undefined;
        const key = rec ? `organization/${rec.id}` : `organization/${slug(m.name ?? m.text)}`;
        m.entity = table.add(key, 'Organization', rec?.name ?? m.name ?? m.text, m, rec?.wikidata ? { wikidata: rec.wikidata } : {});
        m.orgKind = rec?.kind ?? (/\bparty$/i.test(m.name ?? m.text) ? 'party' : undefined);
        for (const alt of m.alternates ?? []) table.alias(key, alt);
        // a state body or agency is part of its state; a party or a newspaper of a country is not
        if (rec?.country && (rec.kind === 'body' || rec.kind === 'agency')) {
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
        m.entity = resolveThing(table, m, lex, docId, text, sentenceOf);
        break;
    }
  }
  resolvePersons(out, table, docId);
  resolvePairs(out, text);
  resolvePersonPairs(out);
  resolveCountryRefs(out);
  return { entities: table.entities, countryOf: table.countryOf, mentions: out, governments };
}

/**
 * The governments of regions and cities that facts hold roles in become entities: "Government of
 * Bavaria", also called "Bavaria" (as a state's government is called by its capital), part of its country.
 */
export function governmentsUsed(table: EntityTable, used: Set<string>, lex: Lexicon): void {
  for (const [key, g] of table.governments) {
    if (!used.has(key) || table.entities.has(key)) continue;
    table.entities.set(key, { key, type: 'Organization', label: `Government of ${g.place}`, aliases: [g.place], mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })) });
    const country = g.country && lex.countries.get(g.country);
    if (country) table.countryOf.set(key, `country/${country.id}`);
  }
}

