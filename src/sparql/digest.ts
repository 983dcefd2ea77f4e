// HTTP authentication for Graph Store requests: Basic, and Digest (RFC 7616: MD5, SHA-256,
// their -sess variants, qop=auth) answered from a server's 401 challenge.
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

export interface DigestChallenge {
  realm: string;
  nonce: string;
  qop?: string;
  opaque?: string;
  algorithm: string;
}

/** The Digest challenge of a WWW-Authenticate header, if it offers one. */
export function parseDigestChallenge(header: string | null): DigestChallenge | undefined {
  const m = header && /Digest\s+(.*)$/i.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[1].matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) params[p[1].toLowerCase()] = p[2] ?? p[3];
  if (params.realm === undefined || !params.nonce) return undefined;
  return { realm: params.realm, nonce: params.nonce, qop: params.qop, opaque: params.opaque, algorithm: params.algorithm ?? 'MD5' };
}

export const basicAuthorization = (c: Credentials) => 'Basic ' + Buffer.from(`${c.user}:${c.password}`).toString('base64');

/** Answers a Digest challenge for one request; `nc` counts the requests made with this nonce. */
export function digestAuthorization(c: Credentials, ch: DigestChallenge, method: string, uri: string, nc: number, cnonce = randomBytes(8).toString('hex')): string {
  const algorithm = ch.algorithm.toUpperCase();
  const hashName = algorithm.startsWith('SHA-256') ? 'sha256' : 'md5';
  const h = (s: string) => createHash(hashName).update(s).digest('hex');
  let ha1 = h(`${c.user}:${ch.realm}:${c.password}`);
  if (algorithm.endsWith('-SESS')) ha1 = h(`${ha1}:${ch.nonce}:${cnonce}`);
  const ha2 = h(`${method}:${uri}`);
  const qop = ch.qop?.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  const count = nc.toString(16).padStart(8, '0');
  const response = qop ? h(`${ha1}:${ch.nonce}:${count}:${cnonce}:${qop}:${ha2}`) : h(`${ha1}:${ch.nonce}:${ha2}`);
  const q = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const parts = [
    `username=${q(c.user)}`, `realm=${q(ch.realm)}`, `nonce=${q(ch.nonce)}`, `uri=${q(uri)}`, `algorithm=${ch.algorithm}`, `response=${q(response)}`,
    ...(qop ? [`qop=${qop}`, `nc=${count}`, `cnonce=${q(cnonce)}`] : []),
    ...(ch.opaque !== undefined ? [`opaque=${q(ch.opaque)}`] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}
