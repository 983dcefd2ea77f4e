import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, cpSync, writeFileSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLexicon, DATA_DIR } from '../../src/lexicon/index.ts';
import { fromSnapshot, readSnapshot, toSnapshot, writeSnapshot } from '../../src/lexicon/snapshot.ts';
import { tokenize } from '../../src/text/tokens.ts';

const built = buildLexicon();

describe('the lexicon snapshot', () => {
  const restored = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(built))));

  it('finds what the lexicon built from data/ finds', () => {
    for (const text of ['Prime Minister of Pakistan', 'the Association of Southeast Asian Nations', 'New Delhi and Rio de Janeiro', 'External Affairs Minister', 'Indo-Pacific', 'UN']) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        expect(restored.names.longestAt(tokens, i)).toEqual(built.names.longestAt(tokens, i));
        expect(restored.roleTitles.longestAt(tokens, i)).toEqual(built.roleTitles.longestAt(tokens, i));
      }
    }
    expect([...restored.commonWords].sort()).toEqual([...built.commonWords].sort());
    expect([...restored.givenNames].length).toBe(built.givenNames.size);
    expect(restored.cities.get('karachi')).toEqual(built.cities.get('karachi'));
    expect(restored.countries).toEqual(built.countries);
  });

  it('keeps a role title pointing at the role record itself', () => {
    const m = restored.roleTitles.longestAt(tokenize('prime minister'), 0)!;
    expect(m.values[0].entry).toBe(restored.roles.get(m.values[0].entry.label));
  });

  it('is refused once a data file it was made from changes, so that an edit of data/ is seen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-snap-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const data = join(dir, 'data');
    cpSync(DATA_DIR, data, { recursive: true });
    const path = join(dir, 'lexicon.snapshot.json');
    writeSnapshot(buildLexicon(data), path, data);
    expect(readSnapshot(path, data)).toBeDefined();
    const roles = join(data, 'roles.json');
    writeFileSync(roles, readFileSync(roles, 'utf8') + '\n');
    expect(readSnapshot(path, data)).toBeUndefined();
    expect(readSnapshot(join(dir, 'missing.json'), data)).toBeUndefined();
    // the same size written again later is a change too
    writeSnapshot(buildLexicon(data), path, data);
    utimesSync(roles, new Date(), new Date(Date.now() + 5000));
    expect(readSnapshot(path, data)).toBeUndefined();
  });
});
