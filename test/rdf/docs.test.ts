// docs/rdf.md's SPARQL example runs: through `actorgraph query` and through rdflib, on the seed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import { writeRdfFile } from '../../src/rdf/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const QUERY = join(ROOT, 'docs/rdf-roles.rq');
const hasRdflib = spawnSync('/usr/bin/python3', ['-c', 'import rdflib'], { stdio: 'ignore' }).status === 0;
let seed = '';

const tmp = mkdtempSync(join(tmpdir(), 'ag-docs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  seed = join(tmp, 'seed.ttl');
  const dir = join(ROOT, 'seeds');
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => extract({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  await writeRdfFile(seed, docs);
});

describe('docs/rdf.md', () => {
  it('shows the query that docs/rdf-roles.rq holds', () => {
    const doc = readFileSync(join(ROOT, 'docs/rdf.md'), 'utf8');
    expect(doc).toContain(readFileSync(QUERY, 'utf8'));
  });

  it('runs its SPARQL example with actorgraph query', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/actorgraph.mjs'), 'query', seed, '-f', QUERY, '--format', 'csv'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Nawaz Sharif,prime minister,Pakistan,former/);
  });

  it.skipIf(!hasRdflib && !process.env.CI)('runs its SPARQL example with rdflib', () => {
    const script = `
import sys
from rdflib import Graph
g = Graph().parse(sys.argv[1])
for row in g.query(open(sys.argv[2]).read()):
    print(row.person, "|", row.role, "|", row.place, "|", row.status)`;
    const r = spawnSync('/usr/bin/python3', ['-c', script, seed, QUERY], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Nawaz Sharif | prime minister | Pakistan | former');
  });
});
