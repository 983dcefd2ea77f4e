// Independent consumers: rapper (raptor2) and rdflib read every format we write and count the
// same triples as n3; the seed's and a 50-article DWIE corpus's graphs pass SHACL validation.
// Locally a missing rapper or rdflib skips these; in CI (CI=true) it fails them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import type { Extraction } from '../../src/model.ts';
import { RDF_EXTENSIONS, RDF_FORMATS, parseRdf, writeRdfFile, type RdfFormat } from '../../src/rdf/index.ts';
import { validateGraph } from '../../src/rdf/validate.ts';
import { HOSTILE_NAMES, doc1, doc2, hostileDoc } from '../fixtures/rdf/extractions.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DWIE_DEV = '/work/shared/datasets/dwie/dev/';
const PYTHON = '/usr/bin/python3';
const RAPPER_FORMAT: Partial<Record<RdfFormat, string>> = { turtle: 'turtle', ntriples: 'ntriples', nquads: 'nquads', trig: 'trig' };
const RDFLIB_FORMAT: Record<RdfFormat, string> = { turtle: 'turtle', ntriples: 'nt', nquads: 'nquads', trig: 'trig', jsonld: 'json-ld' };

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const hasRapper = has('rapper', ['--version']);
const hasRdflib = has(PYTHON, ['-c', 'import rdflib']);
const required = !!process.env.CI;

function readTexts(dir: string, limit: number): Extraction[] {
  const dwie = dir.startsWith(DWIE_DEV);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit)
    .map((f) => extract({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8'), source: dwie ? `dwie/dev/${f}` : f }));
}

const corpora: Record<string, () => Extraction[]> = {
  fixtures: () => [doc1, doc2],
  hostile: () => HOSTILE_NAMES.map((n, i) => hostileDoc(n, HOSTILE_NAMES[(i + 1) % HOSTILE_NAMES.length])),
  seed: () => readTexts(join(ROOT, 'seeds'), 1000),
  dwie50: () => readTexts(DWIE_DEV, 50),
};

const files: Record<string, Partial<Record<RdfFormat, string>>> = {};

/** What n3 counts: quads for N-Quads/TriG, triples otherwise; JSON-LD as its Turtle twin. */
function n3Count(path: string, format: RdfFormat): number {
  if (format === 'jsonld') return n3Count(path.replace(/\.jsonld$/, '.ttl'), 'turtle');
  return parseRdf(readFileSync(path, 'utf8'), format, path).length;
}

const dir = mkdtempSync(join(tmpdir(), 'ag-consumers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  for (const [name, make] of Object.entries(corpora)) {
    const xs = make();
    files[name] = {};
    for (const format of RDF_FORMATS) {
      const path = join(dir, `${name}.${RDF_EXTENSIONS[format]}`);
      await writeRdfFile(path, xs, { format });
      files[name][format] = path;
    }
  }
}, 120_000);

describe.each(Object.keys(corpora))('%s output', (name) => {
  it.skipIf(!hasRapper && !required).each(Object.keys(RAPPER_FORMAT) as RdfFormat[])('rapper parses the %s with the same count as n3', (format) => {
    const path = files[name][format]!;
    const r = spawnSync('rapper', ['-i', RAPPER_FORMAT[format]!, '-c', path], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/error|warning/i);
    expect(Number(/returned (\d+) triples/.exec(r.stderr)?.[1])).toBe(n3Count(path, format));
  });

  it.skipIf(!hasRdflib && !required)('rdflib parses every format with the same counts as n3', () => {
    for (const format of RDF_FORMATS) {
      const path = files[name][format]!;
      const r = spawnSync(PYTHON, [join(ROOT, 'test/rdf/rdflib_count.py'), RDFLIB_FORMAT[format], path], { encoding: 'utf8' });
      expect(r.stdout.trim(), `${format}: ${r.stderr}`).toBe(String(n3Count(path, format)));
    }
  }, 60_000);

  it('passes SHACL validation', async () => {
    const path = files[name].trig!;
    const report = await validateGraph(parseRdf(readFileSync(path, 'utf8'), 'trig', path));
    expect(report.results.filter((r) => r.severity === 'Violation').slice(0, 10)).toEqual([]);
  }, 60_000);
});
