// Document-level: several readers (hand-written and frames) may read the same fact in one sentence.
// One fact per (subject, predicate, role, object, sentence) is kept: the most confident reading,
// the dated one of equals, and planned if any reading found it planned.
import type { Fact } from '../../model.ts';

export function dedupe(facts: Fact[]): Fact[] {
  const best = new Map<string, Fact>();
  for (const f of facts) {
    const key = `${f.subject}|${f.predicate}|${f.role ?? ''}|${f.object}|${f.evidence.start}`;
    const prev = best.get(key);
    // the frames read modality ("will visit") that older readers do not: a planned reading stays planned
    const planned = prev?.planned || f.planned;
    if (!prev || f.confidence > prev.confidence || (f.confidence === prev.confidence && !prev.date && f.date)) best.set(key, planned ? { ...f, planned } : f);
    else if (planned && !prev.planned) best.set(key, { ...prev, planned });
  }
  return [...best.values()];
}
