// Document-level membership rules (src/extract/document/), on short texts written for them.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model.ts';
import { lexicon } from '../../src/lexicon/index.ts';
import { memberOffices } from '../../src/extract/document/member-offices.ts';
import { read } from './facts.ts';

const fact = (subject: string, predicate: Fact['predicate'], object: string, role?: string): Fact =>
  ({ subject, predicate, object, role, confidence: 0.8, evidence: { start: 0, end: 0, text: '' } });

describe('member-offices: a person read into a grouping stands for the country of their office', () => {
  it('gives the country of the office', () => {
    const out = memberOffices([fact('person/x', 'holdsRole', 'country/ghana', 'president'), fact('person/x', 'memberOf', 'organization/ecowas')], lexicon());
    expect(out.filter((f) => f.predicate === 'memberOf').map((f) => f.subject)).toEqual(['country/ghana']);
  });

  it('drops the membership of a person with no country office', () => {
    expect(memberOffices([fact('person/x', 'memberOf', 'organization/ecowas')], lexicon())).toEqual([]);
  });

  it('leaves a person in a party alone', () => {
    const f = fact('person/x', 'memberOf', 'organization/afd');
    expect(memberOffices([f], lexicon())).toEqual([f]);
  });

  it('reads a leader whose country holds a presidency', () => {
    const got = read('Kenyan President Joseph Otieno, whose country holds the presidency of the African Union, arrived on Monday.');
    expect(got).toContain('Kenya memberOf African Union');
    expect(got.filter((f) => f.startsWith('Joseph Otieno memberOf'))).toEqual([]);
  });
});

describe('member-lists: a bulleted list announced as a grouping\'s members', () => {
  it('reads a bullet a member under a line that says members', () => {
    const got = read('Leaders of the Southern African Development Community met in Gaborone on Friday.\n\nThe heads of government of member states who attended were:\n\n- Hage Geingob of Namibia\n- Hakainde Hichilema of Zambia\n\nThe talks ended late.');
    expect(got).toContain('Namibia memberOf SADC');
    expect(got).toContain('Zambia memberOf SADC');
  });

  it('reads a heading that counts the members as the grouping\'s name does', () => {
    const got = read('The Group of Eight summit opened in Genoa, a week after an African Union meeting.\n\nTHE EIGHT\n\n- Jean Dupont, president of France.\n- Hans Weber, chancellor of Germany.\n\nTHE GUESTS\n\n- Kenya - President Joseph Otieno.');
    expect(got).toContain('France memberOf G8');
    expect(got).toContain('Germany memberOf G8');
    expect(got.filter((f) => f.startsWith('Kenya memberOf'))).toEqual([]);
  });

  it('reads no list under a line that does not announce members', () => {
    const got = read('The African Union summit opened in Addis Ababa.\n\nGuests included:\n\n- Joseph Otieno of Kenya');
    expect(got.filter((f) => f.includes('memberOf'))).toEqual([]);
  });
});
