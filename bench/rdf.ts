// Turtle writing and parsing of a large synthetic graph shaped like actorgraph's output (typed,
// labelled entities; relation triples, each with a statement node carrying its evidence), then
// Oxigraph loading it and answering a 3-pattern join.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { writeRdf } from '../src/rdf/write.ts';
import { parseRdf } from '../src/rdf/read.ts';
import { NS } from '../src/rdf/vocabulary.ts';
import { SparqlStore } from '../src/sparql/store.ts';
import { median, NODE_TYPES, seconds, syntheticGraph, type BenchResult } from './helpers.ts';

const { namedNode, literal, blankNode, quad } = N3.DataFactory;
const ID = 'https://w3id.org/actorgraph/id/';
const XSD_INT = namedNode(NS.xsd + 'integer');

/** 2 triples per entity, 9 per relation (the triple and its 8-triple statement). */
export function syntheticQuads(nodes: number, edges: number): Quad[] {
  const g = syntheticGraph(nodes, edges);
  const node = (i: number) => namedNode(`${ID}${NODE_TYPES[i % NODE_TYPES.length]!.toLowerCase()}/actor-${i}`);
  const rdf = (l: string) => namedNode(NS.rdf + l);
  const ag = (l: string) => namedNode(NS.ag + l);
  const quads: Quad[] = [];
  for (let i = 0; i < nodes; i++) {
    quads.push(quad(node(i), rdf('type'), ag(NODE_TYPES[i % NODE_TYPES.length]!)), quad(node(i), namedNode(NS.rdfs + 'label'), literal(`Actor ${i}`)));
  }
  g.edges.forEach(([s, p, o], k) => {
    const st = blankNode(`s${k}`);
    const start = (k * 37) % 5000;
    quads.push(
      quad(node(s), ag(p), node(o)),
      quad(st, rdf('type'), rdf('Statement')), quad(st, rdf('subject'), node(s)), quad(st, rdf('predicate'), ag(p)),
      quad(st, rdf('object'), node(o)), quad(st, ag('evidence'), literal(`Actor ${s} and Actor ${o}, sentence ${k}.`)),
      quad(st, ag('charStart'), literal(String(start), XSD_INT)), quad(st, ag('charEnd'), literal(String(start + 40), XSD_INT)),
      quad(st, namedNode(NS.prov + 'wasDerivedFrom'), namedNode(`${ID}doc/d${k % 2000}`)),
    );
  });
  return quads;
}

const JOIN = `PREFIX ag: <${NS.ag}> PREFIX rdfs: <${NS.rdfs}>
SELECT (COUNT(*) AS ?n) WHERE { ?p a ag:Person . ?p ag:memberOf ?o . ?o rdfs:label ?name }`;

export interface RdfBenchOptions {
  nodes: number;
  edges: number;
  reps: number;
}

export async function benchRdf(o: RdfBenchOptions): Promise<BenchResult> {
  const quads = syntheticQuads(o.nodes, o.edges);
  const n = quads.length;
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-rdf-'));
  try {
    const file = join(dir, 'graph.ttl');
    let text = '';
    const write = [], writer = [], parse = [];
    for (let r = 0; r < o.reps; r++) {
      // actorgraph's Turtle: sorted, subjects grouped, prefixes; into a file
      write.push(await seconds(async () => { text = await writeRdf(quads, 'turtle'); writeFileSync(file, text); }));
      // n3's Writer alone, in the given order: what sorting and grouping add on top of it
      writer.push(await seconds(() => new Promise<void>((done) => {
        const w = new N3.Writer({ format: 'Turtle' });
        w.addQuads(quads as N3.Quad[]);
        w.end(() => done());
      })));
      parse.push(await seconds(() => parseRdf(text, 'turtle', file)));
    }
    let store: SparqlStore | undefined;
    const loads = [], joins = [];
    let rows = 0;
    try {
      for (let r = 0; r < o.reps; r++) {
        await store?.close();
        loads.push(await seconds(async () => { store = await SparqlStore.open([{ path: file, format: 'turtle' }]); await store.size; }));
      }
      await store!.query(JOIN);
      for (let r = 0; r < o.reps; r++) {
        joins.push(await seconds(async () => {
          const res = await store!.query(JOIN);
          if (res.kind === 'bindings') rows = Number(res.bindings[0]?.n?.value ?? 0);
        }));
      }
    } finally {
      await store?.close();
    }
    const [tw, tn, tp, tl, tj] = [write, writer, parse, loads, joins].map(median) as [number, number, number, number, number];
    return {
      name: 'RDF and SPARQL',
      figures: [
        { what: `Turtle write (writeRdf, sorted and grouped) of ${n} triples`, value: tw, unit: 's' },
        { what: 'Turtle write (writeRdf)', value: n / tw, unit: 'triples/s' },
        { what: 'n3 Writer alone, unsorted (reference)', value: n / tn, unit: 'triples/s' },
        { what: 'Turtle parse (parseRdf)', value: n / tp, unit: 'triples/s' },
        { what: 'Oxigraph load (SparqlStore, worker thread)', value: tl, unit: 's' },
        { what: 'Oxigraph load', value: n / tl, unit: 'triples/s' },
        { what: `3-pattern join (${rows} rows counted)`, value: tj * 1000, unit: 'ms' },
      ],
      targets: [{ what: `${n >= 1e6 ? '1M' : n}-triple Turtle file written in < 2 s`, met: tw < 2, detail: `${tw.toFixed(2)} s` }],
      notes: [`${n} triples (${o.nodes} entities, ${o.edges} relations with statements, ${(text.length / 1e6).toFixed(0)} MB of Turtle); median of ${o.reps}`],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
