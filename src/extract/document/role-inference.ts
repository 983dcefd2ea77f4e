// Role facts the text leaves incomplete, completed at the level of the document: a title
// without its holder's name, a holder without the title's country.
import type { Fact } from '../../model.ts';
import type { SentenceContext } from '../clauses/context.ts';
import { datelineCountry } from './role-context.ts';
import { memoryOf, officersOrganization } from './role-owners.ts';

/** A title met without its holder's name: resolved against the article's other role facts. */
export interface TitleOnly {
  role: string;
  /** The country or organization, or '' when only the person is known ("former prime minister X"). */
  holder: string;
  person?: string;
  /** The role's kind (head_of_state, minister...), for inferring a missing holder. */
  kind?: string;
  status: 'current' | 'former';
  ctx: SentenceContext;
  /** Token where the person's name stands, for weighing the countries of the sentence by nearness. */
  at?: number;
  /** A plural title that opens a bulleted list: the index of the list's last line read so far. */
  listUntil?: number;
  /** Implied, not stated ("the Obama administration"): kept only when the article gives the person no role. */
  unlessTitled?: boolean;
  /** "his Turkish counterpart, X": X holds, for `holder`, the title this person holds (role left ''). */
  sameRoleAs?: string;
  /** "her predecessor, X": with `sameRoleAs`, X held that person's title for the same holder. */
  succession?: boolean;
  /** "his foreign minister, X": the title is for the country where this person holds a title of his own. */
  ownerOf?: string;
}

/** The country sentences around a position name, nearest first: the same sentence, then before, then after. */
export type NearbyCountries = (sentence: number, person: string, at?: number) => string[];

/** The governments of the regions named in a sentence and the ones before it, nearest first. */
export type NearbyRegions = (sentence: number) => string[];

/** What the article names around a title, for completing it. */
export interface Surroundings {
  countries?: NearbyCountries;
  regions?: NearbyRegions;
  /** The country of a city (a visit to Berlin is a visit to Germany). */
  countryOf?: Map<string, string>;
}

// Roles that belong to a state: when the text does not say which, the state the article
// names around the person is a good guess; organization roles (CEO, chairman) are not guessed.
// (Not a king or a queen: news name a monarch's country when it matters, and a monarch named
// without one is most often a visitor's host or a figure of history.)
const STATE_KINDS = new Set(['head_of_state', 'head_of_gov', 'minister', 'diplomat', 'official_of_state']);

/**
 * Document-level completion of role facts:
 * - "the Russian spokesperson said": the one person whose same title the text left without a holder holds it for this one;
 * - "former prime minister X": the country all the article's other prime ministers belong to;
 * - "Prime Minister X told parliament": a state role without its state takes the nearest country the
 *   article names that X does not visit and whose same role nobody else holds; "state premier X" the
 *   nearest region's government;
 * - "his Turkish counterpart, X": X holds the other person's title, for Turkey;
 * - "the Obama administration": a role only when the article gives the person no other.
 */
export function resolveTitlesOnly(titles: TitleOnly[], facts: Fact[], around: Surroundings = {}): Fact[] {
  const { countries: nearby, regions: nearbyRegions, countryOf = new Map<string, string>() } = around;
  const out: Fact[] = [];
  // role facts by role label, kept up to date as inferred ones are added
  const byRole = new Map<string, Fact[]>();
  const addRole = (f: Fact) => {
    if (f.predicate !== 'holdsRole' || !f.role) return;
    if (!byRole.has(f.role)) byRole.set(f.role, []);
    byRole.get(f.role)!.push(f);
  };
  facts.forEach(addRole);
  const visitedBy = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.predicate !== 'visited') continue;
    if (!visitedBy.has(f.subject)) visitedBy.set(f.subject, new Set());
    // a visit to Berlin is a visit to Germany
    visitedBy.get(f.subject)!.add(f.object);
    const country = countryOf.get(f.object);
    if (country) visitedBy.get(f.subject)!.add(country);
  }
  const stated = new Set(facts);
  const titled = new Set(facts.filter((f) => f.predicate === 'holdsRole').map((f) => f.subject));
  // the countries a person holds other roles in: "Scholz served as her vice chancellor" in the article that made him chancellor
  const countriesOf = new Map<string, string[]>();
  const addCountry = (f: Fact) => {
    if (f.predicate !== 'holdsRole' || !f.object.startsWith('country/')) return;
    countriesOf.set(f.subject, [...(countriesOf.get(f.subject) ?? []), f.object]);
  };
  facts.forEach(addCountry);
  const push = (f: Fact) => { out.push(f); addRole(f); addCountry(f); titled.add(f.subject); };
  // counterparts of someone whose title the text states; then every title; then counterparts of inferred titles
  const counterparts = titles.filter((x) => x.sameRoleAs);
  const settle = (t: TitleOnly, pool: Fact[]) => {
    const mine = pool.filter((f) => f.predicate === 'holdsRole' && f.subject === t.sameRoleAs && f.role && f.object !== t.holder);
    // a predecessor held the owner's title of state, the surest one first
    const theirs = t.succession ? mine.filter((f) => f.object.startsWith('country/')).sort((a, b) => b.confidence - a.confidence)[0] : mine[0];
    if (!theirs || byRole.get(theirs.role!)?.some((f) => f.subject === t.person)) return false;
    if (t.succession) push(t.ctx.fact(t.person!, 'holdsRole', theirs.object, 0.6, { role: theirs.role, status: 'former' }));
    else push(t.ctx.fact(t.person!, 'holdsRole', t.holder, 0.6, { role: theirs.role, status: theirs.status }));
    return true;
  };
  const pending = counterparts.filter((t) => !settle(t, facts));
  // whose counterpart someone is, that person is not of the counterpart's country
  const notOf = new Map<string, Set<string>>();
  for (const t of counterparts) {
    if (t.succession) continue;
    if (!notOf.has(t.sameRoleAs!)) notOf.set(t.sameRoleAs!, new Set());
    notOf.get(t.sameRoleAs!)!.add(t.holder);
  }
  for (const t of [...titles.filter((x) => !x.unlessTitled && !x.sameRoleAs && x.listUntil === undefined), ...titles.filter((x) => x.unlessTitled)]) {
    const sameRole = byRole.get(t.role) ?? [];
    if (t.person) {
      if (sameRole.some((f) => f.subject === t.person) || (t.unlessTitled && titled.has(t.person))) continue;
      const others = sameRole.filter((f) => f.subject !== t.person);
      const places = new Set(others.map((f) => f.object));
      // a kingdom has one king at a time: a former one is not of the current one's country
      if (REIGNING.has(t.role)) {
        const country = monarchsCountry(t, memoryOf(titles).first, countryOf, visitedBy.get(t.person), others);
        if (country) push(t.ctx.fact(t.person, 'holdsRole', country, 0.5, { role: t.role, status: t.status }));
        continue;
      }
      // (not for someone the article gives a country's title of his own: "then-vice president X", its president now)
      if (t.status === 'former' && places.size === 1 && !countriesOf.get(t.person)?.length) {
        push(t.ctx.fact(t.person, 'holdsRole', [...places][0], 0.6, { role: t.role, status: t.status }));
        continue;
      }
      // "state premier X": the region the article names around him
      if (t.kind === 'local' && nearbyRegions) {
        const region = nearbyRegions(t.ctx.index).find((r) => !others.some((f) => f.object === r && f.status === t.status));
        if (region) push(t.ctx.fact(t.person, 'holdsRole', region, 0.5, { role: t.role, status: t.status }));
        continue;
      }
      // "his foreign minister, X": the country of the owner's own title
      const owned = t.ownerOf ? ownersCountry(t.ownerOf, [...facts, ...out]) : undefined;
      if (owned && !others.some((f) => f.object === owned && f.status === t.status)) {
        push(t.ctx.fact(t.person, 'holdsRole', owned, 0.6, { role: t.role, status: t.status }));
        continue;
      }
      const organization = officersOrganization(t.role, t.ctx, t.at ?? 0, memoryOf(titles));
      if (organization && !others.some((f) => f.object === organization && f.status === t.status)) {
        push(t.ctx.fact(t.person, 'holdsRole', organization, 0.5, { role: t.role, status: t.status }));
        continue;
      }
      // "spokesperson X said Beijing had ...": the government a spokesperson speaks for, in the words said
      const spoken = SPEAKERS.has(t.role) ? spokenFor(t) : undefined;
      if (spoken && !others.some((f) => f.object === spoken && f.status === t.status)) {
        push(t.ctx.fact(t.person, 'holdsRole', spoken, 0.5, { role: t.role, status: t.status }));
        continue;
      }
      if (!nearby || !STATE_KINDS.has(t.kind ?? '')) continue;
      const visited = visitedBy.get(t.person) ?? new Set<string>();
      const taken = new Set(others.filter((f) => f.status === t.status).map((f) => f.object));
      // "President X, Australian Prime Minister Y and ...": a country whose title someone holds later in the sentence is theirs
      const theirs = theirsLater(t, facts);
      const country = [...(countriesOf.get(t.person) ?? []), ...nearby(t.ctx.index, t.person, t.at)].find((c) => !visited.has(c) && !taken.has(c) && !theirs.has(c) && !notOf.get(t.person!)?.has(c));
      if (country) push(t.ctx.fact(t.person, 'holdsRole', country, t.unlessTitled ? 0.4 : 0.5, { role: t.role, status: t.status }));
      continue;
    }
    // the one person whose same title the text left without a holder (or gave this one): not someone
    // the text says holds it elsewhere ("Turkish Foreign Minister X" is not "the Swiss foreign minister")
    const holders = new Set(sameRole.filter((f) => !stated.has(f) || f.object === t.holder).map((f) => f.subject));
    if (holders.size !== 1) continue;
    const [person] = holders;
    push(t.ctx.fact(person, 'holdsRole', t.holder, 0.7, { role: t.role, status: t.status }));
  }
  for (const t of pending) settle(t, [...facts, ...out]);
  return out;
}

// Titles of those who speak for a government
const SPEAKERS = new Set(['spokesperson', 'deputy spokesperson', 'press secretary']);

/** The country a speaker's words name first, right after "said" ("X said Beijing had"): whose voice the speaker is. */
function spokenFor(t: TitleOnly): string | undefined {
  const c = t.ctx;
  for (let k = t.at ?? 0; k < c.words.length - 1; k++) {
    if (!/^(said|says|told|stressed|insisted)$/.test(c.word(k))) continue;
    const m = c.mentionStartingAt(k + 1) ?? (c.word(k + 1) === 'that' ? c.mentionStartingAt(k + 2) : undefined);
    return m && (m.kind === 'metonym' || m.kind === 'country') && m.entity?.startsWith('country/') ? m.entity : undefined;
  }
  return undefined;
}

// Titles of a reigning monarch, whose country is guessed only from close by (see STATE_KINDS)
const REIGNING = new Set(['king', 'queen', 'emir', 'sultan', 'emperor', 'grand duke', 'monarch']);

/**
 * "Bahrain followed after Trump spoke with King X": a monarch's country is the one his own sentence
 * is about (it opens the sentence), else the dateline's ("LONDON - ... by King X"); never one he
 * visits or whose same title someone else holds.
 */
function monarchsCountry(t: TitleOnly, first: SentenceContext | undefined, countryOf: Map<string, string>, visited: Set<string> = new Set(), others: Fact[] = []): string | undefined {
  const free = (k?: string) => !!k && !visited.has(k) && !others.some((f) => f.object === k && f.status === t.status);
  const subject = t.ctx.mentions.find((m) => m.first === 0 && m.kind === 'country');
  if (free(subject?.entity)) return subject!.entity;
  const dateline = datelineCountry(first?.mentions, countryOf);
  return free(dateline) ? dateline : undefined;
}

/** The country where a person holds a title, the surest reading first. */
function ownersCountry(person: string, facts: Fact[]): string | undefined {
  return facts.filter((f) => f.predicate === 'holdsRole' && f.subject === person && f.object.startsWith('country/')).sort((a, b) => b.confidence - a.confidence)[0]?.object;
}

/** Countries of the title's sentence named only after the person, as the holder of someone else's title there. */
function theirsLater(t: TitleOnly, facts: Fact[]): Set<string> {
  const out = new Set<string>();
  if (t.at === undefined) return out;
  const { ctx } = t;
  for (const f of facts) {
    if (f.predicate !== 'holdsRole' || f.subject === t.person || f.evidence.start !== ctx.sentence.start) continue;
    const named = ctx.mentions.filter((m) => m.entity === f.object);
    if (named.length && named.every((m) => m.first > t.at!)) out.add(f.object);
  }
  return out;
}
