// npm run eval [-- --verbose] [-- --set seed,dev,test]
// Extracts every article of the evaluation sets with the library, writes <id>.ttl per article
// under out/eval/<set>/, and prints ../shared/eval/score.mjs's figures for each set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../src/pipeline.ts';
import { extractionToQuads } from '../src/rdf/quads.ts';
import { writeRdf } from '../src/rdf/write.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ACTORGRAPH_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const setArg = args.find((a) => a.startsWith('--set='))?.slice(6) ?? args[args.indexOf('--set') + 1];
const wanted = new Set((args.includes('--set') || setArg ? setArg : 'seed,dev,test')!.split(','));

interface EvalSet { name: string; gold: string; texts: string[] }

const sets: EvalSet[] = [
  { name: 'seed', gold: join(shared, 'datasets/seed/seed.json'), texts: [join(shared, 'datasets/seed/seed.txt')] },
  ...['dev', 'test'].map((split) => {
    const dir = join(shared, 'datasets/dwie', split);
    const texts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
    return { name: `dwie-${split}`, gold: dir, texts };
  }),
].filter((s) => wanted.has(s.name) || wanted.has(s.name.replace('dwie-', '')));

if (!existsSync(join(shared, 'eval/score.mjs'))) {
  console.error(`eval: ${join(shared, 'eval/score.mjs')} not found (set ACTORGRAPH_SHARED to the shared folder)`);
  process.exit(2);
}

for (const set of sets) {
  const outDir = join(root, 'out/eval', set.name);
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
  console.log(`\n== ${set.name}: ${set.texts.length} articles, ${words} words, extracted in ${seconds.toFixed(1)} s ==`);
  const scorer = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', set.gold, '--pred', pred, ...(verbose ? ['--verbose'] : [])], { cwd: root, encoding: 'utf8' });
  process.stdout.write(scorer.stdout);
  if (scorer.status !== 0) {
    process.stderr.write(scorer.stderr);
    process.exit(scorer.status ?? 1);
  }
}
