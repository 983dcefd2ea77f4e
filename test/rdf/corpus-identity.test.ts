// A person named by surname alone in one article is the full-name person of another article when
// the corpus holds exactly one compatible namesake; otherwise the surname stays document-scoped.
import { describe, expect, it } from 'vitest';
import N3 from 'n3';
import { extract } from '../../src/pipeline.ts';
import { surnames } from '../../src/rdf/corpus-identity.ts';
import { writeCorpus } from './helpers.ts';

const doc = (id: string, text: string) => extract({ id, text });

const FULL = doc('a', 'Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a two-day visit.');
const SURNAME = doc('b', 'Prime Minister Modi of India held talks in Paris with President Emmanuel Macron on Friday.');

const ID = 'https://w3id.org/actorgraph/id/';
const parse = (ttl: string) => new N3.Parser().parse(ttl);
const persons = (ttl: string) =>
  [...new Set(parse(ttl).filter((q) => q.object.value === 'https://w3id.org/actorgraph/ns#Person').map((q) => q.subject.value))].sort();
const altLabels = (ttl: string, iri: string) =>
  parse(ttl).filter((q) => q.subject.value === iri && q.predicate.value.endsWith('#altLabel')).map((q) => q.object.value);

describe('identity across documents', () => {
  it('keeps a surname-only person document-scoped when the corpus has no namesake', async () => {
    const ttl = await writeCorpus([SURNAME], 'turtle');
    expect(persons(ttl).some((p) => /person\/modi-.*--/.test(p))).toBe(true);
  });

  it('gives the surname the full-name person of another article, with the surname as an altLabel', async () => {
    const ttl = await writeCorpus([SURNAME, FULL], 'turtle');
    expect(persons(ttl)).not.toContainEqual(expect.stringMatching(/person\/modi-.*--/));
    expect(altLabels(ttl, `${ID}person/narendra-modi`)).toContain('Modi');
    // the statement of the surname's article now says Narendra Modi, and still comes from that article
    const quads = parse(ttl);
    const st = quads.filter((q) => q.predicate.value.endsWith('#evidence') && /Modi of India/.test(q.object.value)).map((q) => q.subject);
    expect(st.length).toBeGreaterThan(0);
    const about = quads.filter((q) => st.some((s) => s.equals(q.subject)));
    expect(about.filter((q) => q.predicate.value.endsWith('#subject')).map((q) => q.object.value)).toContain(`${ID}person/narendra-modi`);
    expect(about.find((q) => q.predicate.value.endsWith('wasDerivedFrom'))!.object.value).toContain(SURNAME.doc.sha256.slice(0, 10));
    // the plain triple is there too
    expect(quads.some((q) => q.subject.value === `${ID}person/narendra-modi` && q.predicate.value.endsWith('primeMinister'))).toBe(true);
  });

  it('gives the same IRIs and triples in any input order', async () => {
    const other = doc('c', 'Japanese Prime Minister Fumio Kishida welcomed the visit.');
    const orders = [[SURNAME, FULL, other], [other, FULL, SURNAME], [FULL, other, SURNAME]];
    const outs = await Promise.all(orders.map((xs) => writeCorpus(xs, 'ntriples')));
    const triples = (nt: string) => nt.split('\n').filter((l) => l && !l.startsWith('_:')).sort();
    expect(triples(outs[1])).toEqual(triples(outs[0]));
    expect(triples(outs[2])).toEqual(triples(outs[0]));
  });

  it('leaves the surname alone when two namesakes hold the office it holds (two Sharifs)', async () => {
    const ttl = await writeCorpus([
      doc('c', 'Pakistani Prime Minister Shehbaz Sharif flew to Beijing on Tuesday.'),
      doc('d', 'Former Pakistani Prime Minister Nawaz Sharif returned to Lahore.'),
      doc('e', 'Prime Minister Sharif of Pakistan met Chinese President Xi Jinping.'),
    ], 'turtle');
    expect(persons(ttl)).toContainEqual(expect.stringMatching(/person\/sharif-.*--/));
  });

  it('takes, among namesakes, the one who holds office where the surname does', async () => {
    const ttl = await writeCorpus([
      doc('f', 'Kenyan President Grace Wanjiru opened the talks in Nairobi.'),
      doc('g', 'The singer Amos Wanjiru performed in Lagos.'),
      doc('h', 'President Wanjiru of Kenya met the Ugandan delegation.'),
    ], 'turtle');
    expect(persons(ttl)).not.toContainEqual(expect.stringMatching(/person\/wanjiru-.*--/));
    expect(altLabels(ttl, `${ID}person/grace-wanjiru`)).toContain('Wanjiru');
  });

  it('does not merge a surname into the only namesake when their offices disagree', async () => {
    const ttl = await writeCorpus([
      doc('i', 'Ghanaian Foreign Minister Ama Mensah arrived in Accra.'),
      doc('j', 'President Mensah of Togo met the delegation.'),
    ], 'turtle');
    expect(persons(ttl)).toContainEqual(expect.stringMatching(/person\/mensah-.*--/));
  });

  it('reads a surname with its particle and without: al-Assad answers to Assad', () => {
    expect(surnames('Bashar al-Assad')).toEqual(['al-assad', 'assad']);
    expect(surnames('Narendra Modi')).toEqual(['modi']);
    expect(surnames('Modi')).toEqual([]);
  });
});
