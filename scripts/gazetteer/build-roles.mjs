// data/roles.json from curated/roles.json: validated (labels and variants lowercase except acronyms).
import { join } from 'node:path';
import { curatedDir, dataDir, readJson, uniq, writeJsonArray } from './lib.mjs';

export const ROLE_KINDS = ['head_of_state', 'head_of_gov', 'minister', 'official', 'diplomat', 'org_head', 'party', 'local', 'royal', 'religious'];
const ACRONYM = /^[A-Z][A-Z0-9]+$/;

export function buildRoles() {
  const list = readJson(join(curatedDir, 'roles.json'));
  const seenLabel = new Set();
  const seenVariant = new Map();
  const out = [];
  for (const r of list) {
    const where = `gazetteer: role ${r.label}`;
    if (r.label !== r.label.toLowerCase()) throw new Error(`${where}: label must be lowercase`);
    if (seenLabel.has(r.label)) throw new Error(`${where}: duplicate label`);
    seenLabel.add(r.label);
    if (!ROLE_KINDS.includes(r.kind)) throw new Error(`${where}: unknown kind ${r.kind}`);
    const variants = uniq(r.variants);
    if (!variants.includes(r.label)) throw new Error(`${where}: variants must include the label`);
    for (const v of variants) {
      const ok = v.split(' ').every((w) => w === w.toLowerCase() || ACRONYM.test(w));
      if (!ok) throw new Error(`${where}: variant "${v}" must be lowercase except acronyms`);
      const key = ACRONYM.test(v) ? v : v.toLowerCase();
      if (seenVariant.has(key)) throw new Error(`${where}: variant "${v}" also in ${seenVariant.get(key)}`);
      seenVariant.set(key, r.label);
    }
    out.push({ label: r.label, variants, kind: r.kind });
  }
  out.sort((a, b) => (a.label < b.label ? -1 : 1));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeJsonArray(join(dataDir, 'roles.json'), buildRoles());
}
