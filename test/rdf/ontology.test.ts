import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_KINDS } from '../../src/model.ts';
import { NS, parseRdf } from '../../src/rdf/index.ts';
import { ONTOLOGY_PATH, command } from '../../src/cli/ontology.ts';
import { doc1, doc2 } from '../fixtures/rdf/extractions.ts';
import { writeCorpus } from './helpers.ts';

const ontology = parseRdf(readFileSync(ONTOLOGY_PATH, 'utf8'), 'turtle', 'data/ontology.ttl');
const describes = (iri: string, p: string) => ontology.some((q) => q.subject.value === iri && q.predicate.value === p);

describe('data/ontology.ttl', () => {
  it('declares every class and relation of the contract with a label and a comment', () => {
    for (const term of [...ENTITY_TYPES, ...RELATION_KINDS]) {
      expect(describes(NS.ag + term, NS.rdfs + 'label'), term).toBe(true);
      expect(describes(NS.ag + term, NS.rdfs + 'comment'), term).toBe(true);
    }
  });

  it('declares every ag: term the writers use', async () => {
    const used = new Set<string>();
    for (const q of parseRdf(await writeCorpus([doc1, doc2], 'turtle'))) {
      for (const t of [q.predicate, q.object]) if (t.termType === 'NamedNode' && t.value.startsWith(NS.ag)) used.add(t.value);
    }
    for (const iri of used) expect(describes(iri, NS.rdfs + 'comment'), iri).toBe(true);
  });

  it('aligns to the well-known vocabularies', () => {
    const objects = new Set(ontology.map((q) => q.object.value));
    for (const iri of [NS.org + 'memberOf', NS.org + 'Organization', NS.foaf + 'Person', NS.schema + 'Country',
      'http://www.wikidata.org/prop/direct/P39', 'http://www.wikidata.org/prop/direct/P35',
      'http://www.wikidata.org/prop/direct/P6', 'http://www.wikidata.org/prop/direct/P463']) {
      expect(objects.has(iri), iri).toBe(true);
    }
  });

  it('is printed by `actorgraph ontology`', async () => {
    let out = '';
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
    try {
      expect(await command.run(['--format', 'ntriples'])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(parseRdf(out, 'ntriples')).toHaveLength(ontology.length);
  });
});
