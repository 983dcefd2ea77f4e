// Meetings: P and Q met / P met (with) his counterpart Q / talks between P and Q /
// P held talks with Q / P and Q held talks / the two leaders met.
import type { Fact } from '../model.ts';
import type { SentenceContext } from './context.ts';
import { keysOf, listBackward, listForward } from './lists.ts';
import { MEET_VERBS, person, skipCounterpart, subjectBefore } from './clause.ts';

export function meetingFacts(c: SentenceContext): Fact[] {
  const facts: Fact[] = [];
  const meet = (a: string[], b: string[], at: number) => {
    for (const x of a) for (const y of b) {
      if (x === y) continue;
      facts.push(c.fact(x, 'met', y, 0.8, c.dated(at)));
    }
  };
  for (let k = 0; k < c.words.length; k++) {
    const w = c.word(k);
    if (MEET_VERBS.has(w) && w !== 'meeting') {
      // P and Q met
      const before = listBackward(c, k, person);
      const keys = keysOf(before.items);
      if (keys.length >= 2 && !c.doubtful(before.edge, k)) {
        keys.forEach((x, i) => meet([x], keys.slice(i + 1), k));
        continue;
      }
      // P met (with) Q / P met his Russian counterpart Q
      let j = k + 1;
      if (c.word(j) === 'with') j++;
      j = skipCounterpart(c, j);
      const objects = listForward(c, j, person);
      const subject = subjectBefore(c, k);
      if (subject && person(subject) && objects.items.length && !c.doubtful(subject.last, k)) meet([subject.entity!], keysOf(objects.items), k);
      continue;
    }
    // P and Q held talks
    if (w === 'talks' && /^(held|hold|holds|holding)$/.test(c.word(k - 1)) && c.word(k + 1) !== 'with') {
      const keys = keysOf(listBackward(c, k - 1, person).items);
      if (keys.length >= 2 && !c.doubtful(k - 4, k)) keys.forEach((x, i) => meet([x], keys.slice(i + 1), k));
      continue;
    }
    // talks / meeting between P and Q; P held talks with Q
    if ((w === 'talks' || w === 'meeting' || w === 'meetings') && (c.word(k + 1) === 'between' || c.word(k + 1) === 'with')) {
      const objects = listForward(c, skipCounterpart(c, k + 2), person);
      const keys = keysOf(objects.items);
      if (c.word(k + 1) === 'between' && keys.length >= 2) keys.forEach((x, i) => meet([x], keys.slice(i + 1), k));
      else if (c.word(k + 1) === 'with' && keys.length) {
        const subject = subjectBefore(c, k);
        if (subject && person(subject) && !c.doubtful(subject.last, k)) meet([subject.entity!], keys, k);
      }
    }
  }
  return facts;
}
