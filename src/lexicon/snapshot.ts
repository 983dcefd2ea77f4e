// The lexicon as one file written at build time (dist/lexicon.snapshot.json): building it from
// data/ tokenizes some 30,000 phrases and folds 60,000 words (~0.25 s at every start); reading the
// snapshot is a JSON.parse and a pass over flat arrays. A snapshot is used only while every data
// file it was built from has the size and modification time it recorded: after an edit of data/,
// the lexicon is built from data/ again (as in the tests that change it) until the next build.
import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PhraseTrie, type FlatTrie } from './trie.ts';
import { DATA_DIR } from './data-dir.ts';
import type { Lexicon } from './index.ts';
import type { Cased, CityRecord, CountryRecord, NameEntry, OrgRecord, RoleRecord } from './types.ts';

/** Beside the compiled modules: dist/lexicon.snapshot.json (src/ has none; there data/ is read). */
export const SNAPSHOT_PATH = fileURLToPath(new URL('../lexicon.snapshot.json', import.meta.url));
const VERSION = 1;

interface Snapshot {
  version: number;
  /** data file → [size, mtimeMs] when the snapshot was written */
  files: Record<string, [number, number]>;
  countries: CountryRecord[];
  orgs: OrgRecord[];
  roles: RoleRecord[];
  cityList: CityRecord[];
  cities: [string, number][];
  /** the name entries, each once (a city's entry stands for all its aliases) */
  nameEntries: NameEntry[];
  /** a name's value: [index of its entry, exact spelling or 0, which words need a capital ("10")] */
  nameValues: [number, string[] | 0, string][];
  names: FlatTrie;
  /** a role title's value: [index of its role, exact spelling or null] */
  titleValues: [number, string[] | null][];
  roleTitles: FlatTrie;
  /** the word lists, each one string of lines (splitting it is faster than parsing an array) */
  givenNames: string;
  commonWords: string;
  familyNames: string;
  particles: string;
}

function dataFiles(dir: string): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const name of ['countries.json', 'cities.json', 'organizations.json', 'roles.json', 'regions.json', 'combining-forms.json',
    'given-names.txt', 'common-words.txt', 'family-names.txt', 'name-particles.txt']) {
    try {
      const s = statSync(join(dir, name));
      out[name] = [s.size, s.mtimeMs];
    } catch {
      out[name] = [-1, 0]; // an optional list that is absent
    }
  }
  return out;
}

export function toSnapshot(lex: Lexicon, dir: string = DATA_DIR): Snapshot {
  const nameEntries: NameEntry[] = [];
  const entryIndex = new Map<string, number>();
  const nameValues: Snapshot['nameValues'] = [];
  const nameValue = (v: Cased<NameEntry>) => {
    const key = JSON.stringify(v.entry);
    let e = entryIndex.get(key);
    if (e === undefined) entryIndex.set(key, (e = nameEntries.push(v.entry) - 1));
    return nameValues.push([e, v.exact ?? 0, v.caps.map((c) => (c ? '1' : '0')).join('')]) - 1;
  };
  const roles = [...lex.roles.values()];
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  const titleValues: [number, string[] | null][] = [];
  const cityList = [...new Set(lex.cities.values())];
  const cityIndex = new Map(cityList.map((c, i) => [c, i]));
  return {
    version: VERSION,
    files: dataFiles(dir),
    countries: [...lex.countries.values()],
    orgs: [...lex.orgs.values()],
    roles,
    cityList,
    cities: [...lex.cities].map(([k, c]) => [k, cityIndex.get(c)!]),
    names: lex.names.flatten(nameValue),
    nameEntries,
    nameValues,
    roleTitles: lex.roleTitles.flatten((v) => titleValues.push([roleIndex.get(v.entry)!, v.exact]) - 1),
    titleValues,
    givenNames: [...lex.givenNames].join('\n'),
    commonWords: [...lex.commonWords].join('\n'),
    familyNames: [...lex.familyNames].join('\n'),
    particles: [...lex.particles].join('\n'),
  };
}

const lines = (text: string) => new Set(text ? text.split('\n') : []);

export function fromSnapshot(s: Snapshot): Lexicon {
  const roles = s.roles;
  // a handful of patterns ("1", "11", "101") stand for all 15,000 names; the arrays are only read
  const patterns = new Map<string, boolean[]>();
  const capsOf = (caps: string) => {
    let c = patterns.get(caps);
    if (!c) patterns.set(caps, (c = Array.from(caps, (x) => x === '1')));
    return c;
  };
  return {
    countries: new Map(s.countries.map((c) => [c.id, c])),
    orgs: new Map(s.orgs.map((o) => [o.id, o])),
    roles: new Map(roles.map((r) => [r.label, r])),
    names: PhraseTrie.fromFlat(s.names, (i) => {
      const [entry, exact, caps] = s.nameValues[i];
      return { entry: s.nameEntries[entry], exact: exact || null, caps: capsOf(caps) };
    }),
    roleTitles: PhraseTrie.fromFlat(s.roleTitles, (i) => {
      const [role, exact] = s.titleValues[i];
      return { entry: roles[role], exact, caps: [] };
    }),
    cities: new Map(s.cities.map(([k, i]) => [k, s.cityList[i]])),
    givenNames: lines(s.givenNames),
    commonWords: lines(s.commonWords),
    familyNames: lines(s.familyNames),
    particles: lines(s.particles),
  };
}

/** The snapshot at `path`, when it exists and every data file in `dir` is as it was when written. */
export function readSnapshot(path: string = SNAPSHOT_PATH, dir: string = DATA_DIR): Lexicon | undefined {
  let s: Snapshot;
  try {
    s = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (s.version !== VERSION) return undefined;
  const now = dataFiles(dir);
  for (const [name, [size, mtime]] of Object.entries(s.files)) {
    if (now[name]?.[0] !== size || now[name]?.[1] !== mtime) return undefined;
  }
  return fromSnapshot(s);
}

/** Writes the snapshot of a lexicon built from `dir` (atomically: a reader never sees half a file). */
export function writeSnapshot(lex: Lexicon, path: string = SNAPSHOT_PATH, dir: string = DATA_DIR): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(toSnapshot(lex, dir)));
  renameSync(tmp, path);
}
