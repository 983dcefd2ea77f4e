import { describe, expect, it } from 'vitest';
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { NS, parseRdf } from '../../src/rdf/index.ts';
import { validateGraph } from '../../src/rdf/validate.ts';
import { doc1, doc2 } from '../fixtures/rdf/extractions.ts';
import { writeCorpus } from './helpers.ts';

const { namedNode, literal, quad } = N3.DataFactory;
const corpus = async () => parseRdf(await writeCorpus([doc1, doc2], 'trig'), 'trig');
const without = (quads: Quad[], keep: (q: Quad) => boolean) => quads.filter(keep);
const pakistan = 'https://w3id.org/actorgraph/id/country/pakistan';

describe('validateGraph', () => {
  it('passes a corpus written by the sink', async () => {
    const report = await validateGraph(await corpus());
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('finds a second label', async () => {
    const quads = [...await corpus(), quad(namedNode(pakistan), namedNode(NS.rdfs + 'label'), literal('Islamic Republic'))];
    const report = await validateGraph(quads);
    expect(report.conforms).toBe(false);
    expect(report.results).toContainEqual(expect.objectContaining({ focus: pakistan, path: NS.rdfs + 'label' }));
  });

  it('finds a relation without its statement node', async () => {
    const quads = without(await corpus(), (q) => q.predicate.value !== NS.prov + 'wasDerivedFrom');
    const report = await validateGraph(quads);
    expect(report.results).toContainEqual(expect.objectContaining({ focus: pakistan, path: NS.ag + 'memberOf', shape: expect.stringMatching(/RelationEvidenceShape$/) }));
  });

  it('finds a role used from a country, a statement without its triple and offsets past the end', async () => {
    const quads = [...await corpus()].filter((q) => !(q.subject.value === pakistan && q.predicate.value === NS.ag + 'memberOf'));
    quads.push(quad(namedNode(pakistan), namedNode(NS.role + 'president'), namedNode(pakistan)));
    const withLongOffsets = quads.map((q) => (q.predicate.value === NS.ag + 'charEnd'
      ? quad(q.subject, q.predicate, literal('99999', namedNode(NS.xsd + 'integer')), q.graph) : q));
    const report = await validateGraph(withLongOffsets);
    const shapes = new Set(report.results.map((r) => r.shape.replace(/.*#/, '')));
    expect([...shapes].sort()).toEqual(['RelationEvidenceShape', 'RolePropertyShape', 'StatementShape']);
    expect(report.results.find((r) => r.shape.endsWith('RolePropertyShape'))!.focus).toBe(pakistan);
    expect(report.results.some((r) => /past the end/.test(r.message))).toBe(true);
    expect(report.results.some((r) => /not in the graph as a plain triple/.test(r.message))).toBe(true);
  });

  it('finds statement nodes with bad offsets and confidence (core shapes)', async () => {
    const quads = (await corpus()).map((q) => {
      if (q.predicate.value === NS.ag + 'charStart') return quad(q.subject, q.predicate, literal('-1', namedNode(NS.xsd + 'integer')), q.graph);
      if (q.predicate.value === NS.ag + 'confidence') return quad(q.subject, q.predicate, literal('1.50', namedNode(NS.xsd + 'decimal')), q.graph);
      return q;
    });
    const report = await validateGraph(quads);
    const paths = new Set(report.results.map((r) => r.path));
    expect(paths).toEqual(new Set([NS.ag + 'charStart', NS.ag + 'confidence']));
    expect(report.results.every((r) => r.focus.startsWith('_:'))).toBe(true);
  });
});
