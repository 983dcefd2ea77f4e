// Loads what the extractor knows (data/*.json, data/*.txt) into lookup structures, once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold, tokenize, type Token } from '../text/tokens.ts';
import { PhraseTrie } from './trie.ts';
import { DATA_DIR } from './data-dir.ts';
import { readSnapshot } from './snapshot.ts';
import type { Cased, CityRecord, CountryRecord, NameEntry, OrgRecord, RegionRecord, RoleRecord } from './types.ts';

export type * from './types.ts';

export interface Lexicon {
  countries: Map<string, CountryRecord>;
  orgs: Map<string, OrgRecord>;
  roles: Map<string, RoleRecord>;
  /** Countries, demonyms, metonyms, cities and organizations by name. */
  names: PhraseTrie<Cased<NameEntry>>;
  /** Role titles by every variant. */
  roleTitles: PhraseTrie<Cased<RoleRecord>>;
  /** Folded given names, family names written first (East Asian order), name particles. */
  givenNames: Set<string>;
  /** Common English words (folded): a capitalized run made only of them is no person's name. */
  commonWords: Set<string>;
  familyNames: Set<string>;
  particles: Set<string>;
  /** City name (folded) → its record, the most populous of a name. */
  cities: Map<string, CityRecord>;
}

export { DATA_DIR };

function cased<T>(phrase: string, entry: T): Cased<T> {
  const words = tokenize(phrase).filter((t) => t.kind !== 'punct');
  const isAcronym = /^[\p{Lu}\d.&+\-]+$/u.test(phrase.replace(/\s/g, '')) && /\p{Lu}{2}|\p{Lu}\./u.test(phrase);
  return { entry, exact: isAcronym ? tokenize(phrase).map((t) => t.text) : null, caps: words.map((w) => w.upper) };
}

/** Does the text's spelling of a match satisfy the phrase's case? */
export function caseFits<T>(c: Cased<T>, matched: Token[]): boolean {
  if (c.exact !== null) return c.exact.length === matched.length && c.exact.every((w, i) => w === matched[i].text);
  let w = 0;
  for (const t of matched) {
    if (t.kind === 'punct') continue;
    if (c.caps[w++] && !t.upper) return false;
  }
  return true;
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

function readList(dir: string, file: string): Set<string> {
  try {
    return new Set(readFileSync(join(dir, file), 'utf8').split('\n').map((l) => fold(l.trim())).filter(Boolean));
  } catch {
    return new Set();
  }
}

export function buildLexicon(dir: string = DATA_DIR): Lexicon {
  const countryList = readJson<CountryRecord[]>(dir, 'countries.json');
  const cityList = readJson<CityRecord[]>(dir, 'cities.json');
  const orgList = readJson<OrgRecord[]>(dir, 'organizations.json');
  const roleList = readJson<RoleRecord[]>(dir, 'roles.json');

  const names = new PhraseTrie<Cased<NameEntry>>();
  const countries = new Map(countryList.map((c) => [c.id, c]));
  for (const c of countryList) {
    const forms = new Set([c.name, ...(c.official ? [c.official] : []), ...c.aliases]);
    for (const f of forms) names.add(f, cased(f, { kind: 'country', id: c.id }));
    for (const d of c.demonyms) names.add(d, cased(d, { kind: 'demonym', id: c.id }));
    for (const m of c.metonyms ?? []) names.add(m, cased(m, { kind: 'metonym', id: c.id }));
  }
  const combining = readJson<Record<string, string | null>>(dir, 'combining-forms.json');
  for (const [form, id] of Object.entries(combining)) {
    if (id && !form.startsWith('_') && countries.has(id)) names.add(form, cased(form, { kind: 'demonym', id, prefix: true }));
  }
  const cities = new Map<string, CityRecord>();
  for (const city of cityList) {
    const population = city.population ?? 0;
    for (const f of [city.name, ...(city.aliases ?? [])]) {
      names.add(f, cased(f, { kind: 'city', name: city.name, country: city.country, population }));
      const prev = cities.get(fold(f));
      if (!prev || (prev.population ?? 0) < population) cities.set(fold(f), city);
    }
  }
  // regions are no actors of their own, but knowing them keeps "North Rhine-Westphalia" from being a person
  for (const r of readJson<RegionRecord[]>(dir, 'regions.json')) {
    for (const f of [r.name, ...(r.aliases ?? []), ...(r.adjectives ?? [])]) names.add(f, cased(f, { kind: 'region', name: r.name, country: r.country }));
  }
  const orgs = new Map(orgList.map((o) => [o.id, o]));
  for (const o of orgList) {
    const forms = new Set([o.name, ...(o.full ? [o.full] : []), ...(o.acronym ? [o.acronym] : []), ...o.aliases]);
    for (const f of forms) names.add(f, cased(f, { kind: 'org', id: o.id }));
  }
  const roleTitles = new PhraseTrie<Cased<RoleRecord>>();
  const roles = new Map(roleList.map((r) => [r.label, r]));
  for (const r of roleList) {
    for (const v of new Set([r.label, ...r.variants])) {
      // lowercase variants match in any case ("Prime Minister", "prime minister")
      roleTitles.add(v, { entry: r, exact: /\p{Lu}/u.test(v) ? tokenize(v).map((t) => t.text) : null, caps: [] });
      // "Presidents X of Brazil, Y of Russia": the plural introduces a list
      if (!/\p{Lu}/u.test(v) && !/s$/.test(v)) roleTitles.add(`${v}s`, { entry: r, exact: null, caps: [] });
    }
  }
  return {
    countries, orgs, roles, names, roleTitles, cities,
    givenNames: readList(dir, 'given-names.txt'),
    commonWords: readList(dir, 'common-words.txt'),
    familyNames: readList(dir, 'family-names.txt'),
    particles: readList(dir, 'name-particles.txt'),
  };
}

let cached: Lexicon | null = null;

/** The lexicon from data/, on first use (from the build's snapshot while data/ is unchanged) and shared afterwards. */
export function lexicon(): Lexicon {
  return (cached ??= readSnapshot() ?? buildLexicon());
}
export { thingWords, readThingWords, type ThingWords, type ThingKind } from './thing-words.ts';
