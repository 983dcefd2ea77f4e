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
