// Who holds which role where. The forms read (one sentence at a time):
//   [former] [Japan|Japanese|Japan's] Prime Minister Fumio Kishida [of Japan]
//   the then Japanese PM, Shinzo Abe
//   Fumio Kishida, Japan's prime minister, ...   /   X, the German chancellor
//   X, who is / was / became (the) Japan's prime minister
//   the prime minister of Japan, Fumio Kishida
//   the Russian spokesperson said ...   (a title alone: the person who holds it in the article)
// The holder of the role is a country (by name, demonym, capital, possessive, "of X") or an
// organization; a role in a body of a state ("foreign ministry spokesperson") points at the body.
import type { Fact } from '../../model.ts';
import type { Resolved } from '../entities/coreference.ts';
import { SentenceContext, isPerson, personAt } from './context.ts';
import { holderAfter, holderKey, localGovernment, placeAfter, skipOrgNoun, skipPlace } from './holders.ts';
import type { TitleOnly } from '../document/role-inference.ts';
import { LINKS, personAfter, subjectBefore } from './role-subject.ts';
import { companionOf, itsHolder, memoryOf, orgRefHolder, personOwner, remember, successionTitles } from '../document/role-owners.ts';
import { governmentTitles, headVerbFacts, ministryTitles, partyLeaderFacts } from './leadership.ts';
import { BODY_HEADS, FORMER_MARKERS, LEFT_BOUNDARIES, NON_NAMES, ROLE_PREFIXES, TITLE_MODIFIERS, TRANSPARENT } from '../grammar.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
// roles whose holder, when not stated, is the state body named in the same sentence
const BODY_ROLES = new Set(['spokesperson', 'ambassador', 'official', 'envoy', 'press secretary']);

interface RoleHead {
  label: string;
  /** A word such as "government" stood between holder and title: the role is a state's. */
  ofState: boolean;
  status: 'current' | 'former';
  holderBefore?: string;
  /** Token index where the role's noun phrase starts (modifiers, holder included). */
  npStart: number;
  /** "his foreign minister", "Kim's foreign minister": the person whose own title's country it is. */
  owner?: string;
}

// -ed/-ing words that qualify a title rather than act as verbs: "the country's sitting president"
const PARTICIPLE_ADJECTIVES = new Set(['sitting', 'reigning', 'ruling', 'governing', 'acting', 'elected', 'embattled', 'designated', 'appointed', 'respected', 'leading', 'founding', 'serving']);

// Titles of companies and institutions, which a demonym before them does not own.
const NATIONALITY_TITLES = new Set(['director', 'chief executive', 'chairman', 'chair', 'vice chairman', 'founder', 'chief operating officer', 'chief financial officer']);

// Generic titles that take their portfolio from capitalized words before them: "Immigration Minister".
const PORTFOLIO_ROLES = new Set(['minister', 'commissioner', 'secretary']);

// Words before "minister" that qualify the person rather than name a portfolio: "the country's new minister"
const NOT_PORTFOLIO = new Set(['new', 'incoming', 'top', 'senior', 'junior', 'current', 'sitting', 'first', 'last', 'only', 'own', 'then']);
// Ordinals and superlatives that rank the holder among a title's holders: "Italy's first woman prime minister"
const RANKS = new Set(['other', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'youngest', 'oldest', 'longest-serving']);

const isPortfolioWord = (w: string) => !NOT_PORTFOLIO.has(w) && !FORMER_MARKERS.has(w) && !ROLE_PREFIXES.has(w) && !TITLE_MODIFIERS.has(w) && !LINKS.has(w) && !NON_NAMES.has(w) && !/(ed|ing|ly)$/.test(w);

const MAX_PORTFOLIO = 4;

/** "minister of infrastructure and transport": a lowercase portfolio said after the title, which the title's label keeps. */
function portfolioAfter(c: SentenceContext, k: number): string {
  if (!/^(of|for)$/.test(c.word(k))) return '';
  const words: string[] = [];
  for (let j = k + 1; j < c.words.length && words.length < MAX_PORTFOLIO; j++) {
    const t = c.sentence.tokens[j];
    if (t.kind !== 'word' || t.upper || c.mentionAt(j) || (!isPortfolioWord(c.word(j)) && c.word(j) !== 'and')) break;
    words.push(c.word(j));
  }
  while (words.at(-1) === 'and') words.pop();
  return words.length && words[0] !== 'the' ? ` ${c.word(k)} ${words.join(' ')}` : '';
}

function readHead(c: SentenceContext, r: Resolved, mem: ReturnType<typeof memoryOf>): RoleHead {
  let label = r.role!.label;
  let status: RoleHead['status'] = 'current';
  let k = r.first;
  let holderBefore: string | undefined;
  let owner: string | undefined;
  let adjectives = 0;
  // "government spokesman": a title that names the state's government in itself
  let ofState = /^government\b/i.test(r.text);
  if (PORTFOLIO_ROLES.has(label)) {
    const words: string[] = [];
    while (k > 0 && words.length < 3 && !c.mentionAt(k - 1) && c.sentence.tokens[k - 1].upper && !NON_NAMES.has(c.word(k - 1))) words.unshift(c.word(--k));
    // "Russia's natural resources minister": lowercase words between a possessive holder and the title are its portfolio
    if (!words.length) {
      let j = k;
      while (j > 0 && k - j < 2 && c.sentence.tokens[j - 1].kind === 'word' && !c.sentence.tokens[j - 1].upper && !c.mentionAt(j - 1) && isPortfolioWord(c.word(j - 1))) j--;
      if (j < k && c.word(j - 1) === "'s") { words.push(...c.between(j, k)); k = j; }
    }
    if (words.length) label = `${words.join(' ')} ${label}`;
    else if (label === 'minister') label += portfolioAfter(c, r.last);
  }
  // walk left over "the then Pakistani", "former", "Pakistan's", "deputy", "ex-", "Israel's new"
  for (let steps = 0; k > 0 && steps < 7; steps++) {
    const w = c.word(k - 1);
    const m = c.mentionEndingAt(k);
    // "British director David Lean": before a company title a demonym is a nationality, not the holder
    if (m && m.kind === 'demonym' && NATIONALITY_TITLES.has(r.role!.label)) { k = m.first; continue; }
    if (m && !holderBefore && holderKey(m)) { holderBefore = holderKey(m); k = m.first; continue; }
    if (w === "'s" && !holderBefore) {
      const before = c.mentionEndingAt(k - 1);
      const key = holderKey(before) ?? orgRefHolder(before, c, mem);
      if (key) { holderBefore = key; k = before!.first; continue; }
      const person = !owner ? personOwner(c, k) : undefined;
      if (person) { owner = person.entity; k = person.first; continue; }
      break;
    }
    if (w === 'its' && !holderBefore) {
      holderBefore = itsHolder(c, k - 1, mem);
      k--;
      continue;
    }
    if (/^(his|her)$/.test(w) && !holderBefore && !owner) owner = personOwner(c, k)?.entity;
    // "German Football Association (DFB) President X": the name before its acronym holds the title
    if (w === ')' && !holderBefore) {
      const open = c.words.lastIndexOf('(', k - 1);
      const owner = open > 0 && k - open <= 4 ? c.mentionEndingAt(open) : undefined;
      if (holderKey(owner)) { holderBefore = holderKey(owner); k = owner!.first; continue; }
      break;
    }
    if (FORMER_MARKERS.has(w)) { status = 'former'; k--; continue; }
    if (w === '-' && FORMER_MARKERS.has(c.word(k - 2))) { status = 'former'; k -= 2; continue; }
    if (w === '-' && c.word(k - 2) === 'co') { k -= 2; continue; }
    if (ROLE_PREFIXES.has(w)) {
      if (w !== 'acting' && w !== 'interim' && !label.startsWith(w)) label = `${w} ${label}`;
      k--;
      continue;
    }
    if (DETERMINERS.has(w) || TRANSPARENT.has(w)) { ofState ||= TRANSPARENT.has(w); k--; continue; }
    if ((TITLE_MODIFIERS.has(w) || RANKS.has(w) || w === 'new' || w === 'incoming') && !m && adjectives < 2) { adjectives++; k--; continue; }
    // "president and chief executive": the noun phrase starts with the first of the joined titles
    const joined = w === 'and' ? c.mentionEndingAt(k - 1) : undefined;
    if (joined?.kind === 'role') { k = joined.first; continue; }
    // one or two plain adjectives: "new", "incumbent", "powerful"
    const tok = c.sentence.tokens[k - 1];
    if (!holderBefore && adjectives < 2 && tok.kind === 'word' && !tok.upper && !m && !LEFT_BOUNDARIES.has(w) && !LINKS.has(w) && !NON_NAMES.has(w) && (!/(ed|ing)$/.test(w) || PARTICIPLE_ADJECTIVES.has(w)) && w !== 'and') {
      // "foreign ministry spokesperson X": a title in a body of a state is a state's, though the state goes unnamed
      ofState ||= BODY_HEADS.has(w);
      adjectives++;
      k--;
      continue;
    }
    break;
  }
  return { label, status, holderBefore, npStart: k, ofState, owner };
}

/**
 * "Russian Prime Minister Putin and his Japanese counterpart Taro Aso": the counterpart holds the
 * same role as the title named before in the sentence, for the country named with "counterpart".
 * Without a title before it ("Tanaka met her Brazilian counterpart, Ribeiro"), the counterpart
 * holds whatever title the article gives the person whose counterpart he is (settled for the document).
 */
function counterpartFacts(c: SentenceContext, earlier: Fact[], titlesOnly: TitleOnly[]): Fact[] {
  const out: Fact[] = [];
  for (let k = 1; k < c.words.length; k++) {
    if (c.word(k) !== 'counterpart' && c.word(k) !== 'counterparts') continue;
    const owner = c.mentionEndingAt(k) ?? (c.word(k - 1) === "'s" ? c.mentionEndingAt(k - 1) : undefined);
    const holder = holderKey(owner);
    const person = personAfter(c, k + 1) ?? (c.word(k + 1) === ',' ? personAfter(c, k + 2) : undefined);
    if (!holder || !person?.entity) continue;
    // only a title said before "counterpart" is the one it shares ("..., to meet her counterpart X, and then the EU's foreign policy chief Y")
    const titleBefore = c.mentions.some((m) => m.kind === 'role' && m.last <= k);
    const role = titleBefore ? earlier.filter((f) => f.predicate === 'holdsRole' && f.role).pop() : undefined;
    const titled = titlesOnly.filter((t) => t.ctx === c && t.person && t.person !== person.entity).pop();
    if (role) {
      if (person.entity !== role.subject && holder !== role.object) out.push(c.fact(person.entity, 'holdsRole', holder, 0.75, { role: role.role, status: role.status }));
    } else if (titled) {
      out.push(c.fact(person.entity, 'holdsRole', holder, 0.7, { role: titled.role, status: titled.status }));
    } else {
      const other = c.mentions.filter((m) => m.last <= (owner?.first ?? k) && (m.kind === 'person' || m.kind === 'pronoun') && isPerson(m.entity) && m.entity !== person.entity).pop();
      if (other) titlesOnly.push({ role: '', holder, person: person.entity, status: 'current', ctx: c, sameRoleAs: other.entity });
    }
  }
  return out;
}

export function roleFacts(c: SentenceContext, titlesOnly: TitleOnly[]): Fact[] {
  const facts: Fact[] = [...headVerbFacts(c), ...partyLeaderFacts(c)];
  governmentTitles(c, titlesOnly);
  ministryTitles(c, titlesOnly);
  successionTitles(c, titlesOnly);
  const mem = memoryOf(titlesOnly);
  const roles = c.mentions.filter((m) => m.kind === 'role');
  for (const r of roles) {
    const head = readHead(c, r, mem);
    let person: Resolved | undefined;
    let holder = head.holderBefore;
    let confidence = 0.9;
    // Title Name: "Prime Minister Fumio Kishida", "PM, Shinzo Abe"; after a plural title also a dash or
    // a colon: "the Quad foreign ministers — X of the United States, Y of Australia"
    const plural = (/s$/i.test(r.text) && !/s$/.test(r.role!.label)) || /^(heads|chiefs) of\b/i.test(r.text);
    // "the heads of state in the room included:" and a bulleted "- X of Chile" a line: the lines that follow hold it
    if (plural && /^[:]$/.test(c.word(c.words.length - 1))) titlesOnly.push({ role: head.label, holder: '', status: head.status, ctx: c, listUntil: c.index });
    person = personAfter(c, r.last) ?? (c.word(r.last) === ',' || (plural && /^[—–:-]$/.test(c.word(r.last))) ? personAfter(c, r.last + 1) : undefined);
    if (person) {
      const own = holderAfter(c, person.last);
      // with a plural title, "of X" after each name says whose each is ("the Quad ministers")
      holder = plural || own?.key.startsWith('country/') ? own?.key ?? holder : holder ?? own?.key;
      // "Presidents X of Brazil, Y of Russia": each next "Name of Country" holds the same title
      for (let k = own?.end ?? -1; k > 0 && /^(,|and)$/.test(c.word(k)); ) {
        const next = personAfter(c, k + 1) ?? (c.word(k + 1) === 'and' ? personAfter(c, k + 2) : undefined);
        const of = next && holderAfter(c, next.last);
        if (!next || !of) break;
        facts.push(c.fact(next.entity!, 'holdsRole', of.key, 0.8, { role: head.label, status: head.status }));
        k = of.end;
      }
      // "the Deutsche Bank heads X and Y": one organization for the joined names (not a grouping of
      // states: "BRICS foreign ministers X and Y" are each their own country's)
      const org = holder ? c.mentions.find((m) => m.entity === holder) : undefined;
      if (plural && !own && org?.kind === 'org' && org.orgKind !== 'grouping') {
        for (let k = person.last; /^(,|and)$/.test(c.word(k)); ) {
          const next = personAt(c, k + 1) ?? (c.word(k + 1) === 'and' ? personAt(c, k + 2) : undefined);
          if (!next?.entity) break;
          facts.push(c.fact(next.entity, 'holdsRole', org.entity!, 0.8, { role: head.label, status: head.status }));
          k = next.last;
        }
      }
    } else {
      // the prime minister of Japan, Fumio Kishida   /   the president and chief executive of X
      const joined = c.word(r.last) === 'and' ? c.mentionStartingAt(r.last + 1) : undefined;
      // "the deputy leader of the opposition Green Party": "opposition" qualifies the party named after it
      const party = /\bof the opposition$/i.test(r.text) ? c.mentionStartingAt(r.last) : undefined;
      if (party?.kind === 'org' && party.entity) head.label = head.label.replace(/opposition leader$/, 'leader');
      const after = holderAfter(c, r.last, r.role!.label) ?? (joined?.kind === 'role' ? holderAfter(c, joined.last) : undefined) ?? placeAfter(c, r) ??
        (party?.kind === 'org' && party.entity ? { key: party.entity, end: party.last } : undefined);
      if (after) {
        holder ??= after.key;
        let end = skipPlace(c, skipOrgNoun(c, after.end));
        if (/^["”’]$/.test(c.word(end)) && c.word(end + 1) === ',') end++; // the "Bureau", X
        if (c.word(end) === ',' && /^["”’]$/.test(c.word(end + 1))) end++; // the "Bureau," X
        person = personAfter(c, end) ?? (/^[,"”’]$/.test(c.word(end)) ? personAfter(c, end + 1) : undefined);
      }
      // Japan's prime minister at the time, Shinzo Abe
      if (!person && c.between(r.last, r.last + 3).join(' ').match(/^at (the|that) time$/)) {
        person = c.word(r.last + 3) === ',' ? personAt(c, r.last + 4) : undefined;
        if (person) head.status = 'former';
      }
      // Name, [the] [Pakistan's] prime minister   /   Name, who is ... prime minister   /   Name was named ...
      if (!person) {
        const subject = subjectBefore(c, head.npStart);
        // "Lula appointed his ministers": the subject's own people hold the plural title, not he
        if (subject && !(plural && subject.person.entity === head.owner)) {
          person = subject.person;
          if (subject.former) head.status = 'former';
          confidence = 0.85;
        }
      }
    }
    // a mayor, a governor, a state premier belongs to the government of a city or region, never to a country
    if (r.role!.kind === 'local') holder = localGovernment(c, r, head.npStart) ?? (holder?.startsWith('organization/') ? holder : undefined);
    if (person && !holder && BODY_ROLES.has(r.role!.label)) {
      // "at the Russian foreign ministry briefing, spokesperson X said": the body of the sentence
      const body = c.mentions.filter((m) => (m.kind === 'body' || (m.kind === 'org' && m.orgKind === 'body')) && m.last <= r.first).pop();
      if (body?.entity) { holder = body.entity; confidence = 0.75; }
    }
    if (!person) {
      // ("the foreign ministers of Jordan, Iraq and Egypt" are several people, none of them named here)
      if (holder && !plural) titlesOnly.push({ role: head.label, holder, status: head.status, ctx: c });
      continue;
    }
    if (!holder) {
      // "his foreign minister, X", "Biden was joined by adviser X": the country of the owner's title
      const ownerOf = head.owner ?? companionOf(c, person.first);
      const owner = ownerOf !== person.entity ? ownerOf : undefined;
      titlesOnly.push({ role: head.label, holder: '', person: person.entity, kind: head.ofState ? 'official_of_state' : r.role!.kind, status: head.status, ctx: c, at: person.first, ownerOf: owner });
      continue;
    }
    if (holder === person.entity) continue;
    if (c.doubtful(head.npStart - 2, head.npStart)) confidence -= 0.2;
    facts.push(c.fact(person.entity!, 'holdsRole', holder, confidence, {
      role: head.label,
      status: head.status,
      ...(head.status === 'former' ? c.dated(r.first) : {}),
    }));
  }
  remember(mem, c);
  return [...facts, ...bulletFacts(c, titlesOnly), ...counterpartFacts(c, facts, titlesOnly)];
}

/** "- X of Chile": a bulleted line of the list a plural title opened on the line before ("the heads of state included:"). */
function bulletFacts(c: SentenceContext, titlesOnly: TitleOnly[]): Fact[] {
  const list = titlesOnly.findLast((t) => t.listUntil !== undefined);
  if (!list || list.listUntil !== c.index - 1 || !/^[-–—•*]$/.test(c.word(0))) return [];
  list.listUntil = c.index;
  const person = personAfter(c, 1);
  const of = person && holderAfter(c, person.last);
  return person?.entity && of ? [c.fact(person.entity, 'holdsRole', of.key, 0.75, { role: list.role, status: list.status })] : [];
}
