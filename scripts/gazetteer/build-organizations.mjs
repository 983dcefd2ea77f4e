// data/organizations.json from curated/organizations.json: validated, normalized, sorted by id.
import { join } from 'node:path';
import { curatedDir, dataDir, readJson, uniq, writeJsonArray } from './lib.mjs';
import { buildCountries } from './build-countries.mjs';

export const ORG_KINDS = ['grouping', 'un-body', 'agency', 'court', 'body', 'party', 'militant', 'media', 'company', 'ngo', 'sport', 'research', 'religious'];

export function buildOrganizations() {
  const list = readJson(join(curatedDir, 'organizations.json'));
  const countryIds = new Set(buildCountries().map((c) => c.id));
  const ids = new Set(list.map((o) => o.id));
  const out = [];
  for (const o of list) {
    const where = `gazetteer: organization ${o.id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) throw new Error(`${where}: bad id`);
    if (!ORG_KINDS.includes(o.kind)) throw new Error(`${where}: unknown kind ${o.kind}`);
    if (o.country && !countryIds.has(o.country)) throw new Error(`${where}: unknown country ${o.country}`);
    if (o.partOf && !ids.has(o.partOf)) throw new Error(`${where}: unknown partOf ${o.partOf}`);
    if (o.wikidata && !/^Q\d+$/.test(o.wikidata)) throw new Error(`${where}: bad wikidata ${o.wikidata}`);
    const entry = {
      id: o.id,
      name: o.name,
      full: o.full ?? null,
      aliases: uniq(o.aliases ?? []).filter((a) => a !== o.name),
      acronym: o.acronym ?? null,
      kind: o.kind,
    };
    if (o.country) entry.country = o.country;
    if (o.partOf) entry.partOf = o.partOf;
    if (o.wikidata) entry.wikidata = o.wikidata;
    out.push(entry);
  }
  if (ids.size !== list.length) throw new Error('gazetteer: duplicate organization ids');
  out.sort((a, b) => (a.id < b.id ? -1 : 1));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeJsonArray(join(dataDir, 'organizations.json'), buildOrganizations());
}
