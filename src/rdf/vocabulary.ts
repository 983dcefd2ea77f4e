// The IRIs of the RDF contract (../shared/CONTRACT.md) and how names become IRIs.
// Everything that writes or reads RDF takes its terms from here.

export const NS = {
  ag: 'https://w3id.org/actorgraph/ns#',
  role: 'https://w3id.org/actorgraph/role#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  wd: 'http://www.wikidata.org/entity/',
  schema: 'https://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  foaf: 'http://xmlns.com/foaf/0.1/',
} as const;

/** The default base under which entity and document IRIs are minted (settable with --base). */
export const DEFAULT_BASE = 'https://w3id.org/actorgraph/id/';

/**
 * A lowercase slug for IRIs: accents folded, anything not a letter or digit to single hyphens.
 * Names in other scripts (Арабский, 中国) keep their letters, percent-encoded, so that two
 * different names never share a slug and every IRI stays plain ASCII.
 */
export function slug(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’`]/g, '');
  const kept = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (!kept) return 'unnamed';
  return /^[a-z0-9-]+$/.test(kept) ? kept : encodeURIComponent(kept);
}

/** Camel-cased local name of a role property: "prime minister" → primeMinister. */
export function roleLocalName(label: string): string {
  const words = slug(label).split('-').filter(Boolean);
  if (!words.length) return 'role';
  const name = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  return /^[a-z]/.test(name) ? name : `r${name}`;
}

export function roleIri(label: string): string {
  return NS.role + roleLocalName(label);
}

/**
 * Replaces unpaired surrogates (which UTF-8 cannot encode, so no file could hold them) by U+FFFD;
 * every literal and IRI goes through it, so that what is written reads back the same.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Text as a literal may hold it: well-formed, and only characters that XML 1.0 (so xsd:string,
 * rapper and rdflib) allows; C0 controls but tab and line breaks, U+FFFE and U+FFFF become
 * U+FFFD. Each replacement is one UTF-16 unit for one, so evidence offsets stay true.
 */
export function literalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return wellFormed(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

/**
 * Makes a key safe as an IRI path: every character outside the unreserved set, `/` and
 * well-formed `%XX` escapes is percent-encoded (UTF-8), so that a key made by any slugger —
 * or a hostile name — still gives a valid IRI, and an already-encoded slug is left as it is.
 */
export function iriPath(key: string): string {
  return wellFormed(key).replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~/%]+/gu, (m) => encodeURIComponent(m));
}

export function entityIri(key: string, base: string = DEFAULT_BASE): string {
  return base + iriPath(key);
}

export function docIri(sha256: string, base: string = DEFAULT_BASE): string {
  return `${base}doc/${sha256.slice(0, 10)}`;
}
