// data/given-names.txt, data/family-names.txt, data/name-particles.txt.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { curatedDir, dataDir, readList, writeLines, englishWords, readJson, compare } from './lib.mjs';
import { stdlibGivenNames, fakerFirstNames, fakerLocales } from './names-sources.mjs';
import { buildCountries } from './build-countries.mjs';
import { buildOrganizations } from './build-organizations.mjs';
import { buildRoles } from './build-roles.mjs';

// faker locales written in Latin script whose first names are real names (eo = Esperanto forms, en_BORK = joke,
// vi = two-syllable given names that only make sense together).
export const FAKER_LATIN_LOCALES = [
  'af_ZA', 'az', 'cs_CZ', 'da', 'de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_AU_ocker', 'en_GH', 'en_IN', 'en_NG', 'en_NP',
  'en_ZA', 'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_CH', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'ku_kmr_latin', 'lv', 'nb_NO',
  'nl', 'nl_BE', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ro_MD', 'sk', 'sl_SI', 'sr_RS_latin', 'sv', 'tr', 'uz_UZ_latin', 'yo_NG', 'zu_ZA',
];
const CYRILLIC_LOCALES = ['ru', 'uk'];

const MONTHS_DAYS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// Titles and honorifics that name lists sometimes carry; never a given name in news text.
const TITLES = ['Admiral', 'Ayatollah', 'Baron', 'Begum', 'Bibi', 'Bishop', 'Caliph', 'Captain', 'Cardinal', 'Chief',
  'Colonel', 'Count', 'Countess', 'Czar', 'Dame', 'Deacon', 'Doctor', 'Duke', 'Earl', 'Emir', 'Emperor', 'Frau', 'General',
  'Governor', 'Haji', 'Hajji', 'Herr', 'Imam', 'Judge', 'Justice', 'Kaiser', 'Khan', 'Khanum', 'King', 'Knight', 'Lady',
  'Lord', 'Madame', 'Major', 'Marquis', 'Marshal', 'Maulana', 'Mawlawi', 'Mayor', 'Minister', 'Mister', 'Monsieur', 'Mufti',
  'Mullah', 'Pastor', 'Pope', 'Premier', 'President', 'Prince', 'Princess', 'Professor', 'Queen', 'Rabbi', 'Raja', 'Rani',
  'Reverend', 'Sahib', 'Saint', 'Senator', 'Sergeant', 'Shah', 'Sheikh', 'Sheriff', 'Shri', 'Sir', 'Smt', 'Sri', 'Sultan',
  'Tsar'];
// Continents, religions and other capitalized non-names found in the lists.
const NOT_NAMES = ['Africa', 'America', 'Asia', 'Europe', 'Oceania', 'Antarctica', 'Allah', 'God', 'Christ', 'Islam',
  'Easter', 'Christmas', 'Said', 'Jihad', 'Abu', 'Abd', 'Bin', 'Ibn', 'Ould', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Das'];
// Given names that are also English words but are used as names far more often in news text.
const WORD_NAMES_KEPT = ['Aline', 'Amir', 'Beau', 'Beryl', 'Bill', 'Billy', 'Bob', 'Bobby', 'Bonnie', 'Brad', 'Carol',
  'Chuck', 'Clement', 'Colleen', 'Cooper', 'Curt', 'Dahlia', 'Daisy', 'Dale', 'Derrick', 'Don', 'Eddy', 'Ester', 'Flora',
  'Frank', 'Gene', 'Glen', 'Guy', 'Hank', 'Harry', 'Hazel', 'Hector', 'Holly', 'Homer', 'Iris', 'Ivy', 'Jack', 'Jasmine',
  'Jasper', 'Jay', 'Jean', 'Jimmy', 'John', 'Josh', 'Ken', 'Lea', 'Lee', 'Lily', 'Mads', 'Margarita', 'Maria', 'Marina',
  'Mark', 'Marten', 'Martin', 'Mats', 'Matt', 'Max', 'Maxim', 'Mike', 'Nick', 'Noel', 'Pat', 'Patsy', 'Patty', 'Pearl',
  'Penny', 'Peter', 'Phoebe', 'Randy', 'Ray', 'Rhea', 'Rick', 'Rob', 'Robin', 'Roger', 'Ron', 'Rose', 'Ruby', 'Sally',
  'Sander', 'Sandy', 'Serge', 'Sue', 'Terry', 'Tom', 'Tony', 'Victor', 'Viola', 'Violet', 'Wade', 'Warren'];

const RU = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
const UK = { ...RU, г: 'h', ґ: 'g', е: 'e', є: 'ye', и: 'y', і: 'i', ї: 'yi', й: 'y', щ: 'shch' };

/** Simple news-style romanization of a Russian or Ukrainian given name (Евгений -> Yevgeniy). */
export function romanize(word, table) {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if ((ch === 'е' || ch === 'є') && i === 0) { out += 'ye'; continue; }
    if (ch === 'ї' && i === 0) { out += 'yi'; continue; }
    out += table[ch] ?? ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const LATIN_NAME = /^[A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏ][a-zà-öø-ÿĀ-ſƀ-ɏ']+(-[A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏ]?[a-zà-öø-ÿĀ-ſƀ-ɏ']+)*$/;

export function buildGivenNames() {
  const words = englishWords();
  const curated = readList(join(curatedDir, 'given-names-extra.txt')).flatMap((l) => l.split(/\s+/));
  const candidates = [
    ...stdlibGivenNames(),
    ...FAKER_LATIN_LOCALES.flatMap((l) => fakerFirstNames(l)),
    ...CYRILLIC_LOCALES.flatMap((l) => fakerFirstNames(l).map((n) => romanize(n, l === 'uk' ? UK : RU))),
    ...curated,
  ].map((n) => n.trim().replace(/’/g, "'"));
  const unknown = fakerLocales().filter((l) => ![...FAKER_LATIN_LOCALES, ...CYRILLIC_LOCALES].includes(l));

  const blocked = new Set([...MONTHS_DAYS, ...TITLES, ...NOT_NAMES].map((s) => s.toLowerCase()));
  for (const r of buildRoles()) for (const v of r.variants) if (!v.includes(' ')) blocked.add(v.toLowerCase());
  for (const c of buildCountries()) {
    for (const f of [c.name, ...c.aliases, ...c.demonyms, c.capital, ...c.metonyms]) blocked.add(f.toLowerCase());
  }
  for (const o of buildOrganizations()) for (const f of [o.name, o.acronym, ...o.aliases]) if (f) blocked.add(f.toLowerCase());
  for (const city of readJson(join(dataDir, 'cities.json'))) {
    if (city.population >= 1000000) blocked.add(city.name.toLowerCase());
  }
  const keptWords = new Set(WORD_NAMES_KEPT.map((s) => s.toLowerCase()));
  const curatedSet = new Set(curated);

  const out = new Set();
  const rejected = { shape: 0, blocked: 0, word: 0, short: 0 };
  for (const n of candidates) {
    if (!LATIN_NAME.test(n)) { rejected.shape++; continue; }
    const lower = n.toLowerCase();
    if (blocked.has(lower)) { rejected.blocked++; continue; }
    if (n.length < 3 && !curatedSet.has(n)) { rejected.short++; continue; }
    if (words.has(lower) && !keptWords.has(lower)) { rejected.word++; continue; }
    out.add(n);
  }
  return { names: [...out].sort(compare), rejected, unknownLocales: unknown };
}

export function buildFamilyNames() {
  const names = readList(join(curatedDir, 'family-names.txt')).flatMap((l) => l.split(/\s+/));
  return [...new Set(names)].sort(compare);
}

export function buildParticles() {
  const ps = readList(join(curatedDir, 'name-particles.txt')).flatMap((l) => l.split(/\s+/));
  for (const p of ps) if (p !== p.toLowerCase()) throw new Error(`gazetteer: particle ${p} must be lower case`);
  return [...new Set(ps)].sort(compare);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { names, rejected, unknownLocales } = buildGivenNames();
  writeLines(join(dataDir, 'given-names.txt'), names);
  console.log('  rejected:', JSON.stringify(rejected), 'faker locales not used:', unknownLocales.join(' '));
  writeLines(join(dataDir, 'family-names.txt'), buildFamilyNames());
  writeLines(join(dataDir, 'name-particles.txt'), buildParticles());
}
