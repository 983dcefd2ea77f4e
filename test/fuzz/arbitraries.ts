// Generators of hostile text for the extractor: random strings of every kind, salads of real
// news words and punctuation, and real articles with random damage.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';

/** Real article text: the seeds, plus a paragraph dense with the constructions the rules read. */
export const ARTICLES: string[] = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`seeds/${f}`, 'utf8')),
  'In 1999, the then Pakistani PM, Nawaz Sharif, visited Russia. Russian Foreign Minister Sergey Lavrov met ' +
    'his Indian counterpart S. Jaishankar in New Delhi on 12 March 2021.\nFormer US President Barack Obama, ' +
    'ex-PM of Britain Tony Blair and NATO Secretary-General Jens Stoltenberg attended the G20 summit in Osaka. ' +
    '"China and India are members of the SCO," said the spokesperson of the Chinese foreign ministry, Zhao Lijian. ' +
    'Pakistan and India signed the Simla Agreement; the Kashmir issue remains. Mr. Khan (PTI) met Mr. Putin.',
];

/** Words and marks of the articles, for salads that keep hitting the lexicon. */
const WORDS = [...new Set(ARTICLES.join(' ').split(/(\s+|[.,;:!?"“”’()])/).filter(Boolean))];

const separators = fc.constantFrom(' ', ' ', '\n', '\r\n', '\t', '. ', ', ', '\u00a0', '\u2028', '', '\n\n', ' — ');

/** Random sequences of article words and separators. */
export const salad = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), separators), { maxLength: 80 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Any string: full Unicode, lone surrogates, controls, combining marks. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('.', ' ', '\n', 'A', 'a', '"', "'", '-', '(', ')', 'M', 'r', '\u0301', '\r', '\u0000'), maxLength: 200 }),
);

type Mutation = (s: string) => string;

const at = (n: number, s: string) => (s.length ? n % (s.length + 1) : 0);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([i, n]): Mutation => (s) => s.slice(0, at(i, s)) + s.slice(at(i, s) + n)),
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([i, n]): Mutation => (s) => s.slice(0, at(i, s) + n) + s.slice(at(i, s))),
  fc.tuple(fc.nat(), anyText).map(([i, t]): Mutation => (s) => s.slice(0, at(i, s)) + t + s.slice(at(i, s))),
  fc.tuple(fc.nat(), salad).map(([i, t]): Mutation => (s) => s.slice(0, at(i, s)) + t + s.slice(at(i, s))),
  fc.nat().map((i): Mutation => (s) => s.slice(0, at(i, s))),
  fc.constant<Mutation>((s) => s.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((s) => s.toUpperCase()),
  fc.constant<Mutation>((s) => s.toLowerCase()),
  fc.constant<Mutation>((s) => s.replace(/[.,]/g, '')),
  fc.constant<Mutation>((s) => s.replace(/ /g, '  ')),
  fc.constant<Mutation>((s) => s.normalize('NFD')),
  fc.constant<Mutation>((s) => s.split(/(?<=\.)\s+/).reverse().join(' ')),
  fc.constant<Mutation>((s) => `<p>${s.replace(/\. /g, '.</p><p>')}</p>`),
);

/** A real article with one to five random mutations. */
export const mutatedArticle = fc
  .tuple(fc.constantFrom(...ARTICLES), fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([text, ms]) => ms.reduce((t, m) => m(t), text));

export const anyDocumentText = fc.oneof(anyText, salad, mutatedArticle);
