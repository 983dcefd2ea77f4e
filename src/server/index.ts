// The HTTP server: the viewer's static files, the served graph at /graph.ttl, and any routes
// registered by other parts (a SPARQL endpoint at /sparql). Read-only apart from those routes.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { contentType, resolveStaticPath } from './static-path.ts';
import { DEFAULT_LIMITS, HttpError, declaresTooLarge, readBody, type Limits } from './limits.ts';

export interface RequestContext {
  /** The request body, refused with 413 past the server's limit. */
  body(): Promise<Buffer>;
  url: URL;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => void | Promise<void>;

export interface ServerOptions {
  /** The graph served at /graph.ttl, as Turtle. */
  graph: string;
  /** The built viewer (viewer/dist). */
  viewerDir: string;
  /** Extra routes by exact path; they may accept other methods than GET. */
  routes?: Record<string, Handler>;
  limits?: Limits;
}

// The viewer loads scripts only from this server; workers come from blob: URLs (the layout), and
// ?graph=URL may fetch a graph from anywhere.
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': [
    "default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:", "connect-src 'self' http: https:", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
  ].join('; '),
};

export function createServer(options: ServerOptions): http.Server {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const graph = Buffer.from(options.graph, 'utf8');
  const routes: Record<string, Handler> = {
    '/graph.ttl': (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(res);
      send(res, req, 200, 'text/turtle; charset=utf-8', graph);
    },
    ...options.routes,
  };
  return http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (!res.headersSent) send(res, req, status, 'text/plain; charset=utf-8', Buffer.from(`${status} ${(err as Error).message}\n`));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (declaresTooLarge(req, limits)) {
      res.setHeader('Connection', 'close');
      throw new HttpError(413, 'request body too large');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    if (route) return route(req, res, { url, body: () => readBody(req, limits) });
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(res);
    // The raw path, not url.pathname: URL parsing would silently fold /../ away.
    const resolved = resolveStaticPath(options.viewerDir, req.url ?? '/');
    if ('status' in resolved) throw new HttpError(resolved.status, resolved.status === 400 ? 'bad request' : 'not found');
    const info = await stat(resolved.file).catch(() => null);
    if (!info?.isFile()) throw new HttpError(404, 'not found');
    send(res, req, 200, contentType(resolved.file), await readFile(resolved.file));
  }
}

function methodNotAllowed(res: ServerResponse): HttpError {
  res.setHeader('Allow', 'GET, HEAD');
  return new HttpError(405, 'method not allowed');
}

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Listens and resolves with the URL to open. */
export function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`);
    });
  });
}
