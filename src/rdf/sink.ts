// The streaming corpus writer: documents go in one at a time, RDF comes out as they come.
// Each document's description and statement nodes are written at once; what must be one thing
// for the whole corpus (entity descriptions, role declarations, the plain relation triples in
// single-graph formats) is merged in memory — bounded by distinct entities and relations, not by
// documents — and written once at the end. Output order follows the order of `add` calls and is
// sorted within each part, so the same input in the same order gives the same bytes.
// A person named by surname alone may turn out, once the corpus is in, to be a full-name person of
// another document (corpus-identity.ts): the statements about such persons wait until the end,
// when their IRI is known. They are few; the rest streams.
import type { Writable } from 'node:stream';
import N3 from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { Extraction } from '../model.ts';
import { PersonIdentity } from './corpus-identity.ts';
import { corpusKeys } from './identity.ts';
import { EntityIndex } from './merge.ts';
import { documentQuads, entityQuads, factQuads, roleQuads, tripleQuads, type Triple } from './quads.ts';
import { DEFAULT_BASE, docIri } from './vocabulary.ts';
import { createSerializer, isQuadFormat, type RdfFormat } from './write.ts';

export interface RdfSinkOptions {
  format?: RdfFormat;
  base?: string;
  /** End `out` when the sink ends (default true; pass false for process.stdout). */
  end?: boolean;
}

export interface RdfSink {
  /** Writes one document's part; resolves when `out` can take more (back-pressure). */
  add(x: Extraction): Promise<void>;
  /** Writes the merged entities and closes the output; rejects on any write error. */
  end(): Promise<void>;
  /** How many documents and distinct entities went in so far. */
  readonly stats: { documents: number; entities: number; relations: number };
}

export type TextOutput = { write(s: string): unknown; end(): unknown } | Writable;

const isStream = (out: TextOutput): out is Writable => typeof (out as Writable).once === 'function';

export function createRdfSink(out: TextOutput, options: RdfSinkOptions = {}): RdfSink {
  const format = options.format ?? 'turtle';
  const base = options.base ?? DEFAULT_BASE;
  const quadMode = isQuadFormat(format);
  const entities = new EntityIndex();
  const persons = new PersonIdentity();
  // the facts about surname-only persons, with what is needed to write them at the end
  const deferred: Extraction[] = [];
  const roles = new Set<string>();
  const triples = new Map<string, Triple>();
  const documents = new Set<string>();
  let error: Error | undefined;
  let ended = false;
  let needsDrain = false;
  if (isStream(out)) out.on('error', (err: Error) => { error ??= err; });

  const serializer = createSerializer({
    write(s: string) {
      if (out.write(s) === false) needsDrain = true;
    },
  }, format, base);

  const drained = (): Promise<void> => {
    if (!needsDrain || !isStream(out)) return Promise.resolve();
    needsDrain = false;
    return new Promise((resolve) => {
      const done = () => { out.off('drain', done); out.off('error', done); out.off('close', done); resolve(); };
      out.on('drain', done).on('error', done).on('close', done);
    });
  };

  /** A document's statement nodes (and, with named graphs, its triples); the triples kept for the end. */
  const factChunk = (x: Extraction, keys: Map<string, string>, docNode: NamedNode) => {
    const facts = factQuads(x, base, quadMode ? docNode : undefined, keys);
    for (const r of facts.roles) roles.add(r);
    const chunk = [...facts.statements];
    if (quadMode) chunk.push(...tripleQuads(facts.triples, docNode));
    // Kept in quad mode too (for stats); written once at the end only in single-graph mode.
    for (const t of facts.triples) triples.set(`${t.s} ${t.p} ${t.o}`, t);
    return chunk;
  };

  return {
    get stats() {
      return { documents: documents.size, entities: entities.size, relations: triples.size };
    },
    add(x: Extraction): Promise<void> {
      if (ended) throw new Error('actorgraph rdf: add() after end()');
      const docNode = N3.DataFactory.namedNode(docIri(x.doc.sha256, base));
      documents.add(docNode.value);
      entities.add(x);
      const keys = corpusKeys(x);
      persons.add(x, keys);
      const scoped = new Set(x.entities.filter((e) => keys.get(e.key) !== e.key).map((e) => e.key));
      const later = new Set(x.facts.filter((f) => scoped.has(f.subject) || scoped.has(f.object)));
      if (later.size) {
        deferred.push({ doc: { ...x.doc, text: '' }, entities: x.entities.filter((e) => scoped.has(e.key)), facts: [...later] });
        x = { ...x, facts: x.facts.filter((f) => !later.has(f)) };
      }
      serializer.write([...documentQuads(x, base), ...factChunk(x, keys, docNode)]);
      return drained();
    },
    async end(): Promise<void> {
      if (ended) return;
      ended = true;
      const renamed = persons.resolve();
      for (const x of deferred) {
        const keys = new Map([...corpusKeys(x)].map(([k, v]) => [k, renamed.get(v) ?? v]));
        serializer.write(factChunk(x, keys, N3.DataFactory.namedNode(docIri(x.doc.sha256, base))));
      }
      // Roles first, then each entity with its relation triples under it (one block per subject).
      serializer.write(roleQuads(roles));
      serializer.write([
        ...entities.descriptions(renamed).flatMap((e) => entityQuads(e, base)),
        ...(quadMode ? [] : tripleQuads(triples.values())),
      ]);
      serializer.end();
      if (options.end ?? true) {
        if (isStream(out)) {
          await new Promise<void>((resolve) => out.end(resolve));
        } else {
          await out.end();
        }
      } else {
        await drained();
      }
      if (error) throw error;
    },
  };
}
