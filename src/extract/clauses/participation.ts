// Participation in events:
//   ... for the E / on the sidelines of the E / P attended (took part in, was part of, hosted) the E
//   the E saw the participation of X, Y and Z / the E involving X / hosted by X / the annual X-Y summit
import type { Fact } from '../../model.ts';
import type { Resolved } from '../entities/coreference.ts';
import { SentenceContext, isCountry } from './context.ts';
import { keysOf, listBackward, listForward } from './lists.ts';
import { MEET_VERBS, cueAt, person, skipCounterpart, subjectBefore, travellerBefore } from './clause.ts';

const PARTICIPATE_CUES: string[][] = [
  ['attended'], ['attend'], ['attends'], ['attending'], ['took', 'part', 'in'], ['take', 'part', 'in'], ['taking', 'part', 'in'],
  ['participated', 'in'], ['participate', 'in'], ['participates', 'in'], ['part', 'of'], ['engaging', 'under'],
  ['engaging', 'in'], ['engaged', 'in'], ['hosted'], ['hosts'], ['hosting'], ['host'], ['for'], ['at'], ['sidelines', 'of'],
];
const LIST_CUES: string[][] = [
  ['participation', 'of'], ['involving'], ['attended', 'by'], ['hosted', 'by'], ['brought', 'together', 'leaders', 'of'],
  ['brought', 'together'], ['leaders', 'of'], ['including'], ['with'],
];
export function participationFacts(c: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const events = c.mentions.filter((m) => m.kind === 'event' && m.entity);
  const join = (subjects: string[], event: string, confidence: number, at: number) => {
    for (const s of subjects) {
      facts.push(c.fact(s, 'participatedIn', event, confidence, c.dated(at)));
    }
  };
  for (const e of events) {
    // the countries an event is named after: "the annual India-Russia summit"
    const named = c.mentions
      .filter((m) => m !== e && m.first >= e.first && m.last <= e.last && isCountry(m.entity) && (c.word(m.last) === '-' || c.word(m.first - 1) === '-'))
      .map((m) => m.entity!);
    join([...new Set(named)], e.entity!, 0.8, e.first);
    // a cue right before the event, its subject on the left
    let j = e.first;
    if (c.word(j - 1) === 'the') j--;
    for (const cue of PARTICIPATE_CUES) {
      const at = j - cue.length;
      if (at < 0 || !cueAt(c, at, cue)) continue;
      let subject: Resolved | undefined;
      if (cue[0] === 'sidelines') {
        const met = c.words.slice(0, at).findLastIndex((w) => MEET_VERBS.has(w) && w !== 'meeting');
        if (met >= 0) {
          // both sides of the meeting: "X met Y on the sidelines of", "X and Y met on the sidelines of"
          let after = met + 1;
          if (c.word(after) === 'with') after++;
          const people = [...listBackward(c, met, person).items, ...listForward(c, skipCounterpart(c, after), person).items];
          if (people.length) { join(keysOf(people), e.entity!, 0.8, e.first); break; }
          subject = subjectBefore(c, met);
        }
      } else subject = cue[0] === 'for' || cue[0] === 'at' ? travellerBefore(c, at) : subjectBefore(c, at);
      if ((cue[0] === 'for' || cue[0] === 'at') && !(subject && person(subject))) break;
      if (subject && !c.doubtful(subject.last, at)) join(subject.pair ?? [subject.entity!], e.entity!, cue[0] === 'for' || cue[0] === 'at' ? 0.7 : 0.8, e.first);
      break;
    }
    // the event, then a list of participants: "saw the participation of X, Y and Z"
    for (let k = e.last; k < Math.min(c.words.length, e.last + 6); k++) {
      const cue = LIST_CUES.find((q) => cueAt(c, k, q));
      if (!cue) continue;
      const list = listForward(c, skipCounterpart(c, k + cue.length), (m) => isCountry(m.entity) || person(m));
      if (list.items.length >= (cue[0] === 'with' || cue[0] === 'including' ? 2 : 1)) join(keysOf(list.items), e.entity!, 0.75, k);
      break;
    }
  }
  return facts;
}
