// A head noun without a proper word before it: "a flag-raising ceremony", "the joint statement",
// "a summit in Madrid", "a meeting of foreign ministers", "Finland's accession ceremony" are things
// of their own; "the summit", "the deal", "its first summit" point back at one named before;
// "a bilateral meeting", "telephone calls", "the next summit" are none.
import type { Sentence } from '../../text/sentences.ts';
import { thingWords } from '../../lexicon/thing-words.ts';
import type { Mention } from './mention.ts';
import { makeMention } from './span.ts';
import type { Head } from './thing-heads.ts';
import { NON_NAMES } from '../grammar.ts';
import { complementAfter, type Reading } from './thing-complements.ts';

const DEFINITE = new Set(['the', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'whose', "'s"]);
const OWNERS = ['country', 'metonym', 'demonym', 'org'];

/** The tokens of the hyphenated word around k ("decade-long", "177-page"), or k alone. */
function hyphenWord(r: Reading, k: number): number[] {
  const { t } = r;
  let [x, y] = [k, k];
  while (t[x - 1]?.text === '-' && t[x].glued && t[x - 1].glued && x >= 2) x -= 2;
  while (t[y + 1]?.text === '-' && t[y + 1].glued && t[y + 2]?.glued) y += 2;
  const out = [];
  for (let j = x; j <= y; j += 2) out.push(j);
  return out;
}

/** Does token k say which thing is meant? "flag-raising", "joint" do; "bilateral", "two-day", "decade-long", "first", "possibly" do not. */
function delimits(r: Reading, k: number): boolean {
  const { t, W } = r;
  const tw = thingWords();
  if (t[k].kind !== 'word' || W[k] === 'and' || W[k] === "'s") return false;
  // an adverb says how, a day or a month when, not which: "the possibly decisive vote", "the Tuesday summit"
  const weak = (j: number) => t[j].kind === 'number' || /ly$/.test(W[j]) || NON_NAMES.has(W[j]) || tw.weakModifiers.has(W[j]) || tw.ordinals.has(W[j]) || tw.cardinals.has(W[j]);
  const parts = hyphenWord(r, k);
  const whole = parts.map((j) => W[j]).join('-');
  return !(tw.weakModifiers.has(whole) || parts.some(weak));
}

export function describedThing(s: Sentence, si: number, r: Reading, a: number, h: number, head: Head): Mention | null {
  const { t, W, lexAt } = r;
  const tw = thingWords();
  if (head.kind === 'issue' || tw.namedOnly.has(head.word)) return null;
  const text = (x: number, y: number) => s.text.slice(t[x].start - s.start, t[y - 1].end - s.start);
  let det = W[a - 1] ?? '';
  // "his last summit of EU leaders": another one of a series, named only by what follows
  const other = tw.otherOne.has(det);
  if (other) det = W[a - 2] ?? '';
  if (!DEFINITE.has(det) && !INDEFINITE.has(det) && !POSSESSIVE.has(det)) return null;
  // "of the valid votes" after "52 percent" counts votes
  if (W[a - 2] === 'of' && tw.quantities.has(W[a - 3] ?? '')) return null;
  const content = [];
  for (let k = a; k < head.first; k++) if (delimits(r, k)) content.push(k);
  // "a joint statement", "a video call": the first word of a compound head delimits it
  if (head.first < h) content.push(head.first);
  const ordinal = t.slice(a, head.first).some((_, k) => tw.ordinals.has(W[a + k]));
  const { end, subject, subjectEnd } = complementAfter(r, h, head.kind, head.word);
  // the name without counts and weak words: "coalition agreement" of "177-page coalition agreement",
  // "meeting of foreign ministers" of "two-day meeting of foreign ministers in Brussels"
  const from = ordinal ? a : Math.min(content[0] ?? head.first, head.first);
  const alternates = [text(from, h + 1), text(from, subjectEnd), text(a, subjectEnd), text(from, end)];
  if (tw.standalone.has(head.word)) alternates.push(text(head.first, h + 1));
  const thing = (x: number, y: number) => {
    const name = text(x, y);
    const words = (n: string) => n.split(/\s+/).length;
    // a lone head other than a standalone one ("summit") is no name
    const alts = alternates.filter((n, i) => n !== name && alternates.indexOf(n) === i && (words(n) > 1 || tw.standalone.has(head.word)));
    return makeMention(s, si, x, y, head.kind, { name, alternates: alts });
  };
  if (end > h + 1 || subject) return thing(a, end);
  if (other) return null;
  if (!DEFINITE.has(det) && tw.needsComplement.has(head.word)) return null;
  const owner = det === "'s" ? lexAt.get(a - 2) : undefined;
  if (content.length && owner && OWNERS.includes(owner.kind)) {
    // "Finland's accession ceremony": named by its owner
    alternates.push(text(a, h + 1));
    return thing(owner.first, h + 1);
  }
  if (head.plural && det !== 'the' && !content.length) return null;
  if (tw.organizationLike.has(head.word)) return null;
  // "their first face-to-face meeting" is theirs, not one named: events need more than a possessor
  if (content.length && !(POSSESSIVE.has(det) && head.kind === 'event') && !(head.plural && det !== 'the')) return thing(a, h + 1);
  // "Kim's second summit with the then president": a meeting told by whom it was with is another one
  if (W[h + 1] === 'with') return null;
  if (DEFINITE.has(det) || (POSSESSIVE.has(det) && !content.length)) return makeMention(s, si, a, h + 1, head.kind, { anaphoric: true });
  if (INDEFINITE.has(det) && tw.standalone.has(head.word)) return thing(a, h + 1);
  return null;
}
