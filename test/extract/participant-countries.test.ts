// document/participant-countries.ts: a person at an event in an office of their country brings the
// country, on facts written for this test.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model.ts';
import { participantCountries } from '../../src/extract/document/participant-countries.ts';

const fact = (subject: string, predicate: Fact['predicate'], object: string, extra: Partial<Fact> = {}): Fact =>
  ({ subject, predicate, object, confidence: 0.85, evidence: { start: 0, end: 1, text: 'x' }, ...extra });

describe('participant countries', () => {
  it('gives the event to the country whose stated office the participant holds', () => {
    const got = participantCountries([
      fact('person/ana-ruiz', 'holdsRole', 'country/chile', { role: 'president' }),
      fact('person/ana-ruiz', 'participatedIn', 'event/pacific-summit', { mode: 'virtual' }),
    ]).filter((f) => f.subject === 'country/chile' && f.predicate === 'participatedIn');
    expect(got.map((f) => [f.object, f.mode])).toEqual([['event/pacific-summit', 'virtual']]);
  });

  it('leaves former offices and offices only guessed from the places around', () => {
    const got = participantCountries([
      fact('person/ana-ruiz', 'holdsRole', 'country/chile', { role: 'president', status: 'former' }),
      fact('person/ana-ruiz', 'holdsRole', 'country/peru', { role: 'minister', confidence: 0.5 }),
      fact('person/ana-ruiz', 'participatedIn', 'event/pacific-summit'),
    ]).filter((f) => f.subject.startsWith('country/'));
    expect(got).toEqual([]);
  });
});
