// Property tests of the extractor over hostile text: it never throws, every offset lies inside
// the text and its evidence is the text there, the same input gives the same output, and the
// RDF written from it always parses (n3 here; rapper too where it is installed, as in CI).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import N3 from 'n3';
import { extract } from '../../src/pipeline.ts';
import { createRdfSink } from '../../src/rdf/sink.ts';
import type { RdfFormat } from '../../src/rdf/write.ts';
import type { Extraction } from '../../src/model.ts';
import { ARTICLES, anyDocumentText, anyText, mutatedArticle, salad } from './arbitraries.ts';

// FUZZ_RUNS=2000 npx vitest run test/fuzz for a longer hunt; the default keeps npm test fast.
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const doc = (text: string, id = 'fuzz') => ({ id, text, source: 'fuzz' });

function offsetsHold(text: string, x: Extraction): void {
  const keys = new Set(x.entities.map((e) => e.key));
  for (const f of x.facts) {
    const { start, end, text: evidence } = f.evidence;
    expect(Number.isInteger(start) && Number.isInteger(end), 'integer offsets').toBe(true);
    expect(0 <= start && start <= end && end <= text.length, `offsets ${start}-${end} in 0-${text.length}`).toBe(true);
    expect(evidence).toBe(text.slice(start, end));
    expect(keys.has(f.subject) && keys.has(f.object), `entities of ${f.subject} ${f.predicate} ${f.object}`).toBe(true);
    expect(f.confidence >= 0 && f.confidence <= 1).toBe(true);
  }
  for (const e of x.entities) {
    for (const m of e.mentions) expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
  }
}

async function serialize(xs: Extraction[], format: RdfFormat): Promise<string> {
  let out = '';
  const sink = createRdfSink({ write: (s: string) => (out += s), end: () => undefined }, { format });
  for (const x of xs) await sink.add(x);
  await sink.end();
  return out;
}

const N3_NAME: Partial<Record<RdfFormat, string>> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

describe('the extractor on hostile text', () => {
  it('extracts the real articles unchanged as a sanity check', () => {
    for (const text of ARTICLES) offsetsHold(text, extract(doc(text)));
  });

  // Counterexamples found before, checked first on every run.
  const FOUND: Array<[string]> = [['both '], ['the both']];

  it.each([
    ['random strings', anyText, RUNS * 2],
    ['salads of news words', salad, RUNS],
    ['mutated articles', mutatedArticle, RUNS / 2],
  ] as const)('never throws, keeps offsets inside the text, evidence = text at offsets: %s', (_name, arb, runs) => {
    fc.assert(fc.property(arb, (text) => offsetsHold(text, extract(doc(text)))), { numRuns: Math.ceil(runs), examples: FOUND });
  });

  it('is deterministic: the same document twice gives the same extraction', () => {
    fc.assert(fc.property(fc.oneof(salad, mutatedArticle), (text) => {
      expect(extract(doc(text))).toEqual(extract(doc(text)));
    }), { numRuns: Math.ceil(RUNS / 3) });
  });

  it.each(['turtle', 'ntriples', 'nquads', 'trig'] as RdfFormat[])('writes %s that parses', async (format) => {
    await fc.assert(fc.asyncProperty(fc.array(anyDocumentText, { minLength: 1, maxLength: 3 }), async (texts) => {
      const xs = texts.map((t, i) => extract(doc(t, `d${i}`)));
      const text = await serialize(xs, format);
      expect(() => new N3.Parser({ format: N3_NAME[format] }).parse(text)).not.toThrow();
    }), { numRuns: Math.ceil(RUNS / 4) });
  });

  it('writes JSON-LD that is valid JSON', async () => {
    await fc.assert(fc.asyncProperty(anyDocumentText, async (t) => {
      JSON.parse(await serialize([extract(doc(t))], 'jsonld'));
    }), { numRuns: Math.ceil(RUNS / 4) });
  });
});

const hasRapper = (() => {
  try { execFileSync('rapper', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
})();

describe.skipIf(!hasRapper)('rapper on fuzzed output', () => {
  it.each([['turtle', 'ttl'], ['ntriples', 'ntriples']] as const)('accepts %s of a fuzzed corpus', async (format, rapperName) => {
    const texts = fc.sample(anyDocumentText, { numRuns: 60 });
    const out = await serialize(texts.map((t, i) => extract(doc(t, `d${i}`))), format);
    const dir = mkdtempSync(join(tmpdir(), 'ag-fuzz-'));
    try {
      const file = join(dir, `out.${format}`);
      writeFileSync(file, out);
      const parser = rapperName === 'ttl' ? 'turtle' : 'ntriples';
      expect(() => execFileSync('rapper', ['-q', '-i', parser, '-c', file], { stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
