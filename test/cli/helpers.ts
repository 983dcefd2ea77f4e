// In-process runs of `actorgraph extract` with captured streams and a small stand-in extractor,
// so that the CLI's behaviour is tested without the real pipeline's cost or changes.
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import N3 from 'n3';
import type { Doc, Extraction, Fact } from '../../src/model.ts';
import { runExtract, type Extractor } from '../../src/cli/extract.ts';

/** Finds "Imran Khan" and "Russia"; one visited fact per sentence naming both. */
export const fakeExtract: Extractor = (doc: Doc): Extraction => {
  const facts: Fact[] = [];
  const khan: Array<{ start: number; end: number }> = [];
  for (const m of doc.text.matchAll(/[^.!?\n]*[.!?]?/g)) {
    if (!m[0].trim()) continue;
    const k = m[0].indexOf('Imran Khan');
    if (k >= 0) khan.push({ start: m.index! + k, end: m.index! + k + 10 });
    if (k >= 0 && m[0].includes('Russia')) {
      facts.push({
        subject: 'person/imran-khan', predicate: 'visited', object: 'country/russia',
        evidence: { start: m.index!, end: m.index! + m[0].length, text: m[0] }, confidence: 0.8,
      });
    }
  }
  return {
    doc: { ...doc, sha256: createHash('sha256').update(doc.text).digest('hex') },
    entities: khan.length ? [
      { key: 'person/imran-khan', type: 'Person', label: 'Imran Khan', aliases: [], mentions: khan },
      { key: 'country/russia', type: 'Country', label: 'Russia', aliases: [], mentions: [] },
    ] : [],
    facts,
  };
};

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

export async function run(args: string[], options: { stdin?: string | Buffer; extract?: Extractor } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runExtract(args, {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout, stderr, tty: false,
    extract: options.extract ?? fakeExtract,
  });
  return { code, stdout: stdout.text, stderr: stderr.text, lines: stderr.text.split('\n').filter(Boolean) };
}

/** Parses RDF text (throws with the line on a syntax error). */
export function parse(text: string, format = 'Turtle') {
  return new N3.Parser({ format }).parse(text);
}
