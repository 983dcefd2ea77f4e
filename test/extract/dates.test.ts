import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/clauses/dates.ts';
import { extract } from '../../src/pipeline.ts';

describe('dates', () => {
  it('normalizes stated dates to their precision', () => {
    expect(findDates('In 1999, in June 2017 and on 23 February 2022; 300 troops in 2003.').map((d) => d.value))
      .toEqual(['1999', '2017-06', '2022-02-23', '2003']);
  });

  it('resolves dates without a year and relative dates against the article date', () => {
    const text = 'Khan is expected to visit Moscow from February 23 to 26, after last year\'s talks; more next month.';
    expect(findDates(text, 0, '2022-02-20').map((d) => d.value)).toEqual(['2022-02-23', '2021', '2022-03']);
    expect(findDates(text).map((d) => d.value)).toEqual([]);
  });

  it('dates a visit with the article date when the text gives only day and month', () => {
    const x = extract({ id: 'a', text: 'Pakistan Prime Minister Imran Khan is expected to visit Moscow on February 23.', date: '2022-02' });
    expect(x.facts.find((f) => f.predicate === 'visited')?.date).toBe('2022-02-23');
  });
});

describe('the two leaders', () => {
  it('are the two people named last', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/genre/visit.txt', import.meta.url), 'utf8');
    const x = extract({ id: 'visit', text });
    const label = (k: string) => x.entities.find((e) => e.key === k)?.label;
    // two sentences say they met (the host received him, the two leaders met): one pair
    const met = new Set(x.facts.filter((f) => f.predicate === 'met').map((f) => [label(f.subject), label(f.object)].sort().join(' & ')));
    expect([...met]).toEqual(['Fumio Kishida & Narendra Modi']);
  });
});
