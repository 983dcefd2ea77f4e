// A SPARQL 1.1 Graph Store HTTP Protocol client: PUT (replace) and DELETE one named graph, with
// Basic or Digest authentication, and retries with exponential backoff on transient failures
// (network errors, timeouts, 408, 425, 429, 5xx except 501/505), honouring Retry-After.
import { basicAuthorization, digestAuthorization, parseDigestChallenge, type Credentials, type DigestChallenge } from './digest.ts';

export interface GraphStoreOptions {
  /** The Graph Store endpoint (…/sparql-graph-crud-auth, …/ds/data, …/rdf-graphs/service). */
  endpoint: string;
  credentials?: Credentials;
  /** Attempts per request, the first included (default 5). */
  attempts?: number;
  /** First backoff delay in ms, doubled each retry (default 500). */
  backoffMs?: number;
  /** Per-request timeout in ms (default 60 000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Called before each retry (for progress messages). */
  onRetry?: (info: { graph: string; attempt: number; delayMs: number; reason: string }) => void;
}

/** A request the store refused for good, or that still failed after every retry. */
export class GraphStoreError extends Error {
  constructor(readonly graph: string, readonly status: number | undefined, message: string) {
    super(message);
    this.name = 'GraphStoreError';
  }
}

const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504, 507, 509]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class GraphStoreClient {
  private challenge?: DigestChallenge;
  private basic = false;
  private nc = 0;
  private readonly o: Required<Omit<GraphStoreOptions, 'credentials' | 'onRetry'>> & GraphStoreOptions;

  constructor(options: GraphStoreOptions) {
    this.o = { attempts: 5, backoffMs: 500, timeoutMs: 60_000, fetch: globalThis.fetch, ...options };
  }

  /** Replaces the named graph with the given Turtle / N-Triples text. */
  put(graph: string, turtle: string): Promise<void> {
    return this.send('PUT', graph, turtle);
  }

  /** Deletes the named graph (a graph that does not exist is not an error). */
  delete(graph: string): Promise<void> {
    return this.send('DELETE', graph, undefined, [404]);
  }

  private url(graph: string): URL {
    const url = new URL(this.o.endpoint);
    url.searchParams.set('graph', graph);
    return url;
  }

  private authorization(method: string, url: URL): string | undefined {
    const c = this.o.credentials;
    if (!c) return undefined;
    if (this.basic) return basicAuthorization(c);
    if (!this.challenge) return undefined; // the password goes out only in the form the server asks for
    return digestAuthorization(c, this.challenge, method, url.pathname + url.search, ++this.nc);
  }

  private async send(method: string, graph: string, body?: string, alsoOk: number[] = []): Promise<void> {
    const url = this.url(graph);
    let lastReason = '';
    for (let attempt = 1; attempt <= this.o.attempts; attempt++) {
      let retryAfter: number | undefined;
      try {
        const res = await this.request(method, url, body);
        if (res.ok || alsoOk.includes(res.status)) return;
        const text = (await res.text().catch(() => '')).trim().split('\n')[0]?.slice(0, 200) ?? '';
        lastReason = `HTTP ${res.status} ${res.statusText}${text ? `: ${text}` : ''}`;
        if (!TRANSIENT.has(res.status)) throw new GraphStoreError(graph, res.status, lastReason);
        const after = Number(res.headers.get('retry-after'));
        if (Number.isFinite(after) && after > 0) retryAfter = Math.min(after * 1000, 30_000);
      } catch (err) {
        if (err instanceof GraphStoreError) throw err;
        const e = err as Error & { cause?: { code?: string; message?: string } };
        lastReason = e.name === 'TimeoutError' ? `no answer within ${this.o.timeoutMs} ms` : e.cause?.code ?? e.cause?.message ?? e.message;
      }
      if (attempt === this.o.attempts) break;
      const delayMs = retryAfter ?? this.o.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
      this.o.onRetry?.({ graph, attempt, delayMs, reason: lastReason });
      await sleep(delayMs);
    }
    throw new GraphStoreError(graph, undefined, `${lastReason} (after ${this.o.attempts} attempts)`);
  }

  /** One HTTP exchange, answering an authentication challenge once. */
  private async request(method: string, url: URL, body?: string): Promise<Response> {
    let used: DigestChallenge | undefined;
    const go = () => {
      used = this.challenge;
      const headers: Record<string, string> = {};
      const auth = this.authorization(method, url);
      if (auth) headers.Authorization = auth;
      if (body !== undefined) headers['Content-Type'] = 'text/turtle; charset=utf-8';
      return this.o.fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.o.timeoutMs) });
    };
    let res = await go();
    if (res.status === 401 && this.o.credentials) {
      const header = res.headers.get('www-authenticate');
      const challenge = parseDigestChallenge(header);
      const basic = !challenge && /^\s*Basic\b/i.test(header ?? '') && !this.basic;
      // Answer a challenge this request did not answer yet (another request may have set it meanwhile).
      if ((challenge && challenge.nonce !== used?.nonce) || basic) {
        await res.body?.cancel();
        if (basic) this.basic = true;
        else if (challenge!.nonce !== this.challenge?.nonce) [this.challenge, this.nc] = [challenge, 0];
        res = await go();
      }
    }
    return res;
  }
}
