import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import { edgeKey } from '../../viewer/src/model.ts';
import { AG, ID, ROLE, fixtureModel } from './helpers.ts';

describe('RDF → view graph', () => {
  const { graph, docs } = fixtureModel();

  it('makes one node per entity with its type, label, aliases and Wikidata item', () => {
    expect(graph.order).toBe(12);
    expect(graph.getNodeAttributes(ID + 'country/pakistan')).toMatchObject({
      label: 'Pakistan', entityType: 'Country', aliases: ['Pakistani'], wikidata: 'Q843',
    });
    expect(graph.getNodeAttribute(ID + 'person/maria-zakharova', 'wikidata')).toBeUndefined();
  });

  it('makes one edge per relation triple, labelled by role name or relation', () => {
    expect(graph.size).toBe(16);
    const pm = graph.getEdgeAttributes(edgeKey(ID + 'person/nawaz-sharif', ROLE + 'primeMinister', ID + 'country/pakistan'));
    expect(pm).toMatchObject({ kind: 'holdsRole', label: 'prime minister' });
    const member = graph.getEdgeAttributes(edgeKey(ID + 'country/pakistan', AG + 'memberOf', ID + 'organization/sco'));
    expect(member).toMatchObject({ kind: 'memberOf', label: 'member of' });
  });

  it('attaches each statement to its relation: evidence, document, status, date', () => {
    const pm = graph.getEdgeAttributes(edgeKey(ID + 'person/nawaz-sharif', ROLE + 'primeMinister', ID + 'country/pakistan'));
    expect(pm.facts).toEqual([expect.objectContaining({
      status: 'former', date: '1999', doc: ID + 'doc/a1',
      evidence: 'In 1999, the then Pakistani PM, Nawaz Sharif, visited Russia.', start: 10, end: 72,
    })]);
    expect(docs.get(ID + 'doc/a1')).toMatchObject({ label: 'a1.txt', sha256: 'a1a1' });
  });

  it('sizes nodes by degree', () => {
    const size = (k: string) => graph.getNodeAttribute(ID + k, 'size');
    expect(size('country/pakistan')).toBeGreaterThan(size('country/china'));
  });

  it('draws several relations between the same two actors as separate curves', () => {
    const between = graph.edges(ID + 'person/nawaz-sharif', ID + 'country/pakistan');
    expect(between).toHaveLength(1);
    const ttl = `@prefix ag: <${AG}> . @prefix role: <${ROLE}> .
      <${ID}person/a> a ag:Person ; role:president <${ID}country/b> ; ag:visited <${ID}country/b> .
      <${ID}country/b> a ag:Country .`;
    const g = buildViewModel(parseRdf(ttl)).graph;
    const curves = g.edges().map((e) => g.getEdgeAttributes(e));
    expect(curves.every((e) => e.type === 'curved')).toBe(true);
    expect(curves[0]!.curvature).not.toBe(curves[1]!.curvature);
  });

  it('gives the same start positions whatever the order of the triples', () => {
    const lines = [`<${ID}x> a <${AG}Person> .`, `<${ID}y> a <${AG}Country> .`, `<${ID}x> <${AG}visited> <${ID}y> .`];
    const pos = (ttl: string) => buildViewModel(parseRdf(ttl)).graph.getNodeAttributes(ID + 'x');
    const forward = pos(lines.join('\n')), backward = pos([...lines].reverse().join('\n'));
    expect(backward).toMatchObject({ x: forward.x, y: forward.y });
    expect(pos(`<${ID}z> a <${AG}Person> .\n` + lines.join('\n')).x).toBe(forward.x);
  });

  it('keeps relation ends it has no description of, as untyped nodes named by their IRI', () => {
    const g = buildViewModel(parseRdf(`<${ID}person/a> a <${AG}Person> ; <${AG}visited> <${ID}city/some%20where> .`)).graph;
    expect(g.getNodeAttributes(ID + 'city/some%20where')).toMatchObject({ entityType: 'Other', label: 'some where' });
  });
});
