// The README's question to the graph, asked of a corpus: the seed names Modi by his surname only;
// with a second article that names him in full, the answer is the corpus's one Narendra Modi.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import { run } from '../../src/cli/query.ts';
import { writeCorpus } from '../rdf/helpers.ts';
import { capture } from './capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'actorgraph-corpus-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = extract({ id: 'seed', text: readFileSync('seeds/000_7dbc5fa66e82dbcb.txt', 'utf8') });
const delhi = extract({ id: 'delhi', text: 'NEW DELHI, June 3 - Indian Prime Minister Narendra Modi met the visiting Japanese foreign minister in New Delhi on Monday.' });

async function heads(docs: Parameters<typeof writeCorpus>[0]): Promise<string> {
  const file = join(dir, `${docs.length}.ttl`);
  writeFileSync(file, await writeCorpus(docs, 'turtle'));
  const { io, text } = capture();
  expect(await run([file, '-f', 'examples/queries/current-heads-of-government.rq'], io)).toBe(0);
  return text.out;
}

describe("the README's current-heads-of-government query on a corpus", () => {
  it('answers with the seed article\'s own "Modi" alone', async () => {
    const out = await heads([seed]);
    expect(out).toMatch(/person\/modi-[0-9a-f]+--[0-9a-f]+ +Modi +prime minister/);
  });

  it('answers "Narendra Modi" once another article names him in full', async () => {
    const out = await heads([seed, delhi]);
    expect(out).toMatch(/id:person\/narendra-modi +Narendra Modi +prime minister +id:country\/india/);
    expect(out).not.toMatch(/person\/modi-/);
    expect(out).toContain('Imran Khan');
  });
});
