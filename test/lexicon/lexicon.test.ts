import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../src/lexicon/trie.ts';
import { caseFits, lexicon } from '../../src/lexicon/index.ts';
import { tokenize } from '../../src/text/tokens.ts';

describe('PhraseTrie', () => {
  it('finds the longest phrase at a position, accents and case folded', () => {
    const trie = new PhraseTrie<string>();
    trie.add('South Africa', 'country');
    trie.add('South', 'direction');
    trie.add("Côte d'Ivoire", 'country');
    const t = tokenize("South Africa and Cote d’Ivoire");
    expect(trie.longestAt(t, 0)).toEqual({ length: 2, values: ['country'] });
    expect(trie.longestAt(t, 3)?.values).toEqual(['country']);
    expect(trie.longestAt(t, 2)).toBeNull();
  });
});

describe('the lexicon in data/', () => {
  const lex = lexicon();
  const match = (text: string) => {
    const t = tokenize(text);
    return lex.names.longestAt(t, 0, (v, m) => caseFits(v, m))?.values.map((v) => v.entry);
  };

  it('knows countries by name, short form, demonym and seat of government, with Wikidata IDs', () => {
    expect(match('U.S.')).toContainEqual({ kind: 'country', id: 'united-states' });
    expect(match('Pakistani')).toContainEqual({ kind: 'demonym', id: 'pakistan' });
    expect(match('Kremlin')).toContainEqual({ kind: 'metonym', id: 'russia' });
    expect(lex.countries.get('pakistan')?.wikidata).toBe('Q843');
  });

  it('matches acronyms only in their own case', () => {
    expect(match('WHO')?.some((e) => e.kind === 'org')).toBe(true);
    expect(match('who')).toBeUndefined();
    expect(match('turkey')).toBeUndefined();
  });

  it('knows groupings and role titles with their normalized labels', () => {
    expect(match('Shanghai Cooperation Organization')).toContainEqual({ kind: 'org', id: 'sco' });
    const role = (text: string) => lex.roleTitles.longestAt(tokenize(text), 0)?.values[0].entry.label;
    expect(role('PM')).toBe('prime minister');
    expect(role('External Affairs Minister')).toBe('foreign minister');
    expect(role('spokeswoman')).toBe('spokesperson');
  });
});
