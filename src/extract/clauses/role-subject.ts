// Who a title is said of when the name comes first: "X, the prime minister", "X, who was named
// prime minister", "X stays on as defence secretary", "X was sworn in on Saturday as prime minister",
// "- X (Greens) - finance minister" (a line of a cabinet list), "Johnson made him chancellor".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolved } from '../entities/coreference.ts';
import { isPerson, personAt, type SentenceContext } from './context.ts';
import { DATA_DIR } from '../../lexicon/index.ts';
import { HONORIFICS } from '../grammar.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs and adverbs between a subject and the title said of it. */
export const LINKS = set(`
  is was became becomes become remains remain remained named appointed elected as be been had has have will would
  now currently also still already again once back returns returned return stays stayed stay on
  made makes make promoted named appoints appointed sworn in took takes over serve served serves serving
  is being
`);

// Time said between the verb and the title: "sworn in on Saturday as", "served four times as", "served in 2019 as"
const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
const COUNTS = set(`once twice two three four five six seven several many times`);

// Verbs of leaving a post, said with "as": "X stepped down as chairman" held it before.
const LEAVING = new Map([['stepped down', true], ['steps down', true], ['resigned', true], ['resigns', true], ['quit', true], ['retired', true]]);

export interface Subject {
  person: Resolved;
  /** The verb says the post was left ("resigned as"). */
  former: boolean;
}

const MAX_GAP = 8;

/**
 * The person a title starting at token npStart is said of, reading leftwards over link verbs,
 * times, "who", an apposition's comma or dash and a parenthesised party, never over another
 * mention (but an object pronoun: "made him chancellor").
 */
export function subjectBefore(c: SentenceContext, npStart: number): Subject | undefined {
  let k = npStart;
  let former = false;
  let gap = 0;
  while (k > 0 && gap <= MAX_GAP) {
    const w = c.word(k - 1);
    const two = c.between(k - 2, k).join(' ');
    const m = c.mentionEndingAt(k);
    if (m && (m.kind === 'person' || m.kind === 'pronoun') && isPerson(m.entity)) {
      // a sentence's first pronoun, or one right after a verb ("made him"), is a subject or an object of the title
      if (k < npStart && (m.kind === 'person' || m.first === 0 || /^(him|her)$/.test(w))) return { person: m, former };
      return undefined;
    }
    if (c.mentionAt(k - 1)) return undefined;
    if (LEAVING.has(two)) { former = true; k -= 2; gap += 2; continue; }
    if (LEAVING.has(w)) { former = true; k--; gap++; continue; }
    // "X served as her vice chancellor": a post held before ("has served" is held still)
    if (w === 'served' && !/^(has|have)$/.test(c.word(k - 2))) former = true;
    if (LINKS.has(w) || w === 'who' || w === 'himself' || w === 'herself') { k--; gap++; continue; }
    // "X, who founded the party in 1994 and served four times as prime minister": the second verb's
    // subject is the relative clause's, read over its first verb and what that verb names
    if (w === 'and' && gap > 0) {
      const who = clauseWho(c, k - 1);
      if (who !== undefined) { k = who + 1; gap++; continue; }
    }
    if (WEEKDAYS.has(w) || COUNTS.has(w) || /^\d{4}$/.test(w)) {
      // "on Saturday", "in 2019", "four times": the preposition goes with it
      k--;
      gap++;
      if (/^(on|in|from|since)$/.test(c.word(k - 1))) { k--; gap++; }
      continue;
    }
    // "X, the prime minister" / "X (Greens) - finance minister" / "X — CEO of Y"
    if (/^[,(—–-]$/.test(w)) {
      k--;
      if (c.word(k - 1) === ')') {
        const open = c.words.lastIndexOf('(', k - 1);
        if (open < 0 || k - open > 6) return undefined;
        k = open;
      }
      const before = c.mentionEndingAt(k);
      if (before && before.kind === 'person' && isPerson(before.entity)) return { person: before, former };
      // "X, whose party took 9 percent, becomes deputy prime minister": a relative clause set off by commas is read over
      const relative = w === ',' ? relativeStart(c, k) : undefined;
      if (relative !== undefined) { k = relative; gap++; continue; }
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

const CLAUSE_REACH = 16;

/** The "who" that opens the clause whose first verb phrase ends at token k ("who founded X in 1994 | and"). */
function clauseWho(c: SentenceContext, k: number): number | undefined {
  for (let j = k - 1; j >= 0 && k - j <= CLAUSE_REACH; j--) {
    const w = c.word(j);
    if (w === 'who') return j;
    if (/^[.;:,()—–]$/.test(w) || w === 'and') return undefined;
  }
  return undefined;
}
// verbs that make a stretch between commas a clause of its own, not an apposition
const CLAUSE_VERBS = set(`is was are were became becomes said says has have had will would`);

/**
 * The start of a stretch set off by commas that ends at the comma at token k, right after a person:
 * a relative clause ("X, whose party took 9 percent, becomes ...") or an apposition that opens with
 * an article, an age or a possessive ("X, 45, ...", "X, a former mayor of Y, takes over ...").
 */
function relativeStart(c: SentenceContext, k: number): number | undefined {
  let j = k - 1;
  while (j > 1 && k - j <= CLAUSE_REACH && c.word(j) !== ',') j--;
  if (c.word(j) !== ',' || j === k - 1) return undefined;
  const before = c.mentionEndingAt(j);
  if (before?.kind !== 'person' || !isPerson(before.entity)) return undefined;
  const open = c.word(j + 1);
  if (/^(whose|who)$/.test(open)) return j + 1;
  const opener = c.mentionStartingAt(j + 1);
  const apposition = /^(a|an|the|himself|herself|\d+)$/.test(open) || (!!opener && c.word(opener.last) === "'s");
  return apposition && !c.between(j + 1, k).some((w) => CLAUSE_VERBS.has(w)) ? j + 1 : undefined;
}

// Words of rank and address between a title and a name: "Prime Minister Sheikh X", "Minister Dr. X", "Brigadier General X"
const NAME_TITLES = new Set([...HONORIFICS, ...readFileSync(join(DATA_DIR, 'honorifics.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)]);
const MAX_HONORIFICS = 3;

/** The person whose name starts at token k, past the honorifics before it ("Sheikh", "Dr.", "Brigadier General", "Prince"). */
export function personAfter(c: SentenceContext, k: number): Resolved | undefined {
  for (let n = 0, j = k; n <= MAX_HONORIFICS; n++) {
    const p = personAt(c, j);
    if (p) return p;
    const m = c.mentionStartingAt(j);
    // a rank the lexicon reads as a title of its own ("Prince") stands for an honorific here
    const rank = m ? m.kind === 'role' && m.role?.kind === 'royal' && m.last === j + 1 : NAME_TITLES.has(c.word(j)) && c.sentence.tokens[j]?.upper;
    if (!rank) return undefined;
    j++;
    if (c.word(j) === '.') j++;
  }
  return undefined;
}
