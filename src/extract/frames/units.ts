// A shallow reading of one sentence for the frames: its tokens folded into units, each a word or
// a phrase that names an actor. What grammar groups around a name becomes one unit with it:
//   "Russian President Vladimir Putin", "Foreign Minister X", "X of Mali"   → one person unit
//   "the bloc", "the 15-nation bloc's", "its" (before "members")             → one grouping unit
// so that a frame's slot sees "a person", "a list of countries", "a grouping", never the titles.
import type { Resolved } from '../entities/coreference.ts';
import type { SentenceContext } from '../clauses/context.ts';
import { isCountry, isGroup, isPerson, isPlace } from '../clauses/context.ts';
import { personAfter } from '../clauses/role-subject.ts';

export type SlotType = 'country' | 'grouping' | 'party' | 'org' | 'person' | 'actor' | 'event' | 'agreement' | 'place' | 'city' | 'issue';

export interface Unit {
  /** Token range [first, last) in the sentence. */
  first: number;
  last: number;
  /** The folded word (a word unit), or '' for a phrase unit. */
  word: string;
  /** The entity keys a phrase unit stands for (two for "both countries"). */
  keys: string[];
  types: ReadonlySet<SlotType>;
  mention?: Resolved;
  /** The grouping named last before this unit: what a clause's unsaid grouping stands for. */
  grouping?: string;
  /** The alliance named last before this unit: whose "ally" a country is. */
  alliance?: string;
}

/** The grouping named last in the article, for "the bloc", "its members" and the like. */
export interface FrameMemory {
  lastGrouping?: string;
  /** The alliance named last: "the alliance" and "an ally" point at it past a trade bloc named since. */
  lastAlliance?: string;
  /** Which groupings are alliances (the lexicon's alliancesOf): without it, none is. */
  alliances?: ReadonlySet<string>;
  /** The events named so far: how often, and in which sentence first. */
  events?: Map<string, { count: number; sentence: number }>;
  /** Events first met as a description ("did not attend the inauguration"): nothing named stands behind them to guess at. */
  described?: Set<string>;
  /** The event a line ending with a colon names, for the bulleted lines after it ("Among those at the summit were:"). */
  listEvent?: string;
  /** Whether the sentence being read is a bulleted line. */
  bullet?: boolean;
}

// nouns that, after a determiner, point back at a grouping named before
const GROUP_NOUNS = new Set(['bloc', 'alliance', 'grouping', 'organisation', 'organization', 'community', 'union', 'forum', 'group', 'club', 'league', 'coalition', 'partnership', 'body', 'cartel', 'council']);
const GROUP_DETERMINERS = new Set(['the', 'this', 'that']);
const MEMBER_WORDS = new Set(['member', 'members', 'founding', 'founders', 'founder', 'full', 'allies', 'membership', 'ranks', 'states', 'nations', 'countries', 'economies', 'partners']);
// "the 15-nation bloc", "the 21-member forum", "the Western alliance", "the trade bloc": words a group noun may follow
const GROUP_MODIFIER = /^(\d+|[a-z0-9]+-?(nation|member|country|state)|-|nation|member|country|state|western|eastern|military|trade|regional|economic|political|security|defence|defense|transatlantic|african|asian|european|arab|latin|pacific|atlantic|continental|wider|expanded|enlarged|new|informal|grouping|energy|producers|oil)$/;

function typesOf(m: Resolved): Set<SlotType> {
  const t = new Set<SlotType>();
  const keys = m.pair ?? (m.entity ? [m.entity] : []);
  if (!keys.length || m.kind === 'role') return t;
  if (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'personPair') {
    if (keys.every(isPerson)) t.add('person').add('actor');
    return t;
  }
  if (keys.every(isCountry) && ['country', 'metonym', 'countryRef', 'pair'].includes(m.kind)) t.add('country').add('actor').add('place');
  if (m.kind === 'city' || (m.kind === 'metonym' && m.government)) t.add('city').add('place');
  if (m.kind === 'event') t.add('event');
  if (m.kind === 'agreement') t.add('agreement');
  if (m.kind === 'issue') t.add('issue');
  if (isGroup(m.entity) && (m.kind === 'org' || m.kind === 'orgRef' || m.kind === 'body')) {
    t.add('org');
    // a UN council or assembly has member states as a grouping has ("a permanent member of the Security Council")
    if (m.orgKind === 'grouping' || (m.orgKind === 'un-body' && /\b(council|assembly)\b/i.test(m.name ?? m.text))) t.add('grouping');
    if (m.orgKind === 'party') t.add('party');
  }
  if (m.kind === 'demonym' && isCountry(m.entity)) t.add('place');
  if (isPlace(m.entity) && m.kind === 'demonym') t.delete('place');
  return t;
}

const phrase = (first: number, last: number, keys: string[], types: Set<SlotType>, mention?: Resolved): Unit => ({ first, last, word: '', keys, types, mention });
// a word names nothing: every word unit shares one empty key list and type set (a unit per token is many)
const NO_KEYS: string[] = [];
const NO_TYPES: ReadonlySet<SlotType> = new Set();
const wordUnit = (c: SentenceContext, k: number): Unit => ({ first: k, last: k + 1, word: c.word(k), keys: NO_KEYS, types: NO_TYPES });

/** What a sentence tells the memory: bullets and the lists they follow, groupings and events named. */
function lineStart(c: SentenceContext, memory: FrameMemory): void {
  const n = c.words.length;
  memory.bullet = /^[-–•*]$/.test(c.word(0));
  if (!memory.bullet) {
    const named = c.word(n - 1) === ':' ? c.mentions.filter((m) => m.kind === 'event' && m.entity).pop() : undefined;
    memory.listEvent = named?.entity;
  }
}

function remember(m: Resolved, types: ReadonlySet<SlotType>, c: SentenceContext, memory: FrameMemory): void {
  if (types.has('grouping')) memory.lastGrouping = m.entity;
  if (types.has('grouping') && m.entity && memory.alliances?.has(m.entity)) memory.lastAlliance = m.entity;
  // "the summit" is left out: what it points back at is a guess, the names are not; an event the
  // article only ever describes ("the inauguration" of a "was sworn in" lead) is no guess and counts
  if (types.has('event') && m.entity && m.anaphoric && !memory.events?.has(m.entity)) (memory.described ??= new Set()).add(m.entity);
  if (types.has('event') && m.entity && (!m.anaphoric || memory.described?.has(m.entity))) {
    const seen = (memory.events ??= new Map()).get(m.entity);
    memory.events.set(m.entity, { count: (seen?.count ?? 0) + 1, sentence: seen?.sentence ?? c.index });
  }
}

/** The sentence as units, in order. */
export function readUnits(c: SentenceContext, memory: FrameMemory): Unit[] {
  const units: Unit[] = [];
  const n = c.words.length;
  lineStart(c, memory);
  // each turn of the loop reads one unit; the grouping named before it is noted as the turn starts
  const before: Array<string | undefined> = [];
  const beforeAlliance: Array<string | undefined> = [];
  for (let k = 0; k < n; ) {
    before.push(memory.lastGrouping);
    beforeAlliance.push(memory.lastAlliance);
    const m = c.mentionStartingAt(k);
    // a title (with the country or body it names) before a person is the person's: "Turkish Foreign Minister X"
    const title = titledPerson(c, k);
    if (title) {
      // the holder of the title is named too ("NATO Secretary-General X" names NATO)
      for (let j = k; j < title.person.first; ) {
        const h = c.mentionStartingAt(j);
        if (!h) { j++; continue; }
        remember(h, typesOf(h), c, memory);
        j = h.last;
      }
      const last = ofCountry(c, title.last);
      units.push(phrase(k, last, title.person.pair ?? [title.person.entity!], typesOf(title.person), title.person));
      k = last;
      continue;
    }
    // "Colonel X", "Sheikh Y": a rank or an honorific before a name is the person's, as a title is,
    // so that a list of ranked names reads as one ("X of Mali, Captain Y of Niger and General Z")
    const ranked = m ? undefined : personAfter(c, k);
    if (ranked && ranked.first > k) {
      const last = ofCountry(c, ranked.last);
      units.push(phrase(k, last, ranked.pair ?? [ranked.entity!], typesOf(ranked), ranked));
      k = last;
      continue;
    }
    if (m) {
      let last = m.last;
      const types = typesOf(m);
      if (types.has('person')) last = ofCountry(c, last);
      remember(m, types, c, memory);
      const unit = phrase(k, last, m.pair ?? (m.entity ? [m.entity] : []), types, m);
      // a one-word mention is a word too: "his" is skipped like any word between a verb and its object
      if (last === k + 1) unit.word = c.word(k);
      units.push(unit);
      k = last;
      continue;
    }
    const ref = groupingRef(c, k, memory);
    if (ref) { units.push(ref); k = ref.last; continue; }
    const compound = hyphenated(c, k);
    if (compound > k + 1) {
      units.push({ ...wordUnit(c, k), last: compound, word: c.words.slice(k, compound).join('') });
      k = compound;
      continue;
    }
    units.push(wordUnit(c, k));
    k++;
  }
  // a clause's unsaid grouping is one named before it: "Leaders of A and B, joined by the EU," are not the EU's
  units.forEach((u, i) => { u.grouping = before[i]; u.alliance = beforeAlliance[i]; });
  return units;
}

/** "X of Mali": the country says who the person is, it is not a second actor; the token after it. */
function ofCountry(c: SentenceContext, k: number): number {
  const m = c.word(k) === 'of' ? c.mentionStartingAt(k + 1) : undefined;
  return m && isCountry(m.entity) && m.kind !== 'pair' ? m.last : k;
}

/** "three-day", "co-chaired": plain words glued by hyphens are one word; the token after the compound. */
function hyphenated(c: SentenceContext, k: number): number {
  const t = c.sentence.tokens;
  let j = k + 1;
  while (t[j]?.text === '-' && t[j].glued && t[j + 1]?.glued && t[j + 1].kind !== 'punct' && !c.mentionAt(j + 1)) j += 2;
  return t[k].kind === 'punct' ? k + 1 : j;
}

/** [holder] title [title] person, where the person's mention starts after the titles. */
function titledPerson(c: SentenceContext, k: number): { person: Resolved; last: number } | undefined {
  let j = k;
  const first = c.mentionStartingAt(j);
  if (!first) return undefined;
  if (first.kind !== 'role') {
    if (!['country', 'demonym', 'metonym', 'org', 'body'].includes(first.kind)) return undefined;
    if (c.mentionStartingAt(first.last)?.kind !== 'role') return undefined;
    j = first.last;
  }
  for (let steps = 0; steps < 3; steps++) {
    const r = c.mentionStartingAt(j);
    if (r?.kind === 'role') { j = r.last; continue; }
    if (c.word(j) === ',' && steps === 0 && c.mentionStartingAt(j + 1) && typesOf(c.mentionStartingAt(j + 1)!).has('person')) { j++; continue; }
    break;
  }
  const p = c.mentionStartingAt(j);
  if (!p || !typesOf(p).has('person') || j === k) return undefined;
  return { person: p, last: p.last };
}

/** "the bloc", "the 15-nation bloc('s)", "its" before member words: the grouping named last. */
function groupingRef(c: SentenceContext, k: number, memory: FrameMemory): Unit | undefined {
  const g = memory.lastGrouping;
  if (!g) return undefined;
  const w = c.word(k);
  if ((w === 'its' || w === 'their') && [1, 2, 3].some((d) => MEMBER_WORDS.has(c.word(k + d)))) {
    return phrase(k, k + 1, [g], new Set<SlotType>(['grouping', 'org']));
  }
  if (!GROUP_DETERMINERS.has(w)) return undefined;
  let j = k + 1;
  while (j < k + 5 && GROUP_MODIFIER.test(c.word(j)) && !c.mentionAt(j)) j++;
  if (!GROUP_NOUNS.has(c.word(j)) || c.mentionAt(j)) return undefined;
  let last = j + 1;
  if (c.word(last) === "'s") last++;
  const key = c.word(j) === 'alliance' ? memory.lastAlliance ?? g : g;
  return phrase(k, last, [key], new Set<SlotType>(['grouping', 'org']));
}
