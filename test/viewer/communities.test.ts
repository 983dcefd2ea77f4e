import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import { communityColors, detectCommunities } from '../../viewer/src/communities.ts';
import { corpusGraph } from './corpus-graph.ts';

const { graph } = buildViewModel(parseRdf(corpusGraph({ countries: 6, persons: 120, unconnected: 5, docs: 10 })));
const country = (i: number) => `https://w3id.org/actorgraph/id/country/c${i}`;

describe('communities', () => {
  it('a country and its visitors form one community, apart from other countries', () => {
    const c = detectCommunities(graph);
    const visitors = graph.inNeighbors(country(1));
    expect(visitors.length).toBeGreaterThan(3);
    expect(new Set(visitors.map((n) => c.of.get(n)))).toEqual(new Set([c.of.get(country(1))]));
    expect(c.of.get(country(1))).not.toBe(c.of.get(country(2)));
    expect(c.sizes).toEqual([...c.sizes].sort((a, b) => b - a));
    expect(c.sizes.reduce((a, b) => a + b)).toBe(graph.order);
  });

  it('the same graph gets the same communities every time', () => {
    expect([...detectCommunities(graph).of]).toEqual([...detectCommunities(graph).of]);
  });

  it('the largest communities get the palette, actors alone the neutral colour', () => {
    const c = detectCommunities(graph);
    const colors = communityColors(c, ['#111111', '#222222'], '#cccccc');
    const largest = [...c.of].find(([, i]) => i === 0)![0];
    expect(colors.get(largest)).toBe('#111111');
    expect(colors.get('https://w3id.org/actorgraph/id/organization/u0')).toBe('#cccccc');
    expect(new Set(colors.values())).toEqual(new Set(['#111111', '#222222', '#cccccc']));
  });
});
