import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import { actorDocumentList } from '../../viewer/src/documents.ts';
import { ADA, corpusGraph } from './corpus-graph.ts';
import { ID, fixtureModel } from './helpers.ts';

describe('an actor\'s documents', () => {
  it('lists each document a relation of the actor was read in, with its date, oldest first', () => {
    const model = buildViewModel(parseRdf(corpusGraph({ countries: 3, persons: 5, unconnected: 2, docs: 4 })));
    const list = actorDocumentList(model, ADA);
    expect(list.map((d) => [d.doc.id, d.doc.date, d.relations])).toEqual([['article-0', '2021-03-01', 1], ['article-1', '2021-03-02', 1]]);
    expect(actorDocumentList(model, `${ID}organization/u0`)).toEqual([]);
  });

  it('counts a document once per relation however many statements it gives; undated documents last', () => {
    const model = fixtureModel();
    const list = actorDocumentList(model, `${ID}country/pakistan`);
    expect(list.map((d) => d.doc.label)).toEqual(['a1.txt', 'b2.txt']);
    const relations = model.graph.edges(`${ID}country/pakistan`).filter((e) => model.graph.getEdgeAttribute(e, 'facts').some((f) => f.doc === `${ID}doc/a1`));
    expect(list[0]!.relations).toBe(relations.length);
  });
});
