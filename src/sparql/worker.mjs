// The Oxigraph store in a worker thread, so that a query that runs too long can be stopped by
// terminating the thread (Oxigraph's JS query is synchronous). Plain JavaScript: worker threads
// do not go through the TypeScript loader. Protocol: see store.ts.
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const MEDIA = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig' };
const store = new oxigraph.Store();

function load(sources) {
  for (const s of sources) {
    const text = s.path !== undefined ? readFileSync(s.path) : s.text;
    try {
      store.load(text, { format: MEDIA[s.format] ?? s.format, ...(s.base ? { base_iri: s.base } : {}) });
    } catch (err) {
      // "Parser error at line 3 between columns 2 and 6: …" → "file.ttl:3:2: …"
      const m = /^Parser error at line (\d+) (?:between columns|column) (\d+)(?: and \d+)?: ([^]*)$/.exec(err.message);
      throw new Error(m ? `${s.source}:${m[1]}:${m[2]}: ${m[3]}` : `${s.source}: ${err.message}`);
    }
  }
  return { size: store.size };
}

function query(q) {
  const options = { use_default_graph_as_union: !q.defaultGraphs?.length };
  if (q.defaultGraphs?.length) options.default_graph = q.defaultGraphs.map((g) => oxigraph.namedNode(g));
  if (q.namedGraphs?.length) options.named_graphs = q.namedGraphs.map((g) => oxigraph.namedNode(g));
  const max = q.maxResults ?? Infinity;
  let out;
  try {
    out = store.query(q.sparql, { ...options, results_format: 'application/sparql-results+json' });
  } catch (err) {
    // CONSTRUCT and DESCRIBE give triples, not results: Oxigraph says so before evaluating.
    if (!/Not supported RDF format/.test(err.message)) throw err;
    const nt = store.query(q.sparql, { ...options, results_format: 'application/n-triples' });
    const lines = nt.split('\n').filter(Boolean);
    return { kind: 'graph', ntriples: lines.slice(0, max).map((l) => l + '\n').join(''), truncated: lines.length > max };
  }
  const json = JSON.parse(out);
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', boolean: json.boolean };
  const bindings = json.results.bindings;
  return { kind: 'bindings', vars: json.head.vars ?? [], bindings: bindings.slice(0, max), truncated: bindings.length > max };
}

parentPort.on('message', (m) => {
  try {
    const result = m.type === 'load' ? load(m.sources) : query(m);
    parentPort.postMessage({ id: m.id, ok: true, result });
  } catch (err) {
    parentPort.postMessage({ id: m.id, ok: false, error: String(err?.message ?? err) });
  }
});
