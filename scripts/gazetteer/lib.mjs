// Shared helpers for the gazetteer generators (run by hand, never at install or test time).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const dataDir = join(root, 'data');
export const curatedDir = join(here, 'curated');
export const require = createRequire(import.meta.url);

const SPECIAL = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', ə: 'e', ǝ: 'e', Ə: 'E',
};

/** Remove diacritics and map special Latin letters to ASCII; apostrophe-like marks become "'". */
export function fold(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞıħĦŋəǝƏ]/g, (c) => SPECIAL[c])
    .replace(/[‘’ʼʻ`´]/g, "'")
    .normalize('NFC');
}

/** German-style transliteration of umlauts (ä → ae), used for German-speaking places only. */
export function foldUmlautE(s) {
  return fold(s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue'));
}

export function slug(s) {
  return fold(s)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Lines of a text file without comments (# ...) and blank lines. */
export function readList(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Stable comparison: by folded lowercase, then by raw code points. */
export function compare(a, b) {
  const fa = fold(a).toLowerCase();
  const fb = fold(b).toLowerCase();
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unique values, order of first appearance kept. */
export function uniq(xs) {
  return [...new Set(xs.filter((x) => x !== undefined && x !== null && x !== ''))];
}

/** One JSON object per line: diff-friendly, stable bytes. */
export function writeJsonArray(path, items) {
  const body = items.map((x) => JSON.stringify(x)).join(',\n');
  writeFileSync(path, `[\n${body}\n]\n`);
  console.log(`wrote ${path.replace(root + '/', '')}: ${items.length} entries`);
}

export function writeLines(path, lines) {
  writeFileSync(path, lines.join('\n') + '\n');
  console.log(`wrote ${path.replace(root + '/', '')}: ${lines.length} lines`);
}

/** Lower-case English word list (wamerican), used to flag ambiguous names. */
export function englishWords() {
  const p = '/usr/share/dict/american-english';
  if (!existsSync(p)) throw new Error(`gazetteer: ${p} missing; run: apt-get install -y wamerican`);
  const words = new Set();
  for (const w of readFileSync(p, 'utf8').split('\n')) {
    if (w && w === w.toLowerCase() && !w.includes("'")) words.add(w);
  }
  return words;
}

export function pkgVersion(name) {
  return require(`${name}/package.json`).version;
}
