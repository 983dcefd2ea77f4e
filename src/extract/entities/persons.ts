// Person coreference: full names cluster by name (one is a prefix of the other: "Luiz Inacio" ~
// "Luiz Inacio Lula da Silva", or the other without its middle names: "Ana Ruiz" ~ "Ana Maria
// Ruiz"); a lone surname or given name joins the nearest full name that ends or starts with it;
// a pronoun refers to the person mentioned last. A bare surname that matches no full name is an
// identity of this document only.
import { createHash } from 'node:crypto';
import { slug } from '../../rdf/vocabulary.ts';
import { fold } from '../../text/tokens.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Resolved } from './coreference.ts';
import type { EntityBuilder } from './entity-builder.ts';

// the Arabic article glued to a name ("al-Assad", "el-Sisi"): written or left out as the writer likes
const ARTICLES = 'al|el|ad|as|ash|at|ar|az|an';
const ARTICLE = new RegExp(`^(?:${ARTICLES})-`);
const ARTICLE_IN_NAME = new RegExp(`(?<=^|\\s)(?:${ARTICLES})-(?=\\p{L})`, 'giu');
const PRONOUN_WINDOW = 2; // sentences a pronoun reaches back
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
// tokens an opening adverbial takes before a sentence's subject ("On Sunday evening he")
const SUBJECT_REACH = 5;

interface Cluster {
  words: string[]; // folded words of the fullest name
  label: string;
  mentions: Resolved[];
  lastSeen: number; // index of its latest mention
}

export function resolvePersons(ms: Resolved[], table: EntityBuilder, docId: string): void {
  const clusters: Cluster[] = [];
  const words = (m: Mention) => (m.name ?? m.text).split(/\s+/).map((w) => fold(w).replace(ARTICLE, ''));
  // full names first, so that a surname met before its full name still finds it
  ms.forEach((m, i) => {
    if (m.kind !== 'person' || m.tentative || words(m).length < 2) return;
    const w = words(m);
    // "Luiz Inacio" ~ "Luiz Inacio Lula da Silva"; "Le Pen" ~ "Marine Le Pen"
    const same = clusters.find((c) => isPrefix(w, c.words) || isPrefix(c.words, w) || isSuffix(w, c.words) || isSuffix(c.words, w) ||
      withoutMiddle(w, c.words) || withoutMiddle(c.words, w));
    if (same) {
      same.mentions.push(m);
      if (w.length > same.words.length) { same.words = w; same.label = m.name!; }
      same.lastSeen = i;
    } else clusters.push({ words: w, label: m.name!, mentions: [m], lastSeen: i });
  });
  // a headline's tentative full name counts only as another form of a name met in the text
  ms.forEach((m) => {
    if (m.kind !== 'person' || !m.tentative || words(m).length < 2) return;
    const w = words(m);
    clusters.find((c) => isPrefix(w, c.words) || isSuffix(w, c.words))?.mentions.push(m);
  });
  ms.forEach((m, i) => {
    if (m.kind !== 'person' || words(m).length !== 1) return;
    const w = words(m)[0];
    const bySurname = clusters.filter((c) => c.words.length > 1 && surnames(c.words).includes(w));
    const byGiven = clusters.filter((c) => c.words.length > 1 && c.words[0] === w);
    // a family name said first ("Kim" of "Kim Jong Un" and "Kim Yo Jong"): the one the article introduced first
    const candidates = bySurname.length ? bySurname : byGiven.slice(0, 1);
    const target = nearest(candidates, i) ?? clusters.find((c) => c.words.length === 1 && c.words[0] === w);
    if (target) target.mentions.push(m);
    else if (!m.tentative) clusters.push({ words: [w], label: m.name!, mentions: [m], lastSeen: i });
  });
  const hash = createHash('sha256').update(docId).digest('hex').slice(0, 8);
  for (const c of clusters) {
    // a bare surname is no identity across articles: scope it to this document
    // one IRI however the article is transliterated: "Bashar al-Assad" and "Bashar Assad" are one person in a corpus
    const key = c.words.length > 1 ? `person/${slug(c.label.replace(ARTICLE_IN_NAME, ''))}` : `person/${slug(c.label)}-${hash}`;
    table.add(key, 'Person', c.label, null);
    for (const m of c.mentions) {
      m.entity = key;
      table.add(key, 'Person', c.label, m);
    }
  }
  // pronouns: the person mentioned last, in this sentence or shortly before; a sentence's
  // subject pronoun continues the previous sentence's subject ("X spent two days in talks. On
  // Saturday he met A, B and C. On Sunday he met D": both are X, not C)
  let lastPerson: Resolved | undefined;
  const opened = new Set<number>();
  const subjects = new Map<number, Resolved>();
  for (const m of ms) {
    const personal = m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'role';
    // only an opening name near the sentence's start is its subject ("After talks with X, Y said": not X)
    const opens = personal && !opened.has(m.sentence) && m.first <= SUBJECT_REACH;
    if (personal) opened.add(m.sentence);
    if (m.kind === 'person' && m.entity) lastPerson = m;
    else if (m.kind === 'pronoun') {
      const before = opens && SUBJECT_PRONOUNS.has(m.text.toLowerCase()) ? subjects.get(m.sentence - 1) : undefined;
      if (before) m.entity = before.entity;
      else if (lastPerson && m.sentence - lastPerson.sentence <= PRONOUN_WINDOW) m.entity = lastPerson.entity;
    }
    if (opens && m.kind !== 'role' && m.entity) subjects.set(m.sentence, m);
  }
}

function isPrefix(a: string[], b: string[]): boolean {
  return a.length <= b.length && a.every((w, i) => w === b[i]);
}

/** a is b without its middle names: "hillary clinton" of "hillary rodham clinton". */
function withoutMiddle(a: string[], b: string[]): boolean {
  return a.length === 2 && b.length >= 3 && a[0] === b[0] && a[1] === b[b.length - 1];
}

/** a is the end of b, at least two words long: "le pen" of "marine le pen". */
function isSuffix(a: string[], b: string[]): boolean {
  return a.length >= 2 && a.length <= b.length && a.every((w, i) => w === b[b.length - a.length + i]);
}

/** The forms a surname goes by alone: "al-assad" and "assad". */
function surnames(words: string[]): string[] {
  const last = words[words.length - 1];
  // (the Arabic article is gone already: words() leaves it out)
  const bare = last.replace(/^(bin|ibn|abu|ben)-/, '');
  return bare === last ? [last] : [last, bare];
}

function nearest(cs: Cluster[], i: number): Cluster | undefined {
  return [...cs].sort((x, y) => Math.abs(x.lastSeen - i) - Math.abs(y.lastSeen - i))[0];
}
