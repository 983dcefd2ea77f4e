import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/tokens.ts';

describe('splitSentences', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const text = 'Mr. Smith met officials in the U.S. on Sept. 11. Then G. W. Bush spoke.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith met officials in the U.S. on Sept. 11.',
      'Then G. W. Bush spoke.',
    ]);
  });

  it('gives offsets that point at the sentence in the text', () => {
    const text = '  First line here.\nSecond one! Third? “Quoted start.”';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(4);
  });

  it('ends a sentence at every line break', () => {
    expect(splitSentences('A headline without a stop\nThe body starts.').map((s) => s.text)).toEqual([
      'A headline without a stop',
      'The body starts.',
    ]);
  });
});

describe('tokenize', () => {
  it('splits possessives and hyphens off, keeps dotted abbreviations whole', () => {
    const t = tokenize('Imran Khan’s visit; Indo-Pakistan ties in the U.S.');
    expect(t.map((x) => x.text)).toEqual(['Imran', 'Khan', '’s', 'visit', ';', 'Indo', '-', 'Pakistan', 'ties', 'in', 'the', 'U.S.']);
    expect(t[6].glued && t[7].glued).toBe(true);
  });

  it('keeps offsets exact for non-Latin text', () => {
    const text = 'Президент Путин met 习近平 in Beijing.';
    for (const tok of tokenize(text)) expect(text.slice(tok.start, tok.end)).toBe(tok.text);
  });
});
