// node scripts/analysis/ends-found.mjs GOLD_DIR PRED_DIR
// For every gold relation (optional ones aside): are both of its ends found as entities? A relation
// whose event or agreement is never found cannot be read, whatever the relation rules do.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const N3 = require('n3');
const shared = process.env.ACTORGRAPH_SHARED ?? path.join(process.cwd(), '..', 'shared');
const { readPrediction, alignEntities } = await import(path.join(shared, 'eval/score.mjs'));
const [gdir, pdir] = process.argv.slice(2);
const stats = {};
for (const f of readdirSync(gdir).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(path.join(gdir, f), 'utf8'));
  const pred = readPrediction(readFileSync(path.join(pdir, f.replace('.json', '.ttl')), 'utf8'), N3);
  const found = new Set(alignEntities(pred.entities, gold.entities).values());
  for (const r of gold.relations) {
    if (r.optional) continue;
    const s = found.has(r.s);
    const o = [r.o, ...(r.o_alt ?? [])].some((x) => found.has(x));
    const k = (stats[r.p] ??= { total: 0, bothFound: 0, subjectMissing: 0, objectMissing: 0 });
    k.total++;
    if (s && o) k.bothFound++;
    if (!s) k.subjectMissing++;
    if (!o) k.objectMissing++;
  }
}
console.table(stats);
