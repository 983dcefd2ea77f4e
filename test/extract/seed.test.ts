// End to end on the seed article: text → extraction → Turtle → parsed back by n3.
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import { extractionToQuads } from '../../src/rdf/quads.ts';
import { writeRdf } from '../../src/rdf/write.ts';
import { NS } from '../../src/rdf/vocabulary.ts';

const text = readFileSync(new URL('../../seeds/000_7dbc5fa66e82dbcb.txt', import.meta.url), 'utf8');
const x = extract({ id: 'seed', text, source: 'seeds/000_7dbc5fa66e82dbcb.txt' });

function labelOf(key: string) {
  return x.entities.find((e) => e.key === key)?.label;
}

function has(subject: string, predicate: string, object: string, role?: string) {
  return x.facts.some((f) => labelOf(f.subject) === subject && f.predicate === predicate && labelOf(f.object) === object && (!role || f.role === role));
}

describe('the seed article', () => {
  it('names the people, countries and groupings', () => {
    const labels = new Set(x.entities.map((e) => `${e.type}:${e.label}`));
    for (const l of ['Person:Imran Khan', 'Person:Maria Zakharova', 'Person:Nawaz Sharif', 'Person:Vladimir Putin',
      'Country:Pakistan', 'Country:Russia', 'Country:India', 'Country:Kazakhstan', 'City:Sochi', 'City:Astana']) {
      expect(labels, l).toContain(l);
    }
  });

  it('states who holds which role, current or former', () => {
    expect(has('Imran Khan', 'holdsRole', 'Pakistan', 'prime minister')).toBe(true);
    const sharif = x.facts.find((f) => labelOf(f.subject) === 'Nawaz Sharif' && f.role === 'prime minister');
    expect(sharif?.status).toBe('former');
    expect(has('Asif Ali Zardari', 'holdsRole', 'Pakistan', 'president')).toBe(true);
  });

  it('reads memberships from a list', () => {
    for (const g of ['BRICS', 'Shanghai Cooperation Organisation']) {
      expect(has('India', 'memberOf', g), g).toBe(true);
      expect(has('Russia', 'memberOf', g), g).toBe(true);
    }
    expect(has('Pakistan', 'memberOf', 'BRICS')).toBe(false);
  });

  it('keeps evidence that is exactly the text at its offsets', () => {
    for (const f of x.facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it('writes Turtle that n3 parses, with the role property declared', async () => {
    const ttl = await writeRdf(extractionToQuads(x), 'turtle');
    const quads = new N3.Parser().parse(ttl);
    const khan = quads.find((q) => q.predicate.value === NS.rdfs + 'label' && q.object.value === 'Imran Khan')!.subject.value;
    const pakistan = quads.find((q) => q.predicate.value === NS.rdfs + 'label' && q.object.value === 'Pakistan')!.subject.value;
    expect(quads.some((q) => q.subject.value === khan && q.predicate.value === NS.role + 'primeMinister' && q.object.value === pakistan)).toBe(true);
    expect(quads.some((q) => q.subject.value === NS.role + 'primeMinister' && q.object.value === NS.ag + 'holdsRole')).toBe(true);
    const iri = (label: string) => quads.find((q) => q.predicate.value === NS.rdfs + 'label' && q.object.value === label)!.subject.value;
    expect(quads.some((q) => q.subject.value === iri('India') && q.predicate.value === NS.ag + 'memberOf' && q.object.value === iri('BRICS'))).toBe(true);
  });

  it('is deterministic', () => {
    expect(extract({ id: 'seed', text, source: 'seeds/000_7dbc5fa66e82dbcb.txt' })).toEqual(x);
  });
});
