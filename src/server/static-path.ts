// Maps a request path to a file inside the viewer's folder, or says why not. Pure: no file access,
// so the rules that keep requests inside the folder are tested on their own.
import path from 'node:path';

export type StaticPath = { file: string } | { status: 400 | 404 };

export function resolveStaticPath(root: string, requestPath: string): StaticPath {
  const rawPath = requestPath.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  // Backslashes and NUL have no business in a URL path, and on some systems they are separators.
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  if (decoded.split('/').some((segment) => segment === '..')) return { status: 404 };
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 404 };
  return { file };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
