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
