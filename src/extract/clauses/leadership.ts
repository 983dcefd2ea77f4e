// Who leads what, said without a title: by a verb ("X heads the IAEA", "the party, led by X") or
// by naming a government after its leader ("the Obama administration", "Merkel's government").
import type { Fact } from '../../model.ts';
import { isPerson, personAt, type SentenceContext } from './context.ts';
import type { TitleOnly } from '../document/role-inference.ts';

// Verbs that say who is at the head of an organization or a state: "X heads the agency", "the party, led by X".
const HEAD_VERBS = new Map([
  ['heads', 'head'], ['headed', 'head'], ['leads', 'leader'], ['led', 'leader'], ['chairs', 'chairman'], ['chaired', 'chairman'],
  ['runs', 'head'], ['ran', 'head'],
]);
// Verbs that say who is at the head of a state, which they take as their object: "X has governed Bolivia since 2006"
const STATE_VERBS = new Set(['governs', 'governed', 'rules', 'ruled']);

// Words between a subject and its verb that change nothing: "X, who has headed ...", "X, who now leads ..."
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'now', 'currently', 'still', 'once']);

/** "X heads the IAEA", "X, who has led the party since 2010", "the IAEA, headed by X". */
export function headVerbFacts(c: SentenceContext): Fact[] {
  const out: Fact[] = [];
  for (let k = 1; k < c.words.length; k++) {
    const ofState = STATE_VERBS.has(c.word(k));
    const role = ofState ? 'leader' : HEAD_VERBS.get(c.word(k));
    if (!role) continue;
    if (c.word(k + 1) === 'by' && !ofState) {
      // ORG(,) led by X   /   ORG is headed by X
      const person = personAt(c, k + 2);
      let j = k;
      while (/^(is|was|are|were|been|has|had|now|currently)$/.test(c.word(j - 1))) j--;
      if (c.word(j - 1) === ',') j--;
      const org = c.mentionEndingAt(j);
      if (person?.entity && org?.kind === 'org' && org.entity) out.push(c.fact(person.entity, 'holdsRole', org.entity, 0.7, { role, status: 'current' }));
      continue;
    }
    // X (, who) (has) heads (the) ORG   /   X, 68, has led ORG
    let j = k;
    while (AUXILIARIES.has(c.word(j - 1))) j--;
    if (c.word(j - 1) === 'who') j--;
    if (c.word(j - 1) === ',') j--;
    if (/^\d+$/.test(c.word(j - 1)) && c.word(j - 2) === ',') j -= 2;
    const person = c.mentionEndingAt(j);
    const org = c.mentionStartingAt(k + 1) ?? (c.word(k + 1) === 'the' ? c.mentionStartingAt(k + 2) : undefined);
    const held = ofState ? org?.kind === 'country' || org?.kind === 'countryRef' : org?.kind === 'org';
    if ((person?.kind === 'person' || (person?.kind === 'pronoun' && person.first === 0)) && isPerson(person.entity) && held && org!.entity && !c.doubtful(j - 3, k)) {
      const past = /ed$|^ran$/.test(c.word(k)) && !['has', 'have'].includes(c.word(k - 1));
      out.push(c.fact(person!.entity!, 'holdsRole', org!.entity!, 0.7, { role, status: past ? 'former' : 'current' }));
    }
  }
  return out;
}

// A government named after the person at its head, and the title that implies.
const GOVERNMENT_NOUNS = new Map([
  ['government', 'head of government'], ['cabinet', 'head of government'], ['administration', 'president'], ['regime', 'leader'],
]);

/**
 * "the Obama administration", "Merkel's government", "the Assad regime": the person leads the
 * state's government. Which state is left to the document (as for "President X told parliament"),
 * and only when nothing else in the article gives the person a role.
 */
export function governmentTitles(c: SentenceContext, titles: TitleOnly[]): void {
  for (let k = 1; k < c.words.length; k++) {
    const role = GOVERNMENT_NOUNS.get(c.word(k));
    if (!role) continue;
    const possessive = c.word(k - 1) === "'s";
    const person = c.mentionEndingAt(possessive ? k - 1 : k);
    if (person?.kind !== 'person' || !person.entity || (!possessive && c.word(person.first - 1) !== 'the')) continue;
    titles.push({ role, holder: '', person: person.entity, kind: 'head_of_gov', status: 'current', ctx: c, unlessTitled: true });
  }
}

// Words between a possessive and its party that leave the party the person's: "Erdogan's ruling AKP".
// (Tokens split at hyphens: "center-right" is read as center, -, right.)
const PARTY_MODIFIERS = new Set(['ruling', 'governing', 'opposition', 'conservative', 'liberal', 'socialist', 'nationalist', 'center', 'centre', 'right', 'left', 'wing', 'far', 'own', 'new', 'populist']);

/** "Merkel's Christian Democrats", "Erdogan's ruling AKP": a party named as a person's is the one the person leads. */
export function partyLeaderFacts(c: SentenceContext): Fact[] {
  const out: Fact[] = [];
  for (let k = 1; k < c.words.length; k++) {
    if (c.word(k) !== "'s") continue;
    const person = c.mentionEndingAt(k);
    if (person?.kind !== 'person' || !person.entity) continue;
    let j = k + 1;
    while (j < c.words.length && j - k <= 3 && !c.mentionAt(j) && (PARTY_MODIFIERS.has(c.word(j)) || c.word(j) === '-')) j++;
    const party = c.mentionStartingAt(j);
    if (party?.kind === 'org' && party.orgKind === 'party' && party.entity) {
      out.push(c.fact(person.entity, 'holdsRole', party.entity, 0.6, { role: 'leader', status: 'current' }));
    }
  }
  return out;
}

// Verbs by which someone takes charge of a ministry: "X takes over the finance ministry", "X moves to the economy ministry"
const TAKES = new Set(['takes', 'take', 'took', 'taking', 'won', 'wins', 'gets', 'got', 'keeps', 'kept', 'retains', 'retained', 'heads', 'head', 'headed', 'runs', 'moves', 'moved']);

/**
 * "X, a former mayor of Y, takes over the finance ministry", "X moves to the economy ministry": X
 * is its minister ("finance minister"), for the state the document settles. The subject is the
 * person the sentence opens with, no other person named before the verb.
 */
export function ministryTitles(c: SentenceContext, titles: TitleOnly[]): void {
  const subject = c.mentions.find((m) => m.first === 0);
  if (subject?.kind !== 'person' || !isPerson(subject.entity)) return;
  for (let k = 2; k < c.words.length; k++) {
    if (c.word(k) !== 'ministry') continue;
    let j = k;
    const portfolio: string[] = [];
    while (j > 0 && portfolio.length < 2 && c.sentence.tokens[j - 1].kind === 'word' && !c.sentence.tokens[j - 1].upper && !c.mentionAt(j - 1) && c.word(j - 1) !== 'the') portfolio.unshift(c.word(--j));
    if (!portfolio.length || c.word(j - 1) !== 'the') continue;
    let v = j - 2;
    if (/^(over|to)$/.test(c.word(v))) v--;
    if (!TAKES.has(c.word(v))) continue;
    if (c.mentions.some((m) => m !== subject && m.first < v && (m.kind === 'person' || m.kind === 'pronoun'))) continue;
    titles.push({ role: `${portfolio.join(' ')} minister`, holder: '', person: subject.entity!, kind: 'minister', status: 'current', ctx: c, at: subject.first });
  }
}
