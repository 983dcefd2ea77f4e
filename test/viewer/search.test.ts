import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes } from '../../viewer/src/search.ts';
import { ID, fixtureModel } from './helpers.ts';

const { graph } = fixtureModel();
const index = buildSearchIndex(graph);
const find = (q: string, hidden?: Set<string>) => searchNodes(index, q, 10, hidden).map((h) => h.label);

describe('search', () => {
  it('finds labels by any word, case-insensitively', () => {
    expect(find('sharif')).toEqual(['Nawaz Sharif']);
    expect(find('NAWAZ')).toEqual(['Nawaz Sharif']);
  });

  it('finds a node by an alias and says which alias matched', () => {
    expect(searchNodes(index, 'sco', 10)[0]).toMatchObject({ label: 'Shanghai Cooperation Organisation', alias: 'SCO' });
  });

  it('ranks whole and prefix matches before matches inside a word', () => {
    expect(find('russia')[0]).toBe('Russia');
    expect(find('russia')).toContain('Russian foreign ministry');
  });

  it('lists each node once', () => {
    expect(find('pakistan')).toEqual(['Pakistan']);
  });

  it('leaves out hidden nodes, and matches nothing for an empty query', () => {
    expect(find('pakistan', new Set([ID + 'country/pakistan']))).toEqual([]);
    expect(find('  ')).toEqual([]);
  });

  it('ignores accents', () => {
    const g = graph.copy();
    g.mergeNodeAttributes(ID + 'city/sochi', { label: 'Zürich' });
    expect(searchNodes(buildSearchIndex(g), 'zurich', 5).map((h) => h.label)).toEqual(['Zürich']);
  });
});
