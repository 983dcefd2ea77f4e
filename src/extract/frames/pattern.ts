// The frames' pattern language, compiled from the strings of data/frames/*.json:
//   word            a word (folded): "joined"
//   a|b|c           one of these words
//   ?word, ?a|b     an optional word
//   {name:type}     a slot: one unit of that type (country, grouping, party, org, person, actor, event,
//                   agreement, place, city, issue)
//   {name:type+}    a slot that takes a coordinated list: "A, B and C", "A as well as B"
//   {name:=grouping} a slot the text leaves implicit: the grouping the article named last before the trigger
//                   ("India and Pakistan joined in 2017"); {name:=event}, the event named in the
//                   last few sentences ("Belarus also took part"); {name:=alliance}, the alliance named
//                   last ("the last ally to ratify": an ally is an alliance's member, not a trade bloc's)
//   $               the clause ends here (a comma, a full stop, nothing): "took part $"

//   ~               up to five plain words (adverbs, auxiliaries, numbers: "has formally", "a three-day")
//   ...             up to ten units, names included, within the clause
// The first required word is the trigger: a frame is tried only where its trigger stands.
import type { FactStatus, RelationKind } from '../../model.ts';
import type { SlotType } from './units.ts';

export type Element =
  | { kind: 'word'; alts: Set<string>; optional: boolean }
  | { kind: 'slot'; name: string; type: SlotType; list: boolean; implicit: boolean; alliance?: boolean }
  | { kind: 'gap'; max: number; names: boolean }
  | { kind: 'end' };

/** A frame as data/frames/*.json writes it. */
export interface FrameSpec {
  pattern: string;
  /** "s relation o": the slots that make the fact ("members memberOf group"); a list for several; "p met p" pairs a list's items. */
  fact: string | string[];
  confidence?: number;
  status?: FactStatus;
  planned?: boolean;
  /** Attach the sentence's date nearest the trigger (a visit has a date, a membership is a state). */
  dated?: boolean;
  /** A note on what the frame reads; not used by the engine. */
  example?: string;
}

export interface Frame {
  spec: FrameSpec;
  /** Elements before the trigger, nearest first (read leftwards). */
  left: Element[];
  trigger: Set<string>;
  /** Elements after the trigger, in order. */
  right: Element[];
  facts: Array<{ subject: string; relation: RelationKind; object: string }>;
  /** The words besides the trigger the frame cannot match without (one of each list): a sentence lacking one is not tried. */
  requires: Array<Set<string>>;
}

const SLOT_TYPES = new Set<SlotType>(['country', 'grouping', 'party', 'org', 'person', 'actor', 'event', 'agreement', 'place', 'city', 'issue']);
const RELATIONS = new Set<RelationKind>(['memberOf', 'visited', 'met', 'participatedIn', 'partyTo', 'involvedIn', 'locatedIn']);

function element(token: string, where: string): Element {
  if (token === '~') return { kind: 'gap', max: 5, names: false };
  if (token === '...') return { kind: 'gap', max: 10, names: true };
  if (token === '$') return { kind: 'end' };
  const slot = /^\{(\w+):(=?)(\w+)(\+?)\}$/.exec(token);
  if (slot && slot[2] && slot[3] === 'alliance') return { kind: 'slot', name: slot[1], type: 'grouping', list: false, implicit: true, alliance: true };
  if (slot) {
    const type = slot[3] as SlotType;
    if (!SLOT_TYPES.has(type)) throw new Error(`${where}: unknown slot type "${type}"`);
    if (slot[2] && type !== 'grouping' && type !== 'event') throw new Error(`${where}: only a grouping, an alliance or an event can be implicit ("${token}")`);
    return { kind: 'slot', name: slot[1], type, list: slot[4] === '+', implicit: !!slot[2] };
  }
  if (token.startsWith('{')) throw new Error(`${where}: malformed slot "${token}"`);
  const optional = token.startsWith('?');
  const alts = new Set((optional ? token.slice(1) : token).split('|').map((w) => w.toLowerCase()));
  return { kind: 'word', alts, optional };
}

/** Compiles one frame; throws with the frame's place in the data when it cannot be read. */
export function compileFrame(spec: FrameSpec, where: string): Frame {
  const elements = spec.pattern.trim().split(/\s+/).map((t) => element(t, where));
  const at = elements.findIndex((e) => e.kind === 'word' && !e.optional);
  if (at < 0) throw new Error(`${where}: pattern "${spec.pattern}" has no required word to trigger it`);
  const slots = new Set(elements.flatMap((e) => (e.kind === 'slot' ? [e.name] : [])));
  const facts = (Array.isArray(spec.fact) ? spec.fact : [spec.fact]).map((fact) => {
    const [subject, relation, object, ...rest] = fact.trim().split(/\s+/);
    if (rest.length || !object) throw new Error(`${where}: fact "${fact}" is not "subject relation object"`);
    if (!RELATIONS.has(relation as RelationKind)) throw new Error(`${where}: unknown relation "${relation}"`);
    for (const x of [subject, object]) if (!slots.has(x)) throw new Error(`${where}: fact names slot "${x}" that the pattern lacks`);
    return { subject, relation: relation as RelationKind, object };
  });
  return {
    spec,
    left: elements.slice(0, at).reverse(),
    trigger: (elements[at] as Extract<Element, { kind: 'word' }>).alts,
    right: elements.slice(at + 1),
    facts,
    requires: elements.filter((e, i): e is Extract<Element, { kind: 'word' }> => i !== at && e.kind === 'word' && !e.optional).map((e) => e.alts),
  };
}
