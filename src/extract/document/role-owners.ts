// Whose a title is when a possessive, not a name, stands before it: "Its foreign minister, X" (the
// country the sentence before was about), "the organisation's secretary-general" (the organization
// named last), "his vice president, X" / "Kim's foreign minister" (the country where that person
// holds his own title, settled for the document), "her predecessor, X" (that person's title, held before).
import type { Resolved } from '../entities/coreference.ts';
import { isPerson, personAt, type SentenceContext } from '../clauses/context.ts';
import { holderKey } from '../clauses/holders.ts';
import type { TitleOnly } from './role-inference.ts';
import { personAfter } from '../clauses/role-subject.ts';

/** What roles remember of the sentences read before in the same document. */
interface Memory {
  /** The document's first sentence, where a dateline stands. */
  first?: SentenceContext;
  previous?: SentenceContext;
  lastOrg?: Resolved;
  /** Every sentence read so far, by index. */
  sentences: SentenceContext[];
}
// one memory per document: the list of titles the pipeline keeps for a document is its identity
const memories = new WeakMap<TitleOnly[], Memory>();

export function memoryOf(titles: TitleOnly[]): Memory {
  let m = memories.get(titles);
  if (!m) memories.set(titles, (m = { sentences: [] }));
  return m;
}

export function remember(mem: Memory, c: SentenceContext): void {
  if (c.index === 0) mem.first = c;
  mem.previous = c;
  mem.sentences[c.index] = c;
  const org = c.mentions.filter((m) => m.kind === 'org' && m.entity).pop();
  if (org) mem.lastOrg = org;
}

// an organization named this many sentences back is still "the organisation" (a summit's list of delegations runs long)
const ORG_REF_REACH = 15;

/**
 * "its" before a title at token k: the last country or organization named before it in the sentence,
 * else the subject the sentence before opened with ("Hungary signalled ... . Its foreign minister, X").
 */
export function itsHolder(c: SentenceContext, k: number, mem: Memory): string | undefined {
  const here = c.mentions.filter((m) => m.last <= k && holderKey(m) && m.kind !== 'demonym').pop();
  if (here) return holderKey(here);
  const opener = mem.previous?.mentions.find((m) => m.first === 0);
  return opener && opener.kind !== 'demonym' ? holderKey(opener) : undefined;
}

/** "the organisation's", "the bloc's" left unresolved by the sentence: the organization the document named last. */
export function orgRefHolder(m: Resolved | undefined, c: SentenceContext, mem: Memory): string | undefined {
  if (m?.kind !== 'orgRef' || m.entity || !mem.lastOrg) return undefined;
  return c.index - mem.lastOrg.sentence <= ORG_REF_REACH ? mem.lastOrg.entity : undefined;
}

/**
 * The person a possessive ending at token k names: "Kim's"; "his", "her" the person the sentence
 * named last before it ("Lacalle Pou brought two of his predecessors"), else whom the pronoun points back to.
 */
export function personOwner(c: SentenceContext, k: number): Resolved | undefined {
  const w = c.word(k - 1);
  const isOwner = (m?: Resolved) => !!m && (m.kind === 'person' || m.kind === 'pronoun') && isPerson(m.entity);
  if (w === "'s") {
    const m = c.mentionEndingAt(k - 1);
    return isOwner(m) ? m : undefined;
  }
  if (!/^(his|her)$/.test(w)) return undefined;
  const named = c.mentions.filter((m) => m.kind === 'person' && isPerson(m.entity) && m.last < k - 1).pop();
  const m = c.mentionAt(k - 1);
  return named ?? (isOwner(m) ? m : undefined);
}

const SUCCESSION = /^(predecessor|predecessors|successor)$/;

/**
 * "her predecessor, X", "Albanese's predecessor X", "two of his predecessors, X and Y", "Lula's
 * successor and ally X": each named holds, before, the title the owner holds (settled for the document).
 */
export function successionTitles(c: SentenceContext, titles: TitleOnly[]): void {
  for (let k = 1; k < c.words.length; k++) {
    if (!SUCCESSION.test(c.word(k))) continue;
    const owner = personOwner(c, k);
    if (!owner) continue;
    let j = k + 1;
    // "successor and ally X": one more noun joined to it
    if (c.word(j) === 'and' && c.sentence.tokens[j + 1]?.kind === 'word' && !c.sentence.tokens[j + 1].upper) j += 2;
    if (c.word(j) === ',') j++;
    for (let person = personAfter(c, j); person?.entity && person.entity !== owner.entity; ) {
      titles.push({ role: '', holder: '', person: person.entity, status: 'former', ctx: c, sameRoleAs: owner.entity, succession: true });
      const next = person.last;
      const step = c.word(next) === 'and' ? 1 : c.word(next) === ',' && c.word(next + 1) === 'and' ? 2 : 0;
      person = step ? personAt(c, next + step) : undefined;
    }
  }
}

// Words after which the people listed go with the person before them: "Biden was joined by X and Y"
const COMPANY = [['joined', 'by'], ['accompanied', 'by'], ['flanked', 'by'], ['brought'], ['delegation', 'included']];

/**
 * "Biden was joined by Blinken, Treasury Secretary X and adviser Y", "Xi's delegation included X":
 * the person whose company a titled person at token `at` is listed in, when the sentence names no one between.
 */
export function companionOf(c: SentenceContext, at: number): string | undefined {
  for (let k = at - 1; k > 0; k--) {
    const cue = COMPANY.find((words) => words.every((w, n) => c.word(k - words.length + 1 + n) === w));
    if (!cue) continue;
    let j = k - cue.length + 1;
    if (cue[0] === 'delegation' && c.word(j - 1) === "'s") j--;
    else while (j > 0 && /^(was|were|is|are|has|had|been|also)$/.test(c.word(j - 1))) j--;
    const m = c.mentionEndingAt(j);
    return m && (m.kind === 'person' || m.kind === 'pronoun') && isPerson(m.entity) ? m.entity : undefined;
  }
  return undefined;
}

// Titles of an organization's officers, which the organization of that kind named nearest holds when the text names none
const OFFICERS_OF = new Map<string, Set<string>>([
  ['secretary-general', new Set(['grouping', 'un-body', 'body', 'agency'])],
  ['director-general', new Set(['grouping', 'un-body', 'body', 'agency'])],
  ['chief executive', new Set(['company'])],
  ['chief financial officer', new Set(['company'])],
  ['chief operating officer', new Set(['company'])],
  ['editor-in-chief', new Set(['media'])],
]);
const OFFICER_REACH = 3;

/**
 * "Secretary-General X" with the alliance named a sentence before, "Chief executive X said ... Eni":
 * an officer's organization is the one of its kind the sentence names nearest to the name, else
 * the one the sentences just before named last.
 */
export function officersOrganization(title: string, c: SentenceContext, at: number, mem: Memory): string | undefined {
  const kinds = OFFICERS_OF.get(title);
  if (!kinds) return undefined;
  const fits = (m: Resolved) => (m.kind === 'org' || m.kind === 'orgRef') && !!m.entity && kinds.has(m.orgKind ?? '');
  const here = c.mentions.filter(fits).sort((a, b) => Math.abs(a.first - at) - Math.abs(b.first - at));
  if (here.length) return here[0].entity;
  let pointer = c.mentions.some((m) => m.kind === 'orgRef' && !m.entity);
  for (let i = c.index - 1; i >= 0 && c.index - i <= OFFICER_REACH; i--) {
    const ms = mem.sentences[i]?.mentions ?? [];
    const last = ms.filter(fits).pop();
    if (last) return last.entity;
    pointer ||= ms.some((m) => m.kind === 'orgRef' && !m.entity);
  }
  // "the alliance" said close by, its name further back: the organization of that kind named last
  for (let i = c.index - 1; pointer && i >= 0 && c.index - i <= ORG_REF_REACH; i--) {
    const last = mem.sentences[i]?.mentions.filter(fits).pop();
    if (last) return last.entity;
  }
  return undefined;
}
