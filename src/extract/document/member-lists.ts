// Document-level: a bulleted list under a line that announces a grouping's members names one member
// a line. Round-ups of a summit list them so: "the heads of state of member countries included:"
// then "- X of Chile", "- Y of Peru"; or a heading that counts them as the grouping's name does
// ("THE SEVEN" after the Group of Seven summit). Each bullet's first country is a member of the
// grouping the article named last before the list. No sentence of a bullet says "member", so no
// frame of one sentence can read this.
import type { Fact } from '../../model.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { Resolved } from '../entities/coreference.ts';
import { isCountry } from '../clauses/context.ts';
import { isGrouping } from './member-offices.ts';

const BULLET = /^\s*[-–•*]\s/;
// "member countries included:", "its members are:", "the member states present were:"
const MEMBERS_OPENER = /\bmembers?\b[^:]*:\s*$/i;
// a heading that counts: "THE SEVEN", "THE 20"
const COUNT_HEADING = /^\s*THE\s+([A-Z]+|\d+)\s*$/;
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
// country mentions that name the country itself (not "both countries", not a pronoun)
const COUNTRY_KINDS = new Set(['country', 'demonym', 'metonym']);

const count = (word: string): number | undefined => {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBERS.indexOf(word.toLowerCase());
  return n > 1 ? n : undefined;
};

/** The numbers a grouping's names hold: 7 for "G7" and "Group of Seven". */
function namedCounts(key: string, lex: Lexicon): Set<number> {
  const o = lex.orgs.get(key.slice('organization/'.length));
  const out = new Set<number>();
  for (const name of [o?.name, o?.full, ...(o?.aliases ?? [])]) {
    for (const w of (name ?? '').split(/[^A-Za-z0-9]+|(?<=[A-Za-z])(?=\d)/)) {
      const n = count(w);
      if (n !== undefined) out.add(n);
    }
  }
  return out;
}

export function memberLists(sentences: Sentence[], mentions: Resolved[], lex: Lexicon): Fact[] {
  const bySentence = new Map<number, Resolved[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const facts: Fact[] = [];
  // the groupings named so far, the last named last
  const named: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (const m of bySentence.get(i) ?? []) if (m.entity && isGrouping(m.entity, lex)) named.push(m.entity);
    const text = sentences[i].text;
    const heading = COUNT_HEADING.exec(text);
    // a counting heading names the grouping that its number names, whichever was named since
    const n = heading ? count(heading[1]) : undefined;
    const grouping = MEMBERS_OPENER.test(text) ? named.at(-1) : n ? named.findLast((g) => namedCounts(g, lex).has(n)) : undefined;
    if (!grouping) continue;
    for (let j = i + 1; j < sentences.length && BULLET.test(sentences[j].text); j++) {
      const s = sentences[j];
      const country = (bySentence.get(j) ?? []).find((m) => COUNTRY_KINDS.has(m.kind) && isCountry(m.entity));
      if (country) facts.push({ subject: country.entity!, predicate: 'memberOf', object: grouping, confidence: 0.65, evidence: { start: s.start, end: s.end, text: s.text } });
    }
  }
  return facts;
}
