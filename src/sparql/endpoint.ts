// The SPARQL 1.1 Protocol, read-only: GET ?query=…, POST form (query=…) or POST
// application/sparql-query; results negotiated by Accept. Updates are refused with 403, a query
// that runs past the timeout gets 503, and results past the cap are cut (header
// Actorgraph-Results-Truncated).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatGraph, formatResults, MEDIA_TYPES, type GraphFormat, type ResultFormat } from './results.ts';
import { negotiate } from './negotiate.ts';
import { describeQueryError, QueryTimeoutError, SparqlError, type SparqlStore } from './store.ts';

export interface EndpointOptions {
  /** Per-query time limit (default 10 000 ms). */
  timeoutMs?: number;
  /** Most rows or triples in one answer (default 10 000). */
  maxResults?: number;
  /** Largest request body accepted (default 1 MiB). */
  maxBodyBytes?: number;
}

export const DEFAULT_ENDPOINT_OPTIONS = { timeoutMs: 10_000, maxResults: 10_000, maxBodyBytes: 1 << 20 };

const RESULT_OFFERS: [string, ResultFormat][] = [
  [MEDIA_TYPES.json, 'json'], ['application/json', 'json'], [MEDIA_TYPES.xml, 'xml'], ['application/xml', 'xml'],
  [MEDIA_TYPES.csv, 'csv'], [MEDIA_TYPES.tsv, 'tsv'], ['text/plain', 'table'],
];
const GRAPH_OFFERS: [string, GraphFormat][] = [
  [MEDIA_TYPES.turtle, 'turtle'], [MEDIA_TYPES.ntriples, 'ntriples'], ['text/plain', 'ntriples'],
];

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

async function body(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `request body larger than ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const UPDATE = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;

/** An update sent as a query: its first keyword after the prologue (PREFIX, BASE, comments). */
export function isUpdate(text: string): boolean {
  const body = text.replace(/<[^<>\s]*>/g, '<>').replace(/#[^\n]*/g, ' ').replace(/\s*(PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*/gi, ' ');
  return UPDATE.test(body.trim());
}

interface ProtocolRequest {
  query: string;
  defaultGraphs: string[];
  namedGraphs: string[];
}

/** The query and its dataset from GET parameters, a form or a direct POST; updates → 403. */
async function protocolRequest(req: IncomingMessage, url: URL, maxBody: number): Promise<ProtocolRequest> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  let params = url.searchParams;
  let query: string | null = null;
  if (req.method === 'POST') {
    if (type === 'application/sparql-update') throw new HttpError(403, 'this endpoint is read-only: updates are refused');
    const text = await body(req, maxBody);
    if (type === 'application/x-www-form-urlencoded') {
      params = new URLSearchParams(text);
    } else if (type === 'application/sparql-query') {
      query = text;
    } else {
      throw new HttpError(415, 'POST a form (application/x-www-form-urlencoded) or application/sparql-query');
    }
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, 'use GET or POST', { Allow: 'GET, HEAD, POST' });
  }
  if (params.has('update')) throw new HttpError(403, 'this endpoint is read-only: updates are refused');
  query ??= params.get('query');
  if (query === null || !query.trim()) throw new HttpError(400, 'give a SPARQL query in the "query" parameter');
  if (isUpdate(query)) throw new HttpError(403, 'this endpoint is read-only: updates are refused');
  return { query, defaultGraphs: params.getAll('default-graph-uri'), namedGraphs: params.getAll('named-graph-uri') };
}

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, text: string, headers: Record<string, string> = {}) {
  const buf = Buffer.from(text, 'utf8');
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Length': buf.length, 'Cache-Control': 'no-cache', Vary: 'Accept', ...headers });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

/** A Node request handler answering the SPARQL 1.1 Protocol over a store. */
export function createSparqlHandler(store: SparqlStore, options: EndpointOptions = {}) {
  const o = { ...DEFAULT_ENDPOINT_OPTIONS, ...options };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const p = await protocolRequest(req, url, o.maxBodyBytes);
      const result = await store.query(p.query, {
        timeoutMs: o.timeoutMs, maxResults: o.maxResults, defaultGraphs: p.defaultGraphs, namedGraphs: p.namedGraphs,
      });
      const offers: [string, string][] = result.kind === 'graph' ? GRAPH_OFFERS : RESULT_OFFERS;
      const media = negotiate(req.headers.accept, offers.map(([m]) => m));
      if (!media) throw new HttpError(406, `cannot answer in ${req.headers.accept}; try ${offers.map(([m]) => m).join(', ')}`);
      const format = offers.find(([m]) => m === media)![1];
      const truncated: Record<string, string> = 'truncated' in result && result.truncated ? { 'Actorgraph-Results-Truncated': String(o.maxResults) } : {};
      const text = result.kind === 'graph'
        ? await formatGraph(result.ntriples, format as GraphFormat)
        : formatResults(result, format as ResultFormat);
      send(res, req, 200, media, text, truncated);
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      if (err instanceof HttpError) return send(res, req, err.status, 'text/plain', `${err.message}\n`, err.headers);
      if (err instanceof QueryTimeoutError) return send(res, req, 503, 'text/plain', `${err.message}\n`);
      if (err instanceof SparqlError) return send(res, req, 400, 'text/plain', `${describeQueryError(err.message, 'query')}\n`);
      send(res, req, 500, 'text/plain', `internal error: ${(err as Error).message}\n`);
    }
  };
}
