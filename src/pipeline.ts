// One document's path through actorgraph, one stage a line:
//   text → sentences → mentions → entities (coreference) → facts → Extraction
// Pure: the same document always gives the same extraction. Lexicons load once, on first use.
import { createHash } from 'node:crypto';
import type { Doc, Entity, Extraction, Fact } from './model.ts';
import { splitSentences } from './text/sentences.ts';
import { lexicon as defaultLexicon, type Lexicon } from './lexicon/index.ts';
import { documentMentions } from './extract/mentions.ts';
import { governmentsUsed, resolve, type Resolved } from './extract/coreference.ts';
import { SentenceContext } from './extract/context.ts';
import { roleFacts } from './extract/roles.ts';
import { resolveTitlesOnly, type TitleOnly } from './extract/role-inference.ts';
import { membershipFacts } from './extract/membership.ts';
import { visitFacts, type VisitMemory } from './extract/visits.ts';
import { meetingFacts } from './extract/meetings.ts';
import { participationFacts } from './extract/participation.ts';
import { bilateralFacts } from './extract/bilateral.ts';
import { placeFacts } from './extract/places.ts';
import { frameFacts, type FrameMemory } from './extract/frames/index.ts';

export interface ExtractOptions {
  /** What the extractor knows; default: the lexicon built from data/. */
  lexicon?: Lexicon;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function extract(doc: Doc, options: ExtractOptions = {}): Extraction {
  const lex = options.lexicon ?? defaultLexicon();
  const sentences = splitSentences(doc.text);
  const table = resolve(documentMentions(sentences, lex), lex, doc.id, doc.text);

  const bySentence = new Map<number, Resolved[]>();
  for (const m of table.mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  const titles: TitleOnly[] = [];
  const memory: VisitMemory = {};
  const frameMemory: FrameMemory = {};
  const facts: Fact[] = [];
  sentences.forEach((s, i) => {
    const c = new SentenceContext(s, i, bySentence.get(i) ?? [], doc.date);
    facts.push(...roleFacts(c, titles), ...membershipFacts(c), ...visitFacts(c, memory),
      ...meetingFacts(c), ...participationFacts(c), ...bilateralFacts(c), ...frameFacts(c, frameMemory));
  });
  const owners = possessiveOwners(table.mentions, doc.text);
  const nearby = nearbyCountries(bySentence);
  facts.push(...resolveTitlesOnly(titles, facts, {
    countries: (i, person) => [...(owners.get(person) ?? []), ...nearby(i)],
    regions: nearbyRegions(bySentence),
    countryOf: table.countryOf,
  }));
  governmentsUsed(table, new Set(facts.map((f) => f.object)), lex);
  facts.push(...placeFacts(table, sentences, doc.text));

  const kept = dropHomeVisits(dedupe(facts), table.countryOf);
  const used = new Set(kept.flatMap((f) => [f.subject, f.object]));
  const entities: Entity[] = [...table.entities.values()]
    .filter((e) => e.mentions.length > 0 || used.has(e.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { doc: { ...doc, sha256: sha256(doc.text) }, entities, facts: kept };
}

/** "Bolivia's Morales", "Hungary's Orban": the country a person is introduced as belonging to. */
function possessiveOwners(ms: Resolved[], text: string): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (let i = 0; i + 1 < ms.length; i++) {
    const [c, p] = [ms[i], ms[i + 1]];
    if (!c.entity?.startsWith('country/') || c.kind === 'pair' || p.kind !== 'person' || !p.entity) continue;
    if (!/^['’]s\s+$/.test(text.slice(c.end, p.start))) continue;
    owners.set(p.entity, [...(owners.get(p.entity) ?? []), c.entity]);
  }
  return owners;
}

const NEARBY_BEFORE = 3;
const NEARBY_AFTER = 1;

/** Countries named around a sentence: the sentence's, then the 3 before and the 1 after, each group most named first; then the article's most named. */
function nearbyCountries(bySentence: Map<number, Resolved[]>) {
  const isCountry = (m: Resolved) => !!m.entity?.startsWith('country/') && m.kind !== 'pair';
  const counts = new Map<string, number>();
  for (const ms of bySentence.values()) for (const m of ms) if (isCountry(m)) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const mostNamed = [...counts].sort((a, b) => b[1] - a[1]).filter(([, n]) => n / total >= 0.3).map(([k]) => k);
  const countriesIn = (sentences: number[]) => [...new Set(sentences.flatMap((j) => (bySentence.get(j) ?? []).filter(isCountry).map((m) => m.entity!)))];
  // a stable sort: ties keep their order of nearness
  const byCount = (keys: string[]) => [...keys].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return (i: number): string[] => {
    const order = [i];
    for (let d = 1; d <= NEARBY_BEFORE; d++) order.push(i - d);
    for (let d = 1; d <= NEARBY_AFTER; d++) order.push(i + d);
    // in the sentence, then around it, the country the article names most comes first: "the Dutch government" over a passing "Brussels"
    const here = byCount(countriesIn([i]));
    const around = byCount(countriesIn(order.slice(1)));
    return [...new Set([...here, ...around, ...mostNamed])];
  };
}

/** Regions (their governments) named in a sentence, then in the 3 before it, nearest first. */
function nearbyRegions(bySentence: Map<number, Resolved[]>) {
  return (i: number): string[] => {
    const keys: string[] = [];
    for (let j = i; j >= i - NEARBY_BEFORE; j--) for (const m of [...(bySentence.get(j) ?? [])].reverse()) if (m.kind === 'region' && m.entity) keys.push(m.entity);
    return [...new Set(keys)];
  };
}

/** A visit is to somewhere else: a president "visiting" a city of the country he leads is not one. */
function dropHomeVisits(facts: Fact[], countryOf: Map<string, string>): Fact[] {
  const home = new Set(facts.filter((f) => f.predicate === 'holdsRole').map((f) => `${f.subject}|${f.object}`));
  return facts.filter((f) => f.predicate !== 'visited' || !home.has(`${f.subject}|${countryOf.get(f.object) ?? f.object}`));
}

/** One fact per (subject, predicate, role, object, sentence): the most confident reading. */
function dedupe(facts: Fact[]): Fact[] {
  const best = new Map<string, Fact>();
  for (const f of facts) {
    const key = `${f.subject}|${f.predicate}|${f.role ?? ''}|${f.object}|${f.evidence.start}`;
    const prev = best.get(key);
    if (!prev || f.confidence > prev.confidence || (f.confidence === prev.confidence && !prev.date && f.date)) best.set(key, f);
  }
  return [...best.values()];
}
