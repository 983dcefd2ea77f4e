// Whose is a title: the country, organization or government named with it — "of Pakistan", "of the
// pro-European Liberal Renewal party", "director at the Kiel Institute", "the mayor of Lyon" — and
// what stands between that holder and the name that follows ("(DFB)", "in Munich", "economic think tank").
import type { Resolved } from '../entities/coreference.ts';
import type { SentenceContext } from './context.ts';
import { ORG_HEADS, ORG_NOUNS, WORK_NOUNS } from '../grammar.ts';

const HOLDER_KINDS = new Set(['country', 'demonym', 'metonym', 'org', 'body', 'countryRef', 'orgRef', 'region']);

/** The entity a mention names when it can hold a title: a country, an organization, a body, a region's government. */
export const holderKey = (m?: Resolved) => (m && HOLDER_KINDS.has(m.kind) ? m.entity : undefined);

// Titles that a company or an institute gives, whose holder may follow "at".
const AT_TITLES = new Set(['director', 'chief executive', 'chairman', 'chair', 'vice chairman', 'editor', 'editor-in-chief', 'executive', 'chief operating officer', 'chief financial officer', 'head']);

/**
 * "of Pakistan", "of the United Nations", "of Moscow's Bolshoi Theatre", "of the pro-European
 * Liberal Renewal party" starting at token k: a country right after "of (the)", else an
 * organization a few modifiers further in the same noun phrase.
 */
export function holderAfter(c: SentenceContext, k: number, role?: string): { key: string; end: number } | undefined {
  // "director at the Kiel Institute": a company or institute's title, never a state's
  const at = c.word(k) === 'at' && !!role && AT_TITLES.has(role);
  // "a spokesman for the UN refugee agency"
  const spokesFor = c.word(k) === 'for' && role === 'spokesperson';
  if (c.word(k) !== 'of' && !at && !spokesFor) return undefined;
  let j = k + 1;
  if (c.word(j) === 'the') j++;
  const first = c.mentionStartingAt(j);
  // "Moscow's Bolshoi Theatre", "Kenya's Green Party": the possessed organization holds the role
  if (first && c.word(first.last) === "'s") {
    const owned = c.mentionStartingAt(first.last + 1);
    if (owned?.kind === 'org' && owned.entity) return { key: owned.entity, end: owned.last };
    // "the head of Germany's domestic intelligence agency": an unnamed body of the country, not the country
    const next = c.sentence.tokens[first.last + 1];
    if (next?.kind === 'word' && !next.upper) return orgAhead(c, first.last + 1);
  }
  // "the Athens newspaper X", "the Moscow office of": a place before an organization noun only qualifies it
  const qualifies = !!first && !c.sentence.tokens[first.last]?.upper && (ORG_HEADS.has(c.word(first.last)) || ORG_NOUNS.has(c.word(first.last)));
  // "the Malian NGO X": a demonym before more of the noun phrase yields to an organization there
  const modifies = first?.kind === 'demonym' && c.sentence.tokens[first.last]?.kind === 'word' && c.word(first.last) !== "'s";
  const key = qualifies ? undefined : holderKey(first);
  if (key && !modifies) return { key, end: first!.last };
  return orgAhead(c, j, qualifies ? first : undefined) ?? (key ? { key, end: first!.last } : undefined);
}

/** An organization a few modifiers into the noun phrase starting at token j: "the internationally recognized NGO X". */
function orgAhead(c: SentenceContext, j: number, qualifier?: Resolved): { key: string; end: number } | undefined {
  for (let n = j; n < Math.min(c.words.length, j + 8); n++) {
    const m = c.mentionStartingAt(n);
    if (m?.kind === 'org' && m.entity) return { key: m.entity, end: m.last };
    // "the Munich-based Ifo institute": a place glued to a participle only qualifies
    const qualifies = m === qualifier || (!!m && c.word(m.last) === '-' && /^(based|born|owned|run|led|backed|registered)$/.test(c.word(m.last + 1)));
    if (m && m.kind !== 'demonym' && !qualifies) return undefined;
    if (WORK_NOUNS.has(c.word(n))) return undefined;
    if (c.sentence.tokens[n].kind === 'punct' && !/^[-"“'‘«]$/.test(c.word(n))) return undefined;
  }
  return undefined;
}

/** "the mayor of Lyon, X": the place a local title names after it (its government settles the holder later). */
export function placeAfter(c: SentenceContext, r: Resolved): { key: string; end: number } | undefined {
  if (r.role!.kind !== 'local' || c.word(r.last) !== 'of') return undefined;
  const m = c.mentionStartingAt(c.word(r.last + 1) === 'the' ? r.last + 2 : r.last + 1);
  return m?.government ? { key: m.government, end: m.last } : undefined;
}

/** "Munich's mayor", "Munich Mayor X", "the mayor of Munich": the government of the place the title names. */
export function localGovernment(c: SentenceContext, r: Resolved, npStart: number): string | undefined {
  const before = c.mentions.filter((m) => m.government && m.last <= r.first && m.first >= npStart).pop() ??
    c.mentionEndingAt(c.word(npStart - 1) === "'s" ? npStart - 1 : npStart);
  return before?.government ?? placeAfter(c, r)?.key;
}

/** "the Ifo economic think tank": the common noun phrase that follows an organization's name and classifies it. */
export function skipOrgNoun(c: SentenceContext, k: number): number {
  for (let n = k; n < k + 4 && n < c.words.length; n++) {
    const t = c.sentence.tokens[n];
    if (t.kind !== 'word' || t.upper || c.mentionAt(n)) return k;
    if (ORG_HEADS.has(c.word(n)) || ORG_NOUNS.has(c.word(n)) || c.word(n) === 'tank') return n + 1;
  }
  return k;
}

/** "(DFB)", "in Munich", "in the European Parliament" after an organization: skipped to reach the name after it. */
export function skipPlace(c: SentenceContext, k: number): number {
  if (c.word(k) === '(') {
    const close = c.words.indexOf(')', k);
    if (close > k && close - k <= 5) k = close + 1;
  }
  if (c.word(k) !== 'in') return k;
  const j = c.word(k + 1) === 'the' ? k + 2 : k + 1;
  const m = c.mentionStartingAt(j);
  return m && ['city', 'country', 'metonym', 'org', 'region'].includes(m.kind) ? m.last : k;
}
