// Every frame of data/frames/*.json on sentences written for it (test/fixtures/frames/<file>.txt):
// each case gives the facts it lists and none of those it rules out, and every frame matches at
// least one case, so that a frame added without a sentence of its own fails here.
import { alliancesOf } from '../../src/lexicon/grouping-names.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';
import { lexicon } from '../../src/lexicon/index.ts';
import { documentMentions } from '../../src/extract/mentions/mentions.ts';
import { resolve, type Resolved } from '../../src/extract/entities/coreference.ts';
import { SentenceContext } from '../../src/extract/clauses/context.ts';
import { DATA_DIR } from '../../src/lexicon/index.ts';
import { frames, implicitAt, loadFrames } from '../../src/extract/frames/index.ts';
import { compileFrame, type Frame, type FrameSpec } from '../../src/extract/frames/pattern.ts';
import { matchAt } from '../../src/extract/frames/match.ts';
import { readUnits, type FrameMemory } from '../../src/extract/frames/units.ts';
import { read } from './facts.ts';

const FRAMES_DIR = join(DATA_DIR, 'frames');
const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures', 'frames');

interface Case {
  file: string;
  line: number;
  text: string;
  expected: string[];
  absent: string[];
  /** Set for a case of the "# known gaps" section: why it fails now. */
  gap?: string;
  inGaps: boolean;
}

/**
 * A fixture's cases. A case is a block of lines up to a blank line: its text lines (one article,
 * joined by line breaks), then "=> fact; fact" (must be given), "!= fact; fact" (must not be) and,
 * in the "# known gaps" section, "?? reason". Other lines starting with "#" are comments.
 */
function parseCases(file: string, source: string): Case[] {
  const cases: Case[] = [];
  let gaps = false;
  let current: Case | undefined;
  const facts = (s: string) => s.split(';').map((f) => f.trim()).filter(Boolean);
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) { current = undefined; return; }
    if (line.startsWith('#')) {
      if (/^#\s*known gaps\s*$/i.test(line)) { gaps = true; current = undefined; }
      return;
    }
    const where = `${file}:${i + 1}`;
    const marker = /^(=>|!=|\?\?)\s*(.*)$/.exec(line);
    if (!marker) {
      if (current && (current.expected.length || current.absent.length || current.gap)) throw new Error(`${where}: text after the facts of a case (end the case with a blank line)`);
      if (!current) cases.push(current = { file, line: i + 1, text: line, expected: [], absent: [], inGaps: gaps });
      else current.text += `\n${line}`;
      return;
    }
    if (!current) throw new Error(`${where}: "${marker[1]}" with no sentence before it`);
    if (marker[1] === '=>') current.expected.push(...facts(marker[2]));
    else if (marker[1] === '!=') current.absent.push(...facts(marker[2]));
    else if (!gaps) throw new Error(`${where}: a reason ("??") outside the "# known gaps" section`);
    else current.gap = marker[2];
  });
  for (const c of cases) {
    if (!c.expected.length && !c.absent.length) throw new Error(`${c.file}:${c.line}: a case with no facts ("=>" or "!=")`);
    if (c.inGaps && c.gap === undefined) throw new Error(`${c.file}:${c.line}: a known gap without its reason ("?? ...")`);
  }
  return cases;
}

const dataFiles = readdirSync(FRAMES_DIR).filter((f) => f.endsWith('.json')).sort();
const fixtureFiles = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.txt')).sort();
const cases = fixtureFiles.flatMap((f) => parseCases(f, readFileSync(join(FIXTURES_DIR, f), 'utf8')));

/** Each frame of each data file, with its place in the data. */
const allFrames: Array<{ file: string; number: number; frame: Frame }> = dataFiles.flatMap((file) =>
  (JSON.parse(readFileSync(join(FRAMES_DIR, file), 'utf8')) as { frames: FrameSpec[] }).frames
    .map((spec, i) => ({ file, number: i + 1, frame: compileFrame(spec, `${file}: frame ${i + 1}`) })));

/** The frames (as "file#number") that match somewhere in a text, read sentence by sentence as extract() does. */
function matchingFrames(text: string): Set<string> {
  const lex = lexicon();
  const sentences = splitSentences(text);
  const table = resolve(documentMentions(sentences, lex), lex, 't', text);
  const bySentence = new Map<number, Resolved[]>();
  for (const m of table.mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  const memory: FrameMemory = { alliances: alliancesOf(lex) };
  const found = new Set<string>();
  sentences.forEach((s, i) => {
    const c = new SentenceContext(s, i, bySentence.get(i) ?? []);
    const units = readUnits(c, memory);
    units.forEach((u, t) => {
      if (!u.word) return;
      for (const f of allFrames) if (f.frame.trigger.has(u.word) && matchAt(f.frame, units, t, implicitAt(memory, units, t))) found.add(`${f.file}#${f.number}`);
    });
  });
  return found;
}

const matches = new Map(cases.map((c) => [c, matchingFrames(c.text)]));

for (const file of fixtureFiles) {
  describe(`frames of ${file.replace(/\.txt$/, '.json')}`, () => {
    for (const c of cases.filter((x) => x.file === file)) {
      const name = c.text.replace(/\n/g, ' / ');
      if (c.gap !== undefined) {
        it.skip(`known gap: ${name} (${c.gap})`, () => {});
        continue;
      }
      it(name, () => {
        // a qualifier's case (only "!=" facts) is about a frame's match the clause takes back: a frame must match
        if (!c.expected.length) expect([...matches.get(c)!], `${c.file}:${c.line}: no frame matches this case`).not.toHaveLength(0);
        const got = read(c.text);
        for (const f of c.expected) expect(got, `${c.file}:${c.line}`).toContain(f);
        for (const f of c.absent) expect(got, `${c.file}:${c.line}`).not.toContain(f);
      });
    }
  });
}

describe('frame fixtures', () => {
  it('has one fixture per data file', () => {
    expect(fixtureFiles).toEqual(dataFiles.map((f) => f.replace(/\.json$/, '.txt')));
  });

  it('enumerates the frames the engine loads', () => {
    expect(allFrames).toHaveLength(loadFrames().size);
    expect(allFrames).toHaveLength(frames().size);
  });

  it('has, for every frame, a case on which that frame matches', () => {
    // a known gap counts: the frame is read there, and the case says what it should give
    const covered = new Set(cases.flatMap((c) => [...matches.get(c)!]));
    const missing = allFrames.filter((f) => !covered.has(`${f.file}#${f.number}`)).map((f) => `${f.file} frame ${f.number}: ${f.frame.spec.pattern}`);
    expect(missing, `frames without a matching sentence in test/fixtures/frames/ (add one):\n${missing.join('\n')}`).toEqual([]);
  });
});
