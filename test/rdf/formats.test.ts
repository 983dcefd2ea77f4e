import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { RDF_INPUT_FORMATS, extractionToQuads, openRdfFile, parseRdf, writeRdf, writeRdfFile } from '../../src/rdf/index.ts';
import { doc1, doc2 } from '../fixtures/rdf/extractions.ts';
import { canonical, writeCorpus } from './helpers.ts';

describe('writers', () => {
  it('give the same bytes on two runs', async () => {
    for (const format of ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const) {
      expect(await writeCorpus([doc1, doc2], format)).toBe(await writeCorpus([doc1, doc2], format));
    }
  });

  it('write the same graph in every format that reads back (write → read → write)', async () => {
    const reference = canonical(parseRdf(await writeCorpus([doc1, doc2], 'turtle')));
    for (const format of RDF_INPUT_FORMATS) {
      const first = await writeCorpus([doc1, doc2], format);
      const quads = parseRdf(first, format);
      // One graph whichever format carries it (named graphs merged).
      expect(canonical(quads, false), format).toEqual(reference);
      // Round trip: reading and writing again gives the same quads, graphs included.
      const again = await writeRdf(quads, format);
      expect(canonical(parseRdf(again, format)), format).toEqual(canonical(quads));
    }
  });

  it('put each document\'s facts in its own named graph in N-Quads and TriG', async () => {
    const quads = parseRdf(await writeCorpus([doc1, doc2], 'nquads'), 'nquads');
    const graphs = new Set(quads.map((q) => q.graph.value));
    expect(graphs.size).toBe(3);
    const statementGraphs = new Set(quads.filter((q) => q.predicate.value.endsWith('#evidence')).map((q) => q.graph.value));
    expect(statementGraphs.size).toBe(2);
    // Entity descriptions live in the default graph.
    expect(quads.filter((q) => q.predicate.value.endsWith('#label') && q.object.value === 'Pakistan').map((q) => q.graph.value)).toEqual(['']);
  });

  it('write one label per entity for a whole corpus', async () => {
    const quads = parseRdf(await writeCorpus([doc1, doc2], 'ntriples'), 'ntriples');
    const labels = quads.filter((q) => q.predicate.value.endsWith('rdf-schema#label'));
    expect(new Set(labels.map((q) => q.subject.value)).size).toBe(labels.length);
  });

  it('write JSON-LD that reads as plain JSON', async () => {
    const json = JSON.parse(await writeCorpus([doc1, doc2], 'jsonld'));
    const pakistan = json['@graph'].find((n: { '@id': string }) => n['@id'].endsWith('country/pakistan'));
    expect(pakistan).toMatchObject({ '@type': 'Country', label: 'Pakistan', altLabel: 'Pakistani', memberOf: expect.stringMatching(/organization\/sco$/) });
    const statement = json['@graph'].find((n: { '@type': string }) => n['@type'] === 'Statement');
    expect(statement).toMatchObject({ charStart: expect.any(Number), confidence: expect.stringMatching(/^[01]\.\d\d$/) });
  });

  it('keep extractionToQuads and writeRdf working for one document', async () => {
    const text = await writeRdf(extractionToQuads(doc1), 'turtle');
    expect(text).toContain('role:primeMinister a owl:ObjectProperty');
    expect(canonical(parseRdf(text))).toEqual(canonical(parseRdf(await writeCorpus([doc1], 'turtle'))));
  });
});

describe('RDF files', () => {
  it('appear whole on end and leave nothing on abort', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ag-rdf-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'corpus.ttl');
    await writeFile(path, 'old');
    const sink = openRdfFile(path);
    await sink.add(doc1);
    await sink.abort();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['corpus.ttl']);
    const stats = await writeRdfFile(path, [doc1, doc2], { format: 'turtle' });
    expect(stats.documents).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(await writeCorpus([doc1, doc2], 'turtle'));
    expect(await readdir(dir)).toEqual(['corpus.ttl']);
  });

  it('leave no temp file when the input fails midway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ag-rdf-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    async function* failing() {
      yield doc1;
      throw new Error('input broke');
    }
    await expect(writeRdfFile(join(dir, 'x.nq'), failing(), { format: 'nquads' })).rejects.toThrow('input broke');
    expect(await readdir(dir)).toEqual([]);
  });
});
