// Phrases that point back at entities named before: "both countries", "the two sides" (a pair of
// countries), "the two leaders" (a pair of people), "the country", "the alliance".
import type { Resolved } from './coreference.ts';

const PAIR_WINDOW = 4; // sentences to look back for the two countries of "both countries"

// "both countries", "the two sides": two countries the sentence itself named before, else the
// last pair the text coordinated ("India and Pakistan", "India-Pakistan"), else the last two named.
export function resolvePairs(ms: Resolved[], text: string): void {
  const isC = (m: Resolved) => !!m.entity?.startsWith('country/') && m.kind !== 'pair';
  ms.forEach((m, i) => {
    if (m.kind !== 'pair') return;
    // the countries named in the window before the mention, in text order (walking back stays local)
    const before: Resolved[] = [];
    for (let j = i - 1; j >= 0 && m.sentence - ms[j].sentence <= PAIR_WINDOW; j--) if (isC(ms[j])) before.unshift(ms[j]);
    const distinct = (list: Resolved[]) => [...new Set(list.map((p) => p.entity!))];
    // "the three neighbours": the last sentence that names exactly that many countries, a list
    const n = m.count ?? 2;
    if (n > 2) {
      for (let s = m.sentence; s >= m.sentence - PAIR_WINDOW; s--) {
        const named = distinct(before.filter((p) => p.sentence === s));
        if (named.length === n) { m.pair = named; return; }
      }
      return;
    }
    const here = distinct(before.filter((p) => p.sentence === m.sentence));
    if (here.length >= 2) { m.pair = [here[here.length - 2], here[here.length - 1]]; return; }
    for (let j = before.length - 1; j > 0; j--) {
      const [a, b] = [before[j - 1], before[j]];
      if (a.sentence === b.sentence && a.entity !== b.entity && /^\s*(and|-|–|\/)\s*$/.test(text.slice(a.end, b.start))) {
        m.pair = [a.entity!, b.entity!];
        return;
      }
    }
    const recent = distinct(before);
    if (recent.length >= 2) m.pair = [recent[recent.length - 2], recent[recent.length - 1]];
  });
}

const COUNTRY_REF_WINDOW = 3;

// What "the alliance", "the party", "the company" can refer back to: the kinds of organization each noun names.
const STATE_BODIES = new Set(['grouping', 'body', 'un-body', 'court']);
function refers(noun: string, org: Resolved): boolean {
  if (/^(alliance|bloc|grouping)$/.test(noun)) return org.orgKind === 'grouping';
  if (noun === 'party') return org.orgKind === 'party';
  if (/^(organisation|organization)$/.test(noun)) return org.orgKind === 'grouping' || !STATE_BODIES.has(org.orgKind ?? '');
  return !STATE_BODIES.has(org.orgKind ?? '') && org.orgKind !== 'party';
}

/** "the country": the country named last; "the alliance", "the party", "the company": the last organization of that kind. */
export function resolveCountryRefs(ms: Resolved[]): void {
  let country: Resolved | undefined;
  const orgs: Resolved[] = [];
  for (const m of ms) {
    if (m.kind === 'countryRef') {
      if (country && m.sentence - country.sentence <= COUNTRY_REF_WINDOW) m.entity = country.entity;
    } else if (m.kind === 'orgRef') {
      const noun = m.text.split(/\s+/).pop()!.toLowerCase();
      const org = orgs.findLast((o) => refers(noun, o));
      if (org && m.sentence - org.sentence <= COUNTRY_REF_WINDOW) { m.entity = org.entity; m.orgKind = org.orgKind; }
    } else if (m.entity?.startsWith('country/') && m.kind !== 'pair') country = m;
    else if (m.kind === 'org' && m.entity) orgs.push(m);
  }
}

/** "the two leaders", "both ministers": the last two people named, within a few sentences. */
export function resolvePersonPairs(ms: Resolved[]): void {
  ms.forEach((m, i) => {
    if (m.kind !== 'personPair') return;
    const found: string[] = [];
    for (let j = i - 1; j >= 0 && found.length < 2; j--) {
      const p = ms[j];
      if (m.sentence - p.sentence > PAIR_WINDOW) break;
      if (p.kind === 'person' && p.entity && !found.includes(p.entity)) found.push(p.entity);
    }
    if (found.length === 2) m.pair = [found[1], found[0]];
  });
}
