// examples/queries/*.rq on what the extractor really outputs for the seed article.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import { extractionToQuads } from '../../src/rdf/quads.ts';
import { writeRdf } from '../../src/rdf/write.ts';
import { run } from '../../src/cli/query.ts';
import { capture } from './capture.ts';
import { writeCorpus } from '../rdf/helpers.ts';
import { TIMELINE_ARTICLES } from '../fixtures/timeline/articles.ts';

const SEED_ID = '000_7dbc5fa66e82dbcb';
const dir = mkdtempSync(join(tmpdir(), 'actorgraph-examples-'));
const seed = join(dir, 'seed.ttl');
const text = readFileSync(`seeds/${SEED_ID}.txt`, 'utf8');
writeFileSync(seed, await writeRdf(extractionToQuads(extract({ id: SEED_ID, text, source: `seeds/${SEED_ID}.txt` }))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example's answer as rows of { variable: value }. */
async function example(name: string, graph = seed): Promise<Record<string, string>[]> {
  const { io, text: t } = capture();
  expect(await run([graph, '-f', `examples/queries/${name}.rq`, '--format', 'json'], io), t.err).toBe(0);
  const json = JSON.parse(t.out) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

describe('examples/queries on the extracted seed', () => {
  it('current heads of government: Imran Khan of Pakistan, not Nawaz Sharif', async () => {
    const rows = await example('current-heads-of-government');
    expect(rows).toContainEqual(expect.objectContaining({ name: 'Imran Khan', role: 'prime minister', countryName: 'Pakistan' }));
    expect(rows.map((r) => r.name)).not.toContain('Nawaz Sharif');
    expect(rows.map((r) => r.name)).not.toContain('Shahid Khaqan');
  });

  it('membership matrix: India and Russia in BRICS and the SCO', async () => {
    const rows = await example('membership-matrix');
    for (const country of ['India', 'Russia']) {
      const groupings = rows.find((r) => r.countryName === country)?.groupings.split(', ');
      expect(groupings).toEqual(expect.arrayContaining(['BRICS', 'Shanghai Cooperation Organisation']));
    }
  });

  it('who met whom: Nawaz Sharif and Vladimir Putin in June 2017', async () => {
    const rows = await example('who-met-whom');
    const pair = rows.find((r) => [r.aName, r.bName].sort().join() === 'Nawaz Sharif,Vladimir Putin');
    expect(pair?.date).toBe('2017-06');
  });

  it('facts with their evidence: offsets that slice the sentence out of the article', async () => {
    const rows = await example('facts-with-evidence');
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r.document).toBe(SEED_ID);
      expect(text.slice(Number(r.start), Number(r.end))).toBe(r.evidence);
    }
    expect(rows).toContainEqual(expect.objectContaining({ subjectName: 'Imran Khan', relation: 'primeMinister', objectName: 'Pakistan' }));
  });

  it('roles over time: Pakistan\'s prime ministers, the dated one before the undated', async () => {
    const rows = (await example('roles-over-time')).filter((r) => r.placeName === 'Pakistan' && r.role === 'prime minister');
    expect(rows.map((r) => [r.name, r.first, r.statuses])).toEqual([
      ['Nawaz Sharif', '1999', 'former'], ['Imran Khan', undefined, 'current'], ['Shahid Khaqan', undefined, 'former'],
    ]);
  });

  it('roles over time on a dated corpus: a prime minister called former later comes before the successor', async () => {
    const corpus = join(dir, 'dated.ttl');
    writeFileSync(corpus, await writeCorpus(TIMELINE_ARTICLES.filter((d) => d.id.startsWith('pk-')).map((d) => extract(d)), 'turtle'));
    const succession = [
      { name: 'Zara Qadir', first: '2019-08-01', last: '2022-05-10', statuses: 'current, former' },
      { name: 'Bilal Ahmed', first: '2022-05-10', last: '2022-05-10', statuses: 'current' },
    ];
    const all = (await example('roles-over-time', corpus)).filter((r) => r.placeName === 'Pakistan');
    expect(all).toEqual(succession.map((h) => ({ placeName: 'Pakistan', role: 'prime minister', ...h })));
    const pakistan = await example('office-holders-of-a-country', corpus);
    expect(pakistan).toEqual(succession.map((h) => ({ placeName: 'Pakistan', role: 'prime minister', ...h })));
  });

  it('office-holders of a country count the roles of its bodies', async () => {
    const query = await readFile('examples/queries/office-holders-of-a-country.rq', 'utf8');
    const russia = join(dir, 'russia.rq');
    writeFileSync(russia, query.replace('= "Pakistan"', '= "Russia"'));
    const { io, text: t } = capture();
    expect(await run([seed, '-f', russia, '--format', 'csv'], io), t.err).toBe(0);
    expect(t.out).toContain('spokesperson,Maria Zakharova,Russian foreign ministry');
    expect(t.out).not.toContain('Pakistan');
  });

  it('current heads of government on a corpus: the seed\'s "Modi" is the Narendra Modi another article names', async () => {
    const corpus = join(dir, 'corpus.ttl');
    writeFileSync(corpus, await writeCorpus([
      extract({ id: SEED_ID, text }),
      extract({ id: 'second', text: 'Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a two-day visit.' }),
    ], 'turtle'));
    const rows = await example('current-heads-of-government', corpus);
    expect(rows).toContainEqual(expect.objectContaining({ name: 'Narendra Modi', role: 'prime minister', countryName: 'India' }));
    expect(rows.map((r) => r.name)).not.toContain('Modi');
  });
});
