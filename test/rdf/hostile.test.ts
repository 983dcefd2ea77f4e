// Hostile names: whatever the text calls someone, the output is valid RDF whose IRIs are plain
// and whose literals read back as the names (characters no RDF file may hold — unpaired
// surrogates, C0 controls, U+FFFE/U+FFFF — become U+FFFD).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RDF_INPUT_FORMATS, parseRdf, readGraph, literalText } from '../../src/rdf/index.ts';
import { HOSTILE_NAMES, hostileDoc } from '../fixtures/rdf/extractions.ts';
import { canonical, writeCorpus } from './helpers.ts';

// RFC 3987 leaves these out of IRIs; N-Triples' IRIREF excludes them too.
const BAD_IRI_CHAR = /[\u0000-\u0020<>"{}|^`\\\u007F-\uFFFF]/;

const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'"\'\\\n\r\t<>#%😀 \u0301\u200F\u202Eعא_:./@?'.split('')), maxLength: 12 }),
  fc.constantFrom(...HOSTILE_NAMES),
);

describe('hostile names', () => {
  it('give valid IRIs and literals that read back in every format', async () => {
    await fc.assert(fc.asyncProperty(name, name, async (a, b) => {
      const x = hostileDoc(a, b);
      const reference = canonical(parseRdf(await writeCorpus([x], 'ntriples'), 'ntriples'));
      for (const format of RDF_INPUT_FORMATS) {
        const quads = parseRdf(await writeCorpus([x], format), format);
        expect(canonical(quads, false)).toEqual(reference);
        for (const q of quads) {
          for (const t of [q.subject, q.predicate, q.object, q.graph]) {
            if (t.termType === 'NamedNode') expect(t.value).not.toMatch(BAD_IRI_CHAR);
          }
        }
      }
      const graph = readGraph(parseRdf(await writeCorpus([x], 'turtle')));
      const labels = [...graph.entities.values()].map((e) => e.label).sort();
      const expected = [x.entities[0].label.trim(), x.entities[1].label.trim()].map(literalText);
      for (const l of expected) if (l) expect(labels).toContain(l);
      expect(graph.relations).toHaveLength(1);
      expect(graph.relations[0].statements[0].evidence).toBe(literalText(x.facts[0].evidence.text));
    }), { numRuns: 150 });
  });

  it('JSON-LD stays valid JSON with the names intact', async () => {
    await fc.assert(fc.asyncProperty(name, async (a) => {
      const json = JSON.parse(await writeCorpus([hostileDoc(a)], 'jsonld'));
      const labels = json['@graph'].map((n: { label?: unknown }) => n.label);
      const label = literalText(`${a} ${a}`.trim());
      if (label) expect(labels).toContain(label);
    }), { numRuns: 100 });
  });
});
