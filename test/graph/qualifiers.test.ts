// The typed API on qualified facts: a prospective, observer or former membership is not listed as
// a membership unless asked for, and says what it is; planned visits and meetings likewise.
import { describe, expect, it } from 'vitest';
import { extractionToQuads } from '../../src/rdf/quads.ts';
import { graphFromQuads, groupingsOf, meetings, membersOf, relationsBetween, visits } from '../../src/graph/index.ts';
import { qualified } from '../rdf/qualifiers-fixture.ts';

const g = graphFromQuads(extractionToQuads(qualified));
const rows = (answers: ReturnType<typeof membersOf>) => answers.map((a) => [a.member.label, a.grouping.label, a.status]);

describe('memberships with a status', () => {
  it('lists members only by default, a suspended member among them', () => {
    expect(rows(membersOf(g, 'NATO'))).toEqual([['Finland', 'NATO', 'current']]);
    expect(rows(membersOf(g, 'ECOWAS'))).toEqual([['Mali', 'ECOWAS', 'suspended']]);
    expect(rows(groupingsOf(g, 'United Kingdom'))).toEqual([]);
  });

  it('shows a prospective, observer or former membership as such when asked', () => {
    expect(rows(membersOf(g, 'NATO', { status: 'any' }))).toEqual([['Finland', 'NATO', 'current'], ['Ukraine', 'NATO', 'prospective']]);
    expect(rows(membersOf(g, 'NATO', { status: 'prospective' }))).toEqual([['Ukraine', 'NATO', 'prospective']]);
    expect(rows(membersOf(g, 'SCO', { status: 'observer' }))).toEqual([['Mongolia', 'SCO', 'observer']]);
    expect(rows(groupingsOf(g, 'United Kingdom', { status: 'former' }))).toEqual([['United Kingdom', 'European Union', 'former']]);
    const [ukraine] = membersOf(g, 'NATO', { status: 'prospective' });
    expect(ukraine).toMatchObject({ planned: false, evidence: [{ text: 'Ukraine was invited to join NATO.', status: 'prospective' }] });
  });

  it('is a membership when one statement holds, each statement keeping its status', () => {
    const [india] = groupingsOf(g, 'India');
    expect(india.status).toBe('current');
    expect(india.evidence.map((e) => e.status ?? '-').sort()).toEqual(['-', 'observer']);
  });
});

describe('planned visits and meetings', () => {
  it('are left out unless asked for, and then marked planned', () => {
    expect(meetings(g, { person: 'Narendra Modi' })).toEqual([]);
    expect(meetings(g, { person: 'Narendra Modi', planned: true }).map((m) => m.planned)).toEqual([true]);
    expect(relationsBetween(g, 'Narendra Modi', 'Vladimir Putin', 'met')).toEqual([expect.objectContaining({ statementsOnly: true })]);
  });

  it('keep a visit that happened, dated when it happened, with the announced one among its statements', () => {
    const [visit] = visits(g, { visitor: 'Narendra Modi' });
    expect(visit).toMatchObject({ planned: false, dates: ['2019'] });
    expect(visit.evidence.filter((e) => e.planned).map((e) => e.date)).toEqual(['2024-07']);
  });
});
