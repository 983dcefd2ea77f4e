// The graph a server serves, as Turtle: from RDF files (checked, with errors that name line and
// column) or, by default, extracted in-process from the seed articles.
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { formatFromPath, parseRdf } from '../rdf/read.ts';
import { writeRdf } from '../rdf/write.ts';
import { runExtract } from '../cli/extract.ts';

/** One file is served as it is (once it parses); several are merged into one Turtle graph. */
export async function graphFromFiles(paths: string[]): Promise<string> {
  const texts = await Promise.all(paths.map((p) => readFile(p, 'utf8')));
  // Each file's blank nodes stay its own when merging (keepBlankLabels: false renames them apart).
  const quads = texts.map((text, i) => parseRdf(text, formatFromPath(paths[i]!), paths[i], { keepBlankLabels: paths.length === 1 }));
  if (paths.length === 1 && formatFromPath(paths[0]!) === 'turtle') return texts[0]!;
  return writeRdf(quads.flat(), 'turtle');
}

/** The seed articles through the same code as `actorgraph extract DIR`, written to a string. */
export async function graphFromSeeds(dir: string, stderr: NodeJS.WritableStream = process.stderr): Promise<string> {
  let turtle = '';
  const stdout = new Writable({ write(chunk, _encoding, done) { turtle += String(chunk); done(); } });
  const status = await runExtract([dir, '--quiet'], { stdin: process.stdin, stdout, stderr: stderr as never });
  if (status !== 0) throw new Error(`extracting ${dir} failed (exit status ${status})`);
  return turtle;
}
