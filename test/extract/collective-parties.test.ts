// document/collective-parties.ts: a collective that signs ("the leaders", "the member states")
// stands for the countries the article says took part or belong, on texts written for this test.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model.ts';
import { collectiveParties } from '../../src/extract/document/collective-parties.ts';

const fact = (subject: string, predicate: Fact['predicate'], object: string, extra: Partial<Fact> = {}, text = 'x'): Fact =>
  ({ subject, predicate, object, confidence: 0.8, evidence: { start: 0, end: text.length, text }, ...extra });

describe('collective parties', () => {
  it('gives a summit\'s agreement to the countries of its participants', () => {
    const got = collectiveParties([
      fact('person/kofi-mensah', 'holdsRole', 'country/ghana', { role: 'president' }),
      fact('person/kofi-mensah', 'participatedIn', 'event/coastal-summit'),
      fact('country/togo', 'participatedIn', 'event/coastal-summit'),
      fact('person/ama-owusu', 'participatedIn', 'event/coastal-summit', { planned: true }),
      fact('country/benin', 'participatedIn', 'event/other-summit'),
      fact('event/coastal-summit', 'partyTo', 'agreement/accra-declaration', {}, 'The leaders adopted the Accra Declaration.'),
    ]).filter((f) => f.predicate === 'partyTo').map((f) => f.subject);
    expect(got.sort()).toEqual(['country/ghana', 'country/togo']);
  });

  it('gives a grouping\'s agreement to its current members when the clause says members', () => {
    const got = collectiveParties([
      fact('country/ghana', 'memberOf', 'organization/ecowas'),
      fact('country/mali', 'memberOf', 'organization/ecowas', { status: 'suspended' }),
      fact('organization/ecowas', 'partyTo', 'agreement/abuja-declaration', {}, 'The member states signed the Abuja Declaration.'),
    ]).filter((f) => f.predicate === 'partyTo').map((f) => f.subject);
    expect(got).toEqual(['country/ghana']);
  });

  it('leaves an organization that is a party in its own right, and drops a summit nobody is known at', () => {
    const own = fact('organization/eu', 'partyTo', 'agreement/protocol', {}, 'The European Union signed the protocol.');
    const lone = fact('event/coastal-summit', 'partyTo', 'agreement/accra-declaration');
    expect(collectiveParties([fact('country/ireland', 'memberOf', 'organization/eu'), own, lone]).filter((f) => f.predicate === 'partyTo')).toEqual([own]);
  });
});
