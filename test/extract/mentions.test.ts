// Mention finding on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';

describe('places inside other names', () => {
  it('reads no city in a building named after it ("Hyderabad House" in Delhi)', () => {
    const x = extract({ id: 't', text: 'Prime Minister Narendra Modi received the visitors at Hyderabad House in New Delhi.' });
    const cities = x.entities.filter((e) => e.type === 'City').map((e) => e.label);
    expect(cities).toContain('New Delhi');
    expect(cities).not.toContain('Hyderabad');
  });
});

describe('cities in their countries', () => {
  it('places a capital in its country only where the article names the country beyond the capital', () => {
    const facts = (text: string) => extract({ id: 't', text }).facts.filter((f) => f.predicate === 'locatedIn').map((f) => `${f.subject} ${f.object}`);
    expect(facts('Moscow said the talks had failed.')).toEqual([]);
    expect(facts('Moscow said the talks had failed. Russia will answer.')).toContain('city/moscow-ru country/russia');
  });
});

describe('section headers in capitals', () => {
  it('reads no acronym organizations from the words of a header, but keeps the groupings it names', () => {
    const x = extract({ id: 't', text: 'WHO CAME, AND WHAT COMES NEXT\n\nTHE G7 AND THE FUTURE\n\nThe talks went on.' });
    const orgs = x.entities.filter((e) => e.type === 'Organization').map((e) => e.label);
    expect(orgs).not.toContain('World Health Organization');
    expect(orgs.some((o) => /^(COMES|CAME|NEXT)$/.test(o))).toBe(false);
    expect(orgs.some((o) => /G7|Group of Seven/.test(o))).toBe(true);
  });
});
