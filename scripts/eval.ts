// npm run eval [-- --verbose] [-- --set seed,news-dev,dev,test]
// Extracts every article of the evaluation sets with the library, writes <id>.ttl per article
// under out/eval/<set>/, and prints ../shared/eval/score.mjs's figures for each set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../src/pipeline.ts';
import { extractionToQuads } from '../src/rdf/quads.ts';
import { writeRdf } from '../src/rdf/write.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ACTORGRAPH_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// --markdown: one table of F1 figures for all sets (the README's table), instead of the scorer's output
const markdown = args.includes('--markdown');
const setIndex = args.indexOf('--set');
const setArg = args.find((a) => a.startsWith('--set='))?.slice(6) ?? (setIndex >= 0 ? args[setIndex + 1] : undefined);
const wanted = new Set((setArg ?? 'seed,news-dev,dev,test').split(','));

interface EvalSet { name: string; gold: string; texts: string[] }

const sets: EvalSet[] = [
  { name: 'seed', gold: join(shared, 'datasets/seed/seed.json'), texts: [join(shared, 'datasets/seed/seed.txt')] },
  folderSet('news-dev', join(shared, 'datasets/news/dev')),
  ...['dev', 'test'].map((split) => folderSet(`dwie-${split}`, join(shared, 'datasets/dwie', split))),
].filter((s) => wanted.has(s.name) || wanted.has(s.name.replace('dwie-', '')));

/** A folder of <id>.txt articles, each with its <id>.json gold beside it. */
function folderSet(name: string, dir: string): EvalSet {
  const texts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
  return { name, gold: dir, texts };
}

if (!existsSync(join(shared, 'eval/score.mjs'))) {
  console.error(`eval: ${join(shared, 'eval/score.mjs')} not found (set ACTORGRAPH_SHARED to the shared folder)`);
  process.exit(2);
}
// the scorer runs only when started by its real path (it compares import.meta.url with argv[1])
const scorerPath = realpathSync(join(shared, 'eval/score.mjs'));

interface Row { k: string; tp: number; fp: number; fn: number; f1: number }
interface Scores { rows: Row[]; entities: Row; relations: Row }
const tables: Array<{ set: EvalSet; words: number; seconds: number; scores: Scores }> = [];

for (const set of sets) {
  // ACTORGRAPH_EVAL_OUT: another folder for the per-article output (two runs side by side)
  const outDir = join(resolve(process.env.ACTORGRAPH_EVAL_OUT ?? join(root, 'out/eval')), set.name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  let words = 0;
  for (const file of set.texts) {
    const id = basename(file, '.txt');
    const text = readFileSync(file, 'utf8');
    words += text.split(/\s+/).length;
    const x = extract({ id, text, source: file });
    writeFileSync(join(outDir, `${id}.ttl`), await writeRdf(extractionToQuads(x), 'turtle'));
  }
  const seconds = (performance.now() - started) / 1000;
  const pred = set.name === 'seed' ? join(outDir, 'seed.ttl') : outDir;
  const scorer = spawnSync(process.execPath, [scorerPath, '--gold', set.gold, '--pred', pred, ...(markdown ? ['--json'] : verbose ? ['--verbose'] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (scorer.status !== 0) {
    process.stderr.write(scorer.stderr);
    process.exit(scorer.status ?? 1);
  }
  if (!scorer.stdout.trim()) {
    console.error(`eval: the scorer printed nothing for ${set.name}`);
    process.exit(1);
  }
  if (markdown) {
    tables.push({ set, words, seconds, scores: JSON.parse(scorer.stdout) as Scores });
    continue;
  }
  console.log(`\n== ${set.name}: ${set.texts.length} articles, ${words} words, extracted in ${seconds.toFixed(1)} s ==`);
  process.stdout.write(scorer.stdout);
}

if (markdown) {
  const columns: Array<[string, (s: Scores) => Row | undefined]> = [
    ['entities', (s) => s.entities],
    ...['Person', 'Country', 'City', 'Organization', 'Event'].map((t): [string, (s: Scores) => Row | undefined] => [t, (s) => s.rows.find((r) => r.k === `entity:${t}`)]),
    ['relations', (s) => s.relations],
    ...['holdsRole', 'roleAny', 'memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'locatedIn'].map((r): [string, (s: Scores) => Row | undefined] => [r, (s) => s.rows.find((x) => x.k === `rel:${r}`)]),
  ];
  // a column counts only where the set's gold has something of that kind
  const shown = columns.filter(([, get]) => tables.some((t) => { const r = get(t.scores); return r && r.tp + r.fn > 0; }));
  console.log(`| F1 | ${shown.map(([name]) => name).join(' | ')} |`);
  console.log(`| --- | ${shown.map(() => '---').join(' | ')} |`);
  for (const t of tables) {
    const cells = shown.map(([, get]) => { const r = get(t.scores); return r && r.tp + r.fn > 0 ? r.f1.toFixed(2) : '–'; });
    console.log(`| ${t.set.name} (${t.set.texts.length}) | ${cells.join(' | ')} |`);
  }
}
