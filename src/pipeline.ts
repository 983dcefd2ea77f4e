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
import { nearbyCountries, nearbyRegions, possessiveOwners } from './extract/role-context.ts';
import { visitFacts, type VisitMemory } from './extract/visits.ts';
import { participationFacts } from './extract/participation.ts';
import { bilateralFacts } from './extract/bilateral.ts';
import { placeFacts } from './extract/places.ts';
import { frameFacts, type FrameMemory } from './extract/frames/index.ts';
import { eventVisits } from './extract/event-visits.ts';
import { signatoryCountries } from './extract/signatories.ts';
import { dropSameSideMeetings } from './extract/meeting-sides.ts';

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
    facts.push(...roleFacts(c, titles), ...visitFacts(c, memory),
      ...participationFacts(c), ...bilateralFacts(c), ...frameFacts(c, frameMemory));
  });
  const owners = possessiveOwners(table.mentions, doc.text);
  const nearby = nearbyCountries(bySentence, doc.text, table.countryOf);
  facts.push(...resolveTitlesOnly(titles, facts, {
    countries: (i, person, at) => [...(owners.get(person) ?? []), ...nearby(i, person, at)],
    regions: nearbyRegions(bySentence),
    countryOf: table.countryOf,
  }));
  governmentsUsed(table, new Set(facts.map((f) => f.object)), lex);
  facts.push(...placeFacts(table, sentences, doc.text));
  facts.push(...eventVisits(facts, table, doc.text));

  const kept = dropSameSideMeetings(dropHomeVisits(dedupe(signatoryCountries(facts)), table.countryOf));
  const used = new Set(kept.flatMap((f) => [f.subject, f.object]));
  const entities: Entity[] = [...table.entities.values()]
    .filter((e) => e.mentions.length > 0 || used.has(e.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { doc: { ...doc, sha256: sha256(doc.text) }, entities, facts: kept };
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
    // the frames read modality ("will visit") that older readers do not: a planned reading stays planned
    const planned = prev?.planned || f.planned;
    if (!prev || f.confidence > prev.confidence || (f.confidence === prev.confidence && !prev.date && f.date)) best.set(key, planned ? { ...f, planned } : f);
    else if (planned && !prev.planned) best.set(key, { ...prev, planned });
  }
  return [...best.values()];
}
