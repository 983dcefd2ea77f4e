// The command layer: parses the command name and hands the rest to one file per command.
// Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage error.
import { VERSION } from '../version.ts';

export interface Command {
  run(args: string[]): Promise<number>;
}

// Commands load lazily so that `actorgraph --help` stays instant and one command's
// dependencies (a browser bundle, a SPARQL engine) do not slow down another.
// Add a command here: its name, one line for the overview, and its module.
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'read news text and write the graph as RDF', load: async () => (await import('./extract.ts')).command },
  ontology: { summary: 'print the RDF vocabulary (classes, relations, roles, alignments)', load: async () => (await import('./ontology.ts')).command },
  validate: { summary: 'check RDF graphs against the SHACL shapes of the contract', load: async () => (await import('./validate.ts')).command },
  query: { summary: 'run a SPARQL query (SELECT, ASK, CONSTRUCT) over RDF files', load: async () => (await import('./query.ts')).command },
  push: { summary: 'load RDF into a SPARQL store, one named graph per document (Graph Store Protocol)', load: async () => (await import('./push.ts')).command },
  serve: { summary: 'serve the graph viewer and a read-only SPARQL endpoint on 127.0.0.1', load: async () => (await import('./serve.ts')).command },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `actorgraph ${VERSION} — a knowledge graph of actors and relations from news`,
    '',
    'usage: actorgraph <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Run `actorgraph <command> --help` for a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`actorgraph: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await entry.load()).run(rest);
  } catch (err) {
    process.stderr.write(`actorgraph ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}
