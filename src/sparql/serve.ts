// What `actorgraph serve` needs for its /sparql route: the flags, their checks, and the route.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSparqlHandler, DEFAULT_ENDPOINT_OPTIONS, type EndpointOptions } from './endpoint.ts';
import { SparqlStore } from './store.ts';

/** parseArgs option specs for the endpoint's flags. */
export const SPARQL_FLAGS = { 'query-timeout': { type: 'string' }, 'max-results': { type: 'string' } } as const;

export const SPARQL_USAGE = `      --query-timeout MS  stop a SPARQL query at /sparql after MS milliseconds (default: ${DEFAULT_ENDPOINT_OPTIONS.timeoutMs})
      --max-results N     most rows or triples in one SPARQL answer (default: ${DEFAULT_ENDPOINT_OPTIONS.maxResults})`;

/** Checks the flags; throws an Error with a message for the user on a bad value. */
export function sparqlOptions(values: { 'query-timeout'?: string; 'max-results'?: string }): EndpointOptions {
  const num = (flag: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`--${flag} "${v}" is not a positive whole number`);
    return Number(v);
  };
  return { timeoutMs: num('query-timeout', values['query-timeout']), maxResults: num('max-results', values['max-results']) };
}

/** The /sparql route over a Turtle graph, and how to close its store. */
export async function sparqlRoute(turtle: string, options: EndpointOptions) {
  const store = await SparqlStore.open([{ text: turtle, format: 'turtle', source: 'graph' }]);
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const handler = createSparqlHandler(store, defined);
  return {
    routes: { '/sparql': (req: IncomingMessage, res: ServerResponse) => handler(req, res) },
    close: () => store.close(),
  };
}
