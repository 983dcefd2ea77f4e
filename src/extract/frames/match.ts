// Runs one compiled frame at one trigger: the elements after it are read rightwards, those
// before it leftwards, each slot filled with a unit (or a coordinated list of units) of its type.
// Gaps are tried shortest first, so a slot takes the nearest fitting phrase.
import type { Element, Frame } from './pattern.ts';
import type { SlotType, Unit } from './units.ts';

export interface Match {
  slots: Map<string, string[]>;
  /** Bracketed clauses the match jumped over, [from, to] inclusive: their negations are their own. */
  skipped: Array<[number, number]>;
  /** The units the match spans, [from, to] inclusive. */
  from: number;
  to: number;
}

// where a clause ends: a gap never crosses these
const BOUNDARIES = new Set([';', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'where', '"', '“', '”', 'said', 'says', 'told']);
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '—', '–', 'and', 'but']);
const PUNCT = /^[^\p{L}\p{N}]+$/u;
// what joins the items of a list, read in either direction
const JOINERS = [[','], ['and'], [',', 'and'], ['&'], ['as', 'well', 'as'], ['plus'], ['…'], [',', '…', 'and'], ['…', 'and'], ['and', 'the'], [',', 'the'], [',', 'and', 'the'], ['and', 'with'], [',', 'as', 'well', 'as']];
const JOINERS_LEFTWARDS = JOINERS.map((j) => [...j].reverse());

const POSSESSIVES = new Set(['his', 'its', 'their', 'our', 'my', 'your']);
const AFTER_OBJECT = new Set(['in', 'on', 'at', 'for', 'to', 'with', 'and', 'after', 'before', 'during', 'last', 'this', 'next', 'again', 'twice', 'briefly', 'there']);
// "met his counterpart": a possessive determiner fills no slot; "met her in Rome" is an object, "her counterpart" is not
function possessive(units: Unit[], k: number): boolean {
  const u = units[k];
  if (u.mention?.kind !== 'pronoun') return false;
  if (POSSESSIVES.has(u.word)) return true;
  const next = units[k + 1];
  return u.word === 'her' && !!next && !!next.word && !PUNCT.test(next.word) && !AFTER_OBJECT.has(next.word) && next.types.size === 0;
}

// the longest list a slot takes: more than any grouping's members ("all 33 member states"), and it keeps
// a run-on text (one "sentence" of thousands of names) from costing the square of its length
const MAX_LIST = 60;
const MAX_APPOSITION = 16;

// a possessive may own what follows ("her arrival in Rome", read leftwards) but is never an object
const fits = (units: Unit[], k: number, type: SlotType, dir: 1 | -1) => !!units[k] && units[k].types.has(type) && (dir === -1 || !possessive(units, k));

/** The first unit in [from, to) that is the word w, or -1 (a bounded look, not a scan of the sentence). */
function nextWord(units: Unit[], w: string, from: number, to: number): number {
  for (let i = from; i < Math.min(to, units.length); i++) if (units[i].word === w) return i;
  return -1;
}

/**
 * The ways a list can be read from `pos` in direction `dir`, longest first: the position after it and
 * the keys of its items. Shorter readings let what follows the list have its item ("with A, B said").
 */
function readList(units: Unit[], pos: number, dir: 1 | -1, type: SlotType): Array<{ next: number; keys: string[] }> {
  if (!fits(units, pos, type, dir)) return [];
  const items = [units[pos].keys];
  let next = pos + dir;
  const readings: Array<{ next: number; keys: string[] }> = [];
  for (;;) {
    // "Turkey (a NATO member)": a parenthesis after an item is skipped when reading rightwards
    if (dir === 1 && units[next]?.word === '(') {
      const close = nextWord(units, ')', next + 1, next + 8);
      if (close > 0) next = close + 1;
    }
    // read leftwards, the items came last first
    readings.push({ next, keys: (dir === 1 ? [...items] : [...items].reverse()).flat() });
    // "met A, their first encounter in years, as well as B and C": an apposition between items is read over
    if (dir === 1 && units[next]?.word === ',') {
      const close = nextWord(units, ',', next + 2, next + MAX_APPOSITION + 1);
      const between = close > 0 ? units.slice(next + 1, close) : [];
      if (close > 0 && !between.some((x) => x.word === ';' || x.types.has(type)) && ['as', 'and'].includes(units[close + 1]?.word ?? '')) next = close;
    }
    const joined = (dir === 1 ? JOINERS : JOINERS_LEFTWARDS).filter((j) => j.every((w, i) => units[next + i * dir]?.word === w));
    const after = joined.map((j) => next + j.length * dir).find((p) => fits(units, p, type, dir));
    if (after === undefined || items.length >= MAX_LIST) return readings.reverse();
    items.push(units[after].keys);
    next = after + dir;
  }
}

/** What a slot the text leaves unsaid stands for. */
export interface Implicit {
  grouping?: string;
  alliance?: string;
  event?: string;
}

/** What one match gathers as it goes: the slots filled, what the text left unsaid, the clauses jumped over. */
interface State {
  slots: Map<string, string[]>;
  implicit: Implicit;
  skipped: Array<[number, number]>;
}

function step(units: Unit[], els: Element[], i: number, pos: number, dir: 1 | -1, st: State): number | undefined {
  if (i === els.length) return pos;
  const e = els[i];
  const u = units[pos];
  switch (e.kind) {
    case 'word': {
      if (u && u.word && e.alts.has(u.word)) {
        const end = step(units, els, i + 1, pos + dir, dir, st);
        if (end !== undefined) return end;
      }
      return e.optional ? step(units, els, i + 1, pos, dir, st) : undefined;
    }
    case 'slot': {
      if (e.implicit) {
        const key = e.type === 'event' ? st.implicit.event : e.alliance ? st.implicit.alliance : st.implicit.grouping;
        if (!key) return undefined;
        st.slots.set(e.name, [key]);
        return step(units, els, i + 1, pos, dir, st);
      }
      const readings = e.list ? readList(units, pos, dir, e.type) : fits(units, pos, e.type, dir) ? [{ next: pos + dir, keys: u!.keys }] : [];
      for (const read of readings) {
        // a possessor ends no clause: "welcomed X's return" welcomes the return, not X
        if (dir === 1 && i === els.length - 1 && units[read.next]?.word === "'s" && (e.type === 'person' || e.type === 'actor')) return undefined;
        st.slots.set(e.name, read.keys);
        const end = step(units, els, i + 1, read.next, dir, st);
        if (end !== undefined) return end;
        st.slots.delete(e.name);
      }
      return undefined;
    }
    case 'end': {
      const w = units[pos]?.word;
      return w === undefined || CLAUSE_ENDS.has(w) ? step(units, els, i + 1, pos, dir, st) : undefined;
    }
    case 'gap': {
      let commas = 0;
      for (let g = 0; g <= e.max; g++) {
        if (g > 0) {
          const passed = units[pos + (g - 1) * dir];
          if (!passed || BOUNDARIES.has(passed.word)) return undefined;
          // a plain-word gap takes the hyphen of "three-day", and, leftwards, the comma closing an apposition ("Iran's minister, X, flew")
          const comma = passed.word === ',' && dir === -1 && commas++ === 0;
          // a phrase that names no actor ("South African", a title) is a modifier like any word
          const modifier = !passed.word && passed.types.size === 0 && !!passed.mention;
          if (!e.names && !comma && !modifier && (!passed.word || (PUNCT.test(passed.word) && passed.word !== '-') || (passed.types.size > 0 && passed.mention?.kind !== 'pronoun'))) return undefined;
        }
        const at = pos + g * dir;
        const end = step(units, els, i + 1, at, dir, st);
        if (end !== undefined) return end;
        // "X, whose country is not a member, flew to Y": a bracketed clause between a subject and its
        // verb; two in a row ("X, her adviser, who led the talks, flew")
        let open = dir === -1 ? parenthetical(units, at) : undefined;
        for (let hops = 0; open !== undefined && hops < 2; hops++) {
          const after = step(units, els, i + 1, open - 1, dir, st);
          if (after !== undefined) { st.skipped.push([open, at]); return after; }
          open = parenthetical(units, open);
        }
      }
      return undefined;
    }
  }
}

// what may open a clause set off by commas between a subject and its verb
const PARENTHETICAL_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an', 'the', 'himself', 'herself', 'now', 'then', 'also', 'both']);
const MAX_PARENTHETICAL = 16;

/** Reading leftwards from a closing comma at `close`: the opening comma of ", who ... ,", if there is one. */
function parenthetical(units: Unit[], close: number): number | undefined {
  if (units[close]?.word !== ',') return undefined;
  for (let j = close - 1; j > 0 && close - j <= MAX_PARENTHETICAL; j--) {
    const w = units[j].word;
    if (w === ';' || w === '"' || w === '“' || w === '”') return undefined;
    if (w !== ',') continue;
    const first = units[j + 1];
    // ", who ...", ", a former ...", ", Chile's foreign minister,", ", the president's envoy,"
    const opens = PARENTHETICAL_OPENERS.has(first.word) || first.mention?.kind === 'role' || units[j + 2]?.word === "'s" ||
      (first.types.has('person') && first.last - first.first > 0 && j + 2 < close);
    return opens && j + 1 < close ? j : undefined;
  }
  return undefined;
}

/** The frame's match at the trigger unit t, if its slots can all be filled. */
export function matchAt(frame: Frame, units: Unit[], t: number, implicit: Implicit = {}): Match | undefined {
  const st: State = { slots: new Map(), implicit, skipped: [] };
  const to = step(units, frame.right, 0, t + 1, 1, st);
  if (to === undefined) return undefined;
  const from = step(units, frame.left, 0, t - 1, -1, st);
  if (from === undefined) return undefined;
  return { slots: st.slots, skipped: st.skipped, from: from + 1, to: to - 1 };
}
