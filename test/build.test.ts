// The command and the package run dist/, compiled from src/ by `npm run build` (npm install, npm ci
// and npm test run it): a dist/ older than src/ or data/ would test and ship yesterday's code.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error: plain JavaScript shared with scripts/build.mjs
import { sourceStamp, STAMP_FILE } from '../scripts/build-stamp.mjs';

const root = resolve(import.meta.dirname, '..');

describe('the build in dist/', () => {
  it('was made from the src/ and data/ of this checkout (run `npm run build` if not)', () => {
    const stamp = join(root, 'dist', STAMP_FILE);
    expect(existsSync(stamp), 'dist/ has not been built').toBe(true);
    expect(readFileSync(stamp, 'utf8').trim(), 'dist/ is older than src/ or data/: run `npm run build`').toBe(sourceStamp(root));
  });

  it('holds the command, the library with its types, the workers and the lexicon snapshot', () => {
    for (const f of ['cli/main.js', 'index.js', 'index.d.ts', 'io/worker.mjs', 'sparql/worker.mjs', 'lexicon.snapshot.json']) {
      expect(existsSync(join(root, 'dist', f)), f).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.dependencies.tsx, 'tsx compiles at run time; it is a development tool only').toBeUndefined();
  });
});
