// Sanity checks over the generated gazetteer files; prints a summary and exits non-zero on a failure.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, compare } from './lib.mjs';
import { ORG_KINDS } from './build-organizations.mjs';
import { ROLE_KINDS } from './build-roles.mjs';

const failures = [];
const fail = (msg) => failures.push(msg);
const json = (f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
const lines = (f) => readFileSync(join(dataDir, f), 'utf8').split('\n').filter(Boolean);
const QID = /^Q\d+$/;

const countries = json('countries.json');
const cities = json('cities.json');
const orgs = json('organizations.json');
const roles = json('roles.json');
const given = lines('given-names.txt');
const family = lines('family-names.txt');
const particles = lines('name-particles.txt');

function unique(list, key, what) {
  const seen = new Set();
  for (const x of list) {
    const k = key(x);
    if (seen.has(k)) fail(`${what}: duplicate ${k}`);
    seen.add(k);
  }
}
function sortedText(list, what) {
  unique(list, (x) => x, what);
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) >= 0) { fail(`${what}: not sorted at ${list[i]}`); break; }
  if (list.some((x) => /\s/.test(x))) fail(`${what}: an entry with white space`);
  if (list[0].startsWith('#')) fail(`${what}: first line is a comment`);
}

// countries
unique(countries, (c) => c.id, 'countries');
unique(countries.filter((c) => !c.historical), (c) => c.iso2, 'countries iso2');
const countryIds = new Set(countries.map((c) => c.id));
const countryKeys = ['id', 'name', 'official', 'aliases', 'iso2', 'iso3', 'demonyms', 'capital', 'metonyms', 'wikidata', 'historical'];
for (const c of countries) {
  for (const k of Object.keys(c)) if (!countryKeys.includes(k)) fail(`country ${c.id}: unexpected key ${k}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) fail(`country ${c.id}: bad id`);
  if (c.wikidata && !QID.test(c.wikidata)) fail(`country ${c.id}: bad wikidata`);
  if (c.aliases.some((a) => /^the /i.test(a))) fail(`country ${c.id}: alias with article`);
}
const formOwner = new Map();
for (const c of countries) {
  for (const f of [c.name, ...c.aliases, ...c.demonyms]) {
    const k = f.toLowerCase();
    if (formOwner.has(k) && formOwner.get(k) !== c.id) fail(`countries: "${f}" in ${formOwner.get(k)} and ${c.id}`);
    formOwner.set(k, c.id);
  }
}

// cities
unique(cities, (c) => `${c.name}|${c.country}`, 'cities');
const cityForms = new Map();
for (const c of cities) {
  if (!countryIds.has(c.country)) fail(`city ${c.name}: unknown country ${c.country}`);
  if (!Number.isInteger(c.population)) fail(`city ${c.name}: population`);
  if (formOwner.has(c.name.toLowerCase())) fail(`city ${c.name}: equals a country form`);
  for (const f of [c.name, ...c.aliases]) cityForms.set(`${c.country}|${f}`, c);
}
const cityStates = [];
for (const c of countries) {
  if (!c.historical && !cityForms.has(`${c.id}|${c.capital}`)) cityStates.push(`${c.id} (${c.capital})`);
}

// organizations
unique(orgs, (o) => o.id, 'organizations');
const orgIds = new Set(orgs.map((o) => o.id));
for (const o of orgs) {
  if (!ORG_KINDS.includes(o.kind)) fail(`org ${o.id}: kind ${o.kind}`);
  if (o.country && !countryIds.has(o.country)) fail(`org ${o.id}: country ${o.country}`);
  if (o.partOf && !orgIds.has(o.partOf)) fail(`org ${o.id}: partOf ${o.partOf}`);
  if (o.wikidata && !QID.test(o.wikidata)) fail(`org ${o.id}: wikidata`);
  for (const k of ['id', 'name', 'full', 'aliases', 'acronym', 'kind']) if (!(k in o)) fail(`org ${o.id}: missing ${k}`);
}

// roles
unique(roles, (r) => r.label, 'roles');
for (const r of roles) {
  if (!ROLE_KINDS.includes(r.kind)) fail(`role ${r.label}: kind`);
  if (r.label !== r.label.toLowerCase()) fail(`role ${r.label}: label case`);
  for (const v of r.variants) {
    if (!v.split(' ').every((w) => w === w.toLowerCase() || /^[A-Z][A-Z0-9]+$/.test(w))) fail(`role ${r.label}: variant ${v}`);
  }
}

// name lists
sortedText(given, 'given-names');
sortedText(family, 'family-names');
sortedText(particles, 'name-particles');
if (given.length < 5000) fail(`given-names: only ${given.length}`);
for (const p of particles) if (p !== p.toLowerCase()) fail(`particle ${p}: not lower case`);
const givenSet = new Set(given);
for (const m of ['January', 'May', 'June', 'Monday', 'Will', 'The']) if (givenSet.has(m)) fail(`given-names: contains ${m}`);

// no "Given Family" person names among curated surface forms (countries, organizations, roles)
const familySet = new Set(family);
const NOT_PERSONS = new Set(['Viet Nam']);
const personLike = (s) => {
  if (NOT_PERSONS.has(s)) return false;
  const t = s.split(/\s+/);
  return t.length === 2 && givenSet.has(t[0]) && familySet.has(t[1]);
};
for (const c of countries) for (const f of [c.name, ...c.aliases, ...c.metonyms]) if (personLike(f)) fail(`country ${c.id}: person-like "${f}"`);
for (const o of orgs) for (const f of [o.name, o.full ?? '', ...o.aliases]) if (personLike(f)) fail(`org ${o.id}: person-like "${f}"`);

// sizes
let total = 0;
for (const f of ['countries.json', 'cities.json', 'organizations.json', 'roles.json', 'given-names.txt', 'family-names.txt', 'name-particles.txt']) {
  const size = statSync(join(dataDir, f)).size;
  total += size;
  if (size > 1.5 * 1024 * 1024) fail(`${f}: ${size} bytes > 1.5 MB`);
}

const wd = (list) => list.filter((x) => x.wikidata).length;
console.log(`countries      ${countries.length} (wikidata ${wd(countries)})`);
console.log(`cities         ${cities.length} (capitals not listed because the city is the country: ${cityStates.join(', ') || 'none'})`);
console.log(`organizations  ${orgs.length} (wikidata ${wd(orgs)}) ${JSON.stringify(Object.fromEntries(ORG_KINDS.map((k) => [k, orgs.filter((o) => o.kind === k).length])))}`);
console.log(`roles          ${roles.length} (${roles.reduce((n, r) => n + r.variants.length, 0)} variants)`);
console.log(`given names    ${given.length}`);
console.log(`family names   ${family.length}`);
console.log(`name particles ${particles.length}`);
console.log(`total size     ${(total / 1024).toFixed(0)} KiB`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n` + failures.slice(0, 50).join('\n'));
  process.exit(1);
}
console.log('all checks passed');
