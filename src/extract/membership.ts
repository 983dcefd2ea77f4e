// Countries in groupings, only where the text says so:
//   X and Y are (both) members of the A, B, C grouping   /   X is a member state of A
//   X joined A   /   X became A's 32nd member
//   A members X, Y and Z   /   the five A nations — X, Y, ...   /   A member states such as X
// Never from co-occurrence; a negation or hedge in the clause ("is not a member") blocks it.
import type { Fact } from '../model.ts';
import type { Resolved } from './coreference.ts';
import { SentenceContext, isCountry, isGroup } from './context.ts';
import { keysOf, listBackward, listForward } from './lists.ts';

const MEMBER_NOUNS = new Set(['member', 'members']);
const COLLECTIVE = new Set(['states', 'countries', 'nations', 'economies', 'governments']);
const LINKS = new Set(['are', 'is', 'was', 'were', 'remain', 'remains', 'became', 'become', 'becomes', 'been', 'has', 'have', 'as', 'both', 'all', 'a', 'an', 'the', 'full', 'founding', 'permanent', 'fellow', 'also', 'now', 'already', 'still']);
const INTRO = new Set(['—', '–', ':', ',', 'such', 'as', 'including', 'like', 'namely', 'of', 'which', 'are']);
const GROUP_NOUNS = new Set(['grouping', 'groupings', 'bloc', 'blocs', 'alliance', 'group', 'organisation', 'organization', 'forum']);

const countryish = (m: Resolved) => isCountry(m.entity) || !!m.pair;
const grouping = (m: Resolved) => (m.kind === 'org' || (m.kind === 'orgRef' && m.orgKind === 'grouping')) && isGroup(m.entity);

export function membershipFacts(c: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const add = (subjects: string[], groups: string[], confidence: number, at: number) => {
    for (const s of subjects) for (const g of groups) {
      facts.push(c.fact(s, 'memberOf', g, confidence, c.dated(at)));
    }
  };
  for (let k = 0; k < c.words.length; k++) {
    const w = c.word(k);
    // X ... members of A, B, C
    if (MEMBER_NOUNS.has(w)) {
      let j = k + 1;
      if (COLLECTIVE.has(c.word(j))) j++;
      if (c.word(j) === 'of') {
        const groups = listForward(c, j + 1, grouping);
        if (!groups.items.length) continue;
        let i = k;
        while (i > 0 && LINKS.has(c.word(i - 1)) && !c.mentionEndingAt(i)) i--;
        if (c.word(i - 1) === ',' && !c.mentionEndingAt(i)) i--; // "India, a member of the SCO,"
        const subjects = listBackward(c, i, countryish);
        if (!subjects.items.length || c.doubtful(subjects.edge, k)) continue;
        // being a member is a state, not an event: no date (a year nearby belongs to something else)
        for (const sub of keysOf(subjects.items)) for (const g of keysOf(groups.items)) facts.push(c.fact(sub, 'memberOf', g, 0.9));
        continue;
      }
    }
    // X joined A
    if (w === 'joined' || w === 'joins') {
      const group = c.mentionStartingAt(k + 1) ?? (c.word(k + 1) === 'the' ? c.mentionStartingAt(k + 2) : undefined);
      if (!group || !grouping(group)) {
        // A, which X joined in 2017
        const joiner = c.mentionEndingAt(k);
        let j = joiner ? joiner.first : -1;
        if (!joiner || !countryish(joiner) || !/^(which|that)$/.test(c.word(j - 1))) continue;
        j--;
        if (c.word(j - 1) === ',') j--;
        const named = c.mentionEndingAt(j);
        if (named && grouping(named) && !c.doubtful(joiner.first, k)) add(keysOf([joiner]), [named.entity!], 0.85, k);
        continue;
      }
      let i = k;
      while (i > 0 && /^(has|have|had|formally|officially|finally|also|then|later|which|that|who)$/.test(c.word(i - 1))) i--;
      if (c.word(i - 1) === ',') i--; // Iran, which joined the SCO
      const subjects = listBackward(c, i, countryish);
      if (subjects.items.length && !c.doubtful(subjects.edge, k)) add(keysOf(subjects.items), [group.entity!], 0.85, k);
      continue;
    }
    const m = c.mentionStartingAt(k);
    if (!m || !grouping(m)) continue;
    // X became A's 32nd member
    if (c.word(m.last) === "'s" && [1, 2].some((d) => MEMBER_NOUNS.has(c.word(m.last + d)))) {
      let i = m.first;
      while (i > 0 && LINKS.has(c.word(i - 1)) && !c.mentionEndingAt(i)) i--;
      const subjects = listBackward(c, i, countryish);
      if (subjects.items.length && !c.doubtful(subjects.edge, m.first)) add(keysOf(subjects.items), [m.entity!], 0.85, k);
      continue;
    }
    // A, which includes X, Y and Z / A comprises X and Y
    let q = m.last;
    if (c.word(q) === ',') q++;
    if (c.word(q) === 'which' || c.word(q) === 'that') q++;
    if (/^(includes|included|comprises|comprised|groups|grouped)$/.test(c.word(q))) {
      const members = listForward(c, q + 1, countryish);
      if (members.items.length >= 2 && !c.doubtful(m.first, q)) add(keysOf(members.items), [m.entity!], 0.8, k);
      continue;
    }
    // A members X, Y / the five A nations — X, Y / A member states such as X
    let j = m.last;
    // the lexicon may know the collective form itself: "BRICS nations"
    const collectiveInName = COLLECTIVE.has(c.word(m.last - 1)) || MEMBER_NOUNS.has(c.word(m.last - 1));
    if (collectiveInName) j--;
    while (GROUP_NOUNS.has(c.word(j))) j++;
    if (!MEMBER_NOUNS.has(c.word(j)) && !COLLECTIVE.has(c.word(j))) continue;
    j++;
    if (COLLECTIVE.has(c.word(j))) j++;
    let steps = 0;
    while (INTRO.has(c.word(j)) && steps++ < 3) j++;
    const members = listForward(c, j, countryish);
    const hasList = members.items.length >= 1 && (MEMBER_NOUNS.has(c.word(j - 1)) || MEMBER_NOUNS.has(c.word(m.last)) || members.items.length >= 2 || steps > 0);
    if (hasList && !c.doubtful(m.first - 3, m.first)) add(keysOf(members.items), [m.entity!], 0.8, k);
  }
  return facts;
}
