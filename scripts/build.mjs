#!/usr/bin/env node
// npm run build (and npm install / npm ci, through "prepare"): compiles src/ to dist/ with tsc, copies
// the plain-JavaScript worker entry points beside the compiled modules, writes the lexicon snapshot
// (dist/lexicon.snapshot.json, see src/lexicon/snapshot.ts) and a stamp of the sources it was built
// from, so that a test can tell a stale build from a current one. Plain JavaScript: it runs before
// anything is compiled.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp, STAMP_FILE } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('build: tsc failed; dist/ was not brought up to date');
  process.exit(compiled.status ?? 1);
}

// the worker entry points are JavaScript already (a worker thread starts without a TypeScript loader)
for (const file of walk(join(root, 'src'))) {
  if (!file.endsWith('.mjs')) continue;
  const target = join(dist, relative(join(root, 'src'), file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}

const { writeSnapshot } = await import(join(dist, 'lexicon/snapshot.js'));
const { buildLexicon } = await import(join(dist, 'lexicon/index.js'));
writeSnapshot(buildLexicon());

const { writeFileSync } = await import('node:fs');
writeFileSync(join(dist, STAMP_FILE), sourceStamp(root) + '\n');
console.error(`build: dist/ up to date (${((performance.now() - started) / 1000).toFixed(1)} s)`);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
