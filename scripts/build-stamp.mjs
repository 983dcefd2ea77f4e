// What a build of dist/ was made from: one hash over src/ and data/ (names and contents), written
// by scripts/build.mjs and compared by test/build.test.ts, so that a stale dist/ fails the tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const STAMP_FILE = '.source-stamp';

export function sourceStamp(root) {
  const hash = createHash('sha256');
  for (const top of ['src', 'data', 'tsconfig.json', 'tsconfig.build.json']) {
    for (const file of files(join(root, top))) {
      // data/graph.ttl and other outputs written into data/ are no sources
      if (/^data\/(graph\.ttl|.*\.out\.)/.test(relative(root, file))) continue;
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function files(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path]; // a file
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => files(join(path, e.name)));
}
