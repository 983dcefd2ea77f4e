// document/named-participants.ts: an event named after its leaders ("the Mensah-Ruiz summit") has them as
// participants, on texts written for this test.
import { describe, expect, it } from 'vitest';
import { read } from './facts.ts';

describe('named participants', () => {
  it('gives the leaders named in an event\'s name to the event', () => {
    const got = read('ACCRA, May 2 - President Kofi Mensah received Ana Ruiz of Chile. The Mensah-Ruiz summit was about trade. Ruiz said talks were good. Mensah agreed.');
    expect(got).toContain('Kofi Mensah participatedIn Mensah-Ruiz summit');
    expect(got).toContain('Ana Ruiz participatedIn Mensah-Ruiz summit');
  });

  it('leaves a name whose surname the article gives to no one person alone', () => {
    const got = read('ACCRA, May 2 - President Kofi Mensah received Ana Ruiz of Chile. The Mensah-Ruiz summit was about trade. Mensah agreed.');
    expect(got.filter((f) => f.includes('participatedIn Mensah-Ruiz'))).toEqual([]);
  });
});
