import { describe, expect, it } from 'vitest';
import { parseRdf, readGraph, NS, DEFAULT_BASE, RdfSyntaxError } from '../../src/rdf/index.ts';
import { doc1, doc2 } from '../fixtures/rdf/extractions.ts';
import { writeCorpus } from './helpers.ts';

const id = (path: string) => DEFAULT_BASE + path;

describe('readGraph', () => {
  for (const format of ['turtle', 'ntriples', 'nquads', 'trig'] as const) {
    it(`reads a two-document corpus back from ${format}`, async () => {
      const graph = readGraph(parseRdf(await writeCorpus([doc1, doc2], format), format));
      expect(graph.documents.size).toBe(2);
      const pakistan = graph.entities.get(id('country/pakistan'))!;
      expect(pakistan).toEqual({ iri: id('country/pakistan'), type: 'Country', label: 'Pakistan', aliases: ['Pakistani'], wikidata: 'Q843' });
      // The fullest label wins across documents; the shorter becomes an altLabel.
      expect(graph.entities.get(id('organization/sco'))!.label).toBe('Shanghai Cooperation Organisation');
      expect(graph.entities.get(id('organization/sco'))!.aliases).toEqual(['SCO']);
      // A fact stated by both documents: one relation, one statement per document.
      const member = graph.relations.find((r) => r.s === id('country/pakistan') && r.p === NS.ag + 'memberOf')!;
      expect(member.statements.map((s) => s.doc).sort()).toEqual([...graph.documents.keys()].sort());
      // Roles carry their label; evidence and offsets come back as numbers.
      const pm = graph.relations.find((r) => r.s === id('person/nawaz-sharif'))!;
      expect(pm).toMatchObject({ p: NS.role + 'primeMinister', role: 'prime minister' });
      expect(pm.statements[0]).toMatchObject({ status: 'former', date: '1999', confidence: 0.9, start: 64, end: 125 });
      expect(doc1.doc.text.slice(pm.statements[0].start, pm.statements[0].end)).toBe(pm.statements[0].evidence);
    });
  }

  it('keeps a bare surname private to its document', async () => {
    const graph = readGraph(parseRdf(await writeCorpus([doc1, doc2], 'turtle')));
    const khans = [...graph.entities.values()].filter((e) => e.label === 'Khan');
    expect(khans).toHaveLength(1);
    expect(khans[0].iri).toBe(id(`person/khan--${doc2.doc.sha256.slice(0, 10)}`));
    // "Putin" alone in doc1 is doc2's Vladimir Putin, the corpus's only namesake; doc2's "different
    // Khan" stays apart from the Imran Khan his own article names.
    expect(graph.entities.get(id('person/vladimir-putin'))!.aliases).toEqual(['Putin']);
    expect([...graph.entities.keys()].filter((k) => k.includes('putin'))).toEqual([id('person/vladimir-putin')]);
    const met = graph.relations.filter((r) => r.p === NS.ag + 'met' && r.statements.some((st) => st.evidence === 'Khan met Putin in Moscow.'));
    expect(met.flatMap((r) => [r.s, r.o])).toContain(id('person/vladimir-putin'));
  });

  it('writes a symmetric meeting stated both ways once', async () => {
    const graph = readGraph(parseRdf(await writeCorpus([doc2], 'turtle')));
    const met = graph.relations.filter((r) => r.p === NS.ag + 'met');
    expect(met).toHaveLength(1);
    expect(met[0].statements).toHaveLength(1);
    expect(met[0].statements[0].confidence).toBe(0.9);
  });

  it('ignores foreign triples and reads relations without statements', () => {
    const graph = readGraph(parseRdf(`
      @prefix ag: <${NS.ag}> . @prefix rdfs: <${NS.rdfs}> .
      <x:a> a ag:Country ; rdfs:label "A" ; ag:memberOf <x:b> ; <x:other> "z" .
      <x:b> a <x:Unknown> .`));
    expect([...graph.entities.keys()]).toEqual(['x:a']);
    expect(graph.relations).toEqual([{ s: 'x:a', p: NS.ag + 'memberOf', o: 'x:b', statements: [] }]);
  });

  it('names the source, line and column of a syntax error', () => {
    const bad = '<x:a> <x:b> <x:c> .\n<x:a> <x:b> "open .\n';
    expect(() => parseRdf(bad, 'turtle', 'g.ttl')).toThrow(RdfSyntaxError);
    try { parseRdf(bad, 'turtle', 'g.ttl'); } catch (err) {
      expect((err as RdfSyntaxError).line).toBe(2);
      expect((err as Error).message).toMatch(/^g\.ttl:2:13: /);
    }
  });
});
