// data/countries.json from world-countries + curated/countries.json.
import { join } from 'node:path';
import { require, curatedDir, dataDir, readJson, fold, slug, uniq, writeJsonArray } from './lib.mjs';

const EXTRA = new Set(['TW', 'XK', 'PS', 'VA']); // not all marked independent, treated as countries in news
const STRUCTURAL = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Confederation|Sultanate|Duchy|Emirates|Federated|Nation)\b/;

/** "Pakistani(s)" -> ["Pakistani", "Pakistanis"] */
function expandForms(list) {
  const out = [];
  for (const d of list) {
    const m = d.match(/^(.*)\(s\)$/);
    if (m) out.push(m[1], m[1] + 's');
    else out.push(d);
  }
  return out;
}

/** English alternative spellings worth keeping from world-countries (official-style names). */
function englishAltSpellings(x) {
  return x.altSpellings.filter((a) =>
    a.length > 3 &&
    STRUCTURAL.test(a) &&
    !/[,()]/.test(a) &&
    /^[A-Za-z'’ .-]+$/.test(a) &&
    a.split(' ').every((w) => /^(of|the|and|[A-Z].*)$/.test(w)),
  );
}

export function buildCountries() {
  const wc = require('world-countries/countries.json');
  const curated = readJson(join(curatedDir, 'countries.json'));
  const out = [];
  for (const x of wc) {
    if (!x.independent && !EXTRA.has(x.cca2)) continue;
    const cur = curated[x.cca2];
    if (!cur) throw new Error(`gazetteer: no curated entry for ${x.cca2} ${x.name.common}`);
    const name = cur.name ?? x.name.common;
    const official = cur.official ?? x.name.official;
    const capital = cur.cap ?? x.capital[0];
    const baseAliases = uniq([official, ...(cur.aliases ?? []), ...englishAltSpellings(x)]).map((a) => a.replace(/^the /i, ''));
    const folded = [name, ...baseAliases].map(fold);
    const aliases = uniq([...baseAliases, ...folded]).filter((a) => a !== name);
    const capitalForms = cur.noCapMet ? [] : [capital, fold(capital)];
    const metonyms = uniq([...capitalForms, ...(cur.met ?? [])]).filter((m) => m !== name && !aliases.includes(m));
    const entry = {
      id: slug(name),
      name,
      official,
      aliases,
      iso2: x.cca2,
      iso3: x.cca3,
      demonyms: uniq(expandForms(cur.dem ?? [])),
      capital,
      metonyms,
    };
    if (cur.wd) entry.wikidata = cur.wd;
    out.push(entry);
  }
  // states that no longer exist but that news still name (Soviet Union, East Germany ...), flagged historical
  for (const h of readJson(join(curatedDir, 'historical-countries.json'))) out.push(h);
  for (const k of Object.keys(curated)) {
    if (!out.some((c) => c.iso2 === k)) throw new Error(`gazetteer: curated country ${k} not in world-countries`);
  }
  out.sort((a, b) => (a.id < b.id ? -1 : 1));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeJsonArray(join(dataDir, 'countries.json'), buildCountries());
}
