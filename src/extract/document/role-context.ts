// What the article says around a title, for completing a role whose sentence leaves its country
// unsaid: the countries named nearby, the article's own country (its dateline, the country it
// names most), the regions named nearby, the country a person is introduced with ("Hungary's Orban").
import type { Resolved } from '../entities/coreference.ts';
import type { NearbyCountries, NearbyRegions } from './role-inference.ts';

/** "Bolivia's Morales", "Hungary's Orban": the country a person is introduced as belonging to. */
export function possessiveOwners(ms: Resolved[], text: string): Map<string, string[]> {
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
// the share of the article's country mentions that makes a country the article's own
const MOST_NAMED_SHARE = 0.3;

const isCountryMention = (m: Resolved) => !!m.entity?.startsWith('country/') && m.kind !== 'pair';

// "a minister of Turkish descent": a demonym of ancestry names no country the person serves
const ANCESTRY = /^\s*(descent|origin|heritage|extraction|ancestry|roots)\b/i;

/**
 * "LONDON, Oct 25 - ...": the country of the place an article is datelined from. A domestic story
 * names its country seldom once the dateline has set it ("Crosetto becomes defence minister").
 */
export function datelineCountry(first: Resolved[] | undefined, countryOf: Map<string, string>): string | undefined {
  const m = first?.find((x) => x.first === 0);
  if (!m?.entity || !/^[A-Z .'-]+$/.test(m.text)) return undefined;
  if (isCountryMention(m)) return m.entity;
  return countryOf.get(m.entity);
}

/**
 * Countries named around a sentence: the sentence's, then the 3 before and the 1 after, each group
 * most named first; then the article's own (its dateline's, the one it names most).
 */
export function nearbyCountries(bySentence: Map<number, Resolved[]>, text: string, countryOf: Map<string, string> = new Map()): NearbyCountries {
  const isCountry = (m: Resolved) => isCountryMention(m) && !(m.kind === 'demonym' && ANCESTRY.test(text.slice(m.end, m.end + 20)));
  const counts = new Map<string, number>();
  for (const ms of bySentence.values()) for (const m of ms) if (isCountry(m)) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const mostNamed = ranked.filter(([, n]) => n / total >= MOST_NAMED_SHARE).map(([k]) => k);
  const dateline = datelineCountry(bySentence.get(0), countryOf);
  const own = [...(dateline && counts.has(dateline) ? [dateline] : []), ...mostNamed];
  const countriesIn = (sentences: number[]) => [...new Set(sentences.flatMap((j) => (bySentence.get(j) ?? []).filter(isCountry).map((m) => m.entity!)))];
  // a stable sort: ties keep their order of nearness
  const byCount = (keys: string[]) => [...keys].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return (i: number, _person?: string, at?: number): string[] => {
    const order = [i];
    for (let d = 1; d <= NEARBY_BEFORE; d++) order.push(i - d);
    for (let d = 1; d <= NEARBY_AFTER; d++) order.push(i + d);
    // in the sentence, then around it, the country the article names most comes first: "the Dutch government" over a passing "Brussels"
    let here = byCount(countriesIn([i]));
    // with the person's place known, the sentence's countries nearest to the name first ("Finland, ..., represented by President X")
    if (at !== undefined) {
      const ms = (bySentence.get(i) ?? []).filter(isCountry);
      const score = (k: string) => Math.min(...ms.filter((m) => m.entity === k).map((m) => Math.abs(m.first - at)));
      here = [...here].sort((a, b) => score(a) - score(b));
    }
    const around = byCount(countriesIn(order.slice(1)));
    // a country the sentences around only qualify with an adjective ("a British consultant") yields to the article's own
    const named = new Set(order.slice(1).flatMap((j) => (bySentence.get(j) ?? []).filter((m) => isCountry(m) && m.kind !== 'demonym').map((m) => m.entity!)));
    // a domestic story's dateline outweighs a capital named in passing nearby ("an appointment read in Brussels")
    return [...new Set([...here, ...(dateline ? [dateline] : []), ...around.filter((k) => named.has(k)), ...own, ...around])];
  };
}

/** Regions (their governments) named in a sentence, then in the 3 before it, nearest first. */
export function nearbyRegions(bySentence: Map<number, Resolved[]>): NearbyRegions {
  return (i: number): string[] => {
    const keys: string[] = [];
    for (let j = i; j >= i - NEARBY_BEFORE; j--) for (const m of [...(bySentence.get(j) ?? [])].reverse()) if (m.kind === 'region' && m.entity) keys.push(m.entity);
    return [...new Set(keys)];
  };
}
