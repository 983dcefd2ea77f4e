// One document's path through actorgraph, one stage a folder of src/extract/:
//   text → sentences → mentions/ → entities/ → clauses/ and frames/ (facts, one sentence at a time)
//   → document/ (what the whole article completes or rules out) → Extraction
// Pure: the same document always gives the same extraction. Lexicons load once, on first use.
import { createHash } from 'node:crypto';
import type { Doc, Entity, Extraction, Fact } from './model.ts';
import { splitSentences } from './text/sentences.ts';
import { lexicon as defaultLexicon, type Lexicon } from './lexicon/index.ts';
import { documentMentions } from './extract/mentions/mentions.ts';
import { governmentsUsed, resolve, type Resolved } from './extract/entities/coreference.ts';
import { SentenceContext } from './extract/clauses/context.ts';
import { roleFacts } from './extract/clauses/roles.ts';
import { resolveTitlesOnly, type TitleOnly } from './extract/document/role-inference.ts';
import { nearbyCountries, nearbyRegions, possessiveOwners } from './extract/document/role-context.ts';
import { visitFacts, type VisitMemory } from './extract/clauses/visits.ts';
import { participationFacts } from './extract/clauses/participation.ts';
import { bilateralFacts } from './extract/clauses/bilateral.ts';
import { placeFacts } from './extract/document/places.ts';
import { frameFacts, type FrameMemory } from './extract/frames/index.ts';
import { eventVisits } from './extract/document/event-visits.ts';
import { eventPresence } from './extract/document/event-presence.ts';
import { namedParticipants } from './extract/document/named-participants.ts';
import { signatoryCountries } from './extract/document/signatories.ts';
import { collectiveParties } from './extract/document/collective-parties.ts';
import { dropSameSideMeetings } from './extract/document/meeting-sides.ts';
import { dropHomeVisits } from './extract/document/home-visits.ts';
import { dedupe } from './extract/document/dedupe.ts';
import { memberOffices } from './extract/document/member-offices.ts';
import { memberLists } from './extract/document/member-lists.ts';
import { pactMembers } from './extract/document/pact-members.ts';
import { alliancesOf } from './lexicon/grouping-names.ts';
import { participantCountries } from './extract/document/participant-countries.ts';

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
  const frameMemory: FrameMemory = { alliances: alliancesOf(lex) };
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
  facts.push(...namedParticipants(table, sentences));
  facts.push(...eventPresence(facts, table, sentences, bySentence, doc.text));
  facts.push(...eventVisits(facts, table, doc.text));

  facts.push(...memberLists(sentences, table.mentions, lex));
  facts.splice(0, facts.length, ...pactMembers(facts, lex));
  facts.splice(0, facts.length, ...participantCountries(memberOffices(facts, lex)));
  const kept = dropSameSideMeetings(dropHomeVisits(dedupe(signatoryCountries(collectiveParties(facts))), table.countryOf));
  const used = new Set(kept.flatMap((f) => [f.subject, f.object]));
  const entities: Entity[] = [...table.entities.values()]
    .filter((e) => e.mentions.length > 0 || used.has(e.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { doc: { ...doc, sha256: sha256(doc.text) }, entities, facts: kept };
}
