// Facts as the frame tests write them: "Subject predicate[qualifiers] Object", with the status of
// a membership that does not hold now, "planned" and the mode ("virtual") as qualifiers.
import { extract } from '../../src/pipeline.ts';
import type { Extraction, Fact } from '../../src/model.ts';

export function facts(ex: Extraction): string[] {
  const label = (k: string) => ex.entities.find((e) => e.key === k)?.label ?? k;
  const q = (f: Fact) => [f.status && f.status !== 'current' && f.predicate !== 'holdsRole' ? f.status : '', f.planned ? 'planned' : '', f.mode ?? ''].filter(Boolean).join(',');
  return ex.facts.map((f) => `${label(f.subject)} ${f.predicate}${q(f) ? `[${q(f)}]` : ''} ${label(f.object)}`);
}

/** The facts of one invented article. */
export const read = (text: string) => facts(extract({ id: 't', text }));
