// Relations read by frames: each way of saying a relation is a pattern in data/frames/*.json,
// run over the sentence's units (units.ts) by a small matcher (match.ts). Qualifiers the clause
// carries are read here, the same for every frame:
//   negation and hedges ("did not attend", "is not a member", "could join")  → no fact
//   modality ("will visit", "is expected to attend", "plans to")             → planned
//   a planned membership ("is set to join")                                   → prospective
//   "by video link", "virtually", "online"                                    → mode virtual
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact } from '../../model.ts';
import { DATA_DIR } from '../../lexicon/index.ts';
import type { SentenceContext } from '../clauses/context.ts';
import { denies } from '../grammar.ts';
import { compileFrame, type Frame, type FrameSpec } from './pattern.ts';
import { matchAt, type Implicit, type Match } from './match.ts';
import { readUnits, type FrameMemory, type Unit } from './units.ts';

export type { FrameMemory } from './units.ts';

export interface FrameSet {
  /** Frames by trigger word. */
  byTrigger: Map<string, Frame[]>;
  size: number;
}

/** Compiles frame specs (one file's worth, or several) into a set indexed by trigger. */
export function compileFrames(files: Array<{ name: string; frames: FrameSpec[] }>): FrameSet {
  const byTrigger = new Map<string, Frame[]>();
  let size = 0;
  for (const file of files) {
    file.frames.forEach((spec, i) => {
      const frame = compileFrame(spec, `${file.name}: frame ${i + 1}`);
      size++;
      for (const w of frame.trigger) byTrigger.set(w, [...(byTrigger.get(w) ?? []), frame]);
    });
  }
  return { byTrigger, size };
}

/** The frames of data/frames/ (or another folder). */
export function loadFrames(dir = join(DATA_DIR, 'frames')): FrameSet {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { frames: FrameSpec[] };
    if (!Array.isArray(data.frames)) throw new Error(`${join(dir, name)}: no "frames" list`);
    return { name: join(dir, name), frames: data.frames };
  });
  return compileFrames(files);
}

let shared: FrameSet | undefined;
/** data/frames/, compiled on first use and shared afterwards. */
export function frames(): FrameSet {
  return (shared ??= loadFrames());
}

const PLANNED = new Set(['will', "'ll", 'shall', 'plans', 'plan', 'planned', 'planning', 'expected', 'due', 'scheduled', 'set', 'would', 'intends', 'intend', 'aims', 'hopes', 'hope', 'wants', 'upcoming', 'next']);
const SEEKING = new Set(['invited', 'invitation', 'invite', 'invites', 'applied', 'apply', 'applies', 'application', 'bid', 'candidacy', 'seeks', 'seeking', 'sought', 'aspires', 'aspiring', 'wants', 'hopes', 'hoping']);
const VIRTUAL = new Set(['virtually', 'online', 'remotely', 'video']);
// words before a trigger that still belong to its clause ("has not yet formally joined")
const LOOKBACK = 4;

/** Every fact the frames read in one sentence. */
export function frameFacts(c: SentenceContext, memory: FrameMemory, set: FrameSet = frames()): Fact[] {
  const units = readUnits(c, memory);
  const facts: Fact[] = [];
  let present: Set<string> | undefined;
  let virtual: boolean | undefined;
  // plain loops: this runs on every unit of every sentence
  for (let t = 0; t < units.length; t++) {
    const u = units[t];
    const candidates = u.word ? set.byTrigger.get(u.word) : undefined;
    if (!candidates) continue;
    present ??= new Set(units.map((x) => x.word));
    virtual ??= c.words.some((w) => VIRTUAL.has(w));
    const unsaid = implicitAt(memory, units, t);
    for (const frame of candidates) {
      if (!possible(frame, present)) continue;
      const m = matchAt(frame, units, t, unsaid);
      if (!m) continue;
      const qualifiers = qualify(units, m.skipped, m.from, m.to, t, virtual);
      if (qualifiers) facts.push(...factsOf(c, frame, m, qualifiers, u.first));
    }
  }
  return facts;
}

/** Does the sentence hold one of each word the frame requires besides its trigger? */
function possible(frame: Frame, present: Set<string>): boolean {
  for (const alts of frame.requires) {
    let found = false;
    for (const w of alts) if (present.has(w)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

/** The facts a match makes, with the qualifiers its clause carries. */
function factsOf(c: SentenceContext, frame: Frame, m: Match, q: Qualifiers, at: number): Fact[] {
  const { spec } = frame;
  const out: Fact[] = [];
  for (const f of frame.facts) {
    const extra: Partial<Fact> = { ...(spec.dated ? c.dated(at) : {}) };
    const planned = spec.planned || q.planned;
    if (f.relation === 'memberOf') {
      const status = spec.status ?? (planned || q.seeking ? 'prospective' : undefined);
      if (status && status !== 'current') extra.status = status;
    } else if (planned) extra.planned = true;
    if (f.relation === 'participatedIn' && q.virtual) extra.mode = 'virtual';
    const subjects = m.slots.get(f.subject) ?? [];
    // "p met p": every pair of one list ("A, B and C held a summit")
    const pairs = f.subject === f.object
      ? subjects.flatMap((s, i) => subjects.slice(i + 1).map((o) => [s, o]))
      : subjects.flatMap((s) => (m.slots.get(f.object) ?? []).map((o) => [s, o]));
    for (const [s, o] of pairs) if (s !== o) out.push(c.fact(s, f.relation, o, spec.confidence ?? 0.8, extra));
  }
  return out;
}

// events people attend: a war or a coup is named, but nobody "took part" in it as a guest
const GATHERING = /(summit|meeting|conference|session|ceremony|talks|inauguration|forum|dialogue|assembly|gathering|congress|meet)/;

/** What the slots a clause leaves unsaid stand for at trigger unit t: the grouping named last, the event the sentence or the article is about. */
export function implicitAt(memory: FrameMemory, units: Unit[], t: number): Implicit {
  // the event is looked for only when a frame asks for one: most frames name all they need
  let event: string | undefined | null = null;
  return {
    grouping: units[t]?.grouping ?? memory.lastGrouping,
    alliance: units[t]?.alliance ?? memory.lastAlliance,
    get event() { return event === null ? (event = sentenceEvent(units, t) ?? topicEvent(memory)) : event; },
  };
}

/** An event the sentence itself names before the trigger: "At the ceremony ..., in the presence of X". */
function sentenceEvent(units: Unit[], t: number): string | undefined {
  for (let k = t - 1; k >= 0 && t - k <= EVENT_LOOKBACK; k--) if (units[k].types.has('event') && !units[k].mention?.anaphoric) return units[k].keys[0];
  return undefined;
}

// how far back in its sentence a clause looks for the event it speaks of
const EVENT_LOOKBACK = 40;
const LEAD = 0;
const LEAD_WEIGHT = 2;

function topicEvent(memory: FrameMemory): string | undefined {
  if (memory.bullet && memory.listEvent) return memory.listEvent;
  let best: { key: string; count: number; sentence: number } | undefined;
  for (const [key, e] of memory.events ?? []) {
    if (!GATHERING.test(key)) continue;
    // the dateline sentence names the event an article reports; the next one often names a part or a venue of it
    // ("took the oath before a joint session of Congress") and weighs no more than any other
    const score = e.count + (e.sentence <= LEAD ? LEAD_WEIGHT : 0);
    if (!best || score > best.count || (score === best.count && e.sentence < best.sentence)) best = { key, count: score, sentence: e.sentence };
  }
  return best?.key;
}

interface Qualifiers { planned: boolean; virtual: boolean; seeking: boolean }

/** What the clause says of the match: nothing (negated, hedged) or its modality. Bracketed clauses it jumped over say nothing of it. */
function qualify(units: Unit[], skipped: Array<[number, number]>, from: number, to: number, t: number, virtual: boolean): Qualifiers | undefined {
  const start = Math.max(0, Math.min(from, t - LOOKBACK));
  const word = (i: number) => (skipped.some(([a, b]) => i >= a && i <= b) ? '' : units[i].word);
  const span: string[] = [];
  for (let i = start; i <= to; i++) span.push(word(i));
  if (span.some((_, i) => denies(span, i))) return undefined;
  // "None of the four countries is a member": a quantifier before the subject denies it too
  if (units[from - 1]?.word === 'of' && denies([units[from - 2]?.word ?? ''], 0)) return undefined;
  const before = span.slice(0, t - start);
  // "is to visit", "to attend" right before the verb is an intention, unless a motion verb precedes it ("flew in to attend")
  const planned = before.some((w) => PLANNED.has(w)) || (before.at(-1) === 'to' && ['is', 'are', 'was', 'were'].includes(before.at(-2) ?? ''));
  // "was invited to join", "applied to join", "its bid to join": joining is sought, not done
  const seeking = before.some((w) => SEEKING.has(w)) || before.at(-1) === 'to';
  return { planned, virtual, seeking };
}
