// `actorgraph ontology`: prints the vocabulary (data/ontology.ttl), as written or in another format.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseRdf } from '../rdf/read.ts';
import { RDF_FORMATS, writeRdf, type RdfFormat } from '../rdf/write.ts';
import type { Command } from './main.ts';

export const ONTOLOGY_PATH = new URL('../../data/ontology.ttl', import.meta.url);

export const USAGE = `usage: actorgraph ontology [--format FORMAT]

Prints actorgraph's RDF vocabulary (classes, relations, roles, evidence properties) with its
alignments to schema.org, W3C ORG, FOAF, PROV-O, SKOS and Wikidata.

options:
  -f, --format FORMAT   ${RDF_FORMATS.join(', ')} (default: turtle, the file as written with its comments)
  -h, --help            this help`;

export const command: Command = {
  async run(args) {
    let values: { format?: string; help?: boolean };
    try {
      ({ values } = parseArgs({ args, options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } }));
    } catch (err) {
      process.stderr.write(`actorgraph ontology: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (values.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    const format = (values.format ?? 'turtle') as RdfFormat;
    if (!RDF_FORMATS.includes(format)) {
      process.stderr.write(`actorgraph ontology: unknown format "${format}" (${RDF_FORMATS.join(', ')})\n`);
      return 2;
    }
    const text = await readFile(ONTOLOGY_PATH, 'utf8');
    process.stdout.write(format === 'turtle' ? text : await writeRdf(parseRdf(text, 'turtle', 'data/ontology.ttl'), format));
    return 0;
  },
};
