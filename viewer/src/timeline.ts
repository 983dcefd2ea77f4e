// The panel's role timeline: a person's roles as bars along one time axis, or a country's or an
// organization's office-holders, a row per role and a bar per holder. Statements are dated and
// ordered by the query API's rules (src/graph/tenure.ts), so the panel and roleTimeline agree.
// buildTimeline is the pure view model, tested without a browser; renderTimeline only draws it.
import { bySighting, byTenure, placeInTime, tenureOf, type Sighting, type Tenure } from '../../src/graph/tenure.ts';
import type { FactView, ViewModel } from './model.ts';
import { h } from './dom.ts';

export interface TimelineBar extends Tenure {
  /** The relation's edge: clicking the bar opens it, with its evidence. */
  edge: string;
  role: string;
  /** A person's bar: "role · place"; a holder's: the name, and the body when it is not the place asked. */
  label: string;
  /** Where the bar lies on the axis, from 0 to 1; missing when no statement is dated. */
  span?: { start: number; end: number };
  /** In time order; `at` is a dated point's place on the axis. */
  points: (Sighting & { fact: FactView; at?: number })[];
}

export interface TimelineRow {
  /** The role, on a country's or an organization's timeline. */
  role?: string;
  bars: TimelineBar[];
}

export interface TimelineView {
  rows: TimelineRow[];
  /** Year labels along the axis, at 0 to 1. */
  ticks: { at: number; label: string }[];
}

/** The timeline of a node's roles, or undefined when none are known. */
export function buildTimeline(model: ViewModel, node: string): TimelineView | undefined {
  const { graph } = model;
  const person = graph.getNodeAttribute(node, 'entityType') === 'Person';
  const bodies = person ? [] : graph.inEdges(node).filter((e) => graph.getEdgeAttribute(e, 'kind') === 'partOf').map((e) => graph.source(e));
  const edges = person ? graph.outEdges(node) : [node, ...bodies].flatMap((n) => graph.inEdges(n));
  const bars = edges.filter((e) => graph.getEdgeAttribute(e, 'kind') === 'holdsRole').map((edge) => {
    const [holder, place] = graph.extremities(edge);
    const { label: role, facts } = graph.getEdgeAttributes(edge);
    const name = (n: string) => graph.getNodeAttribute(n, 'label');
    const points = facts.map((fact) => ({ ...placeInTime(fact.date, model.docs.get(fact.doc)?.date, fact.status), fact })).sort(bySighting);
    const label = person ? `${role} · ${name(place)}` : place === node ? name(holder) : `${name(holder)} (${name(place)})`;
    return { edge, label, role, ...tenureOf(points), points };
  });
  if (bars.length === 0) return undefined;
  bars.sort((a, b) => byTenure(a, b) || a.label.localeCompare(b.label));
  const axis = axisOf(bars);
  // Rows in the order of their earliest holder: the bars are in time order already.
  const rows = new Map<string, TimelineRow>();
  for (const bar of bars) {
    const key = person ? '' : bar.role;
    if (!rows.has(key)) rows.set(key, person ? { bars: [] } : { role: bar.role, bars: [] });
    const points = bar.points.map((p) => (p.date ? { ...p, at: axis.point(p.date) } : p));
    rows.get(key)!.bars.push(bar.first && bar.last ? { ...bar, points, span: axis.span(bar.first, bar.last) } : bar);
  }
  return { rows: [...rows.values()], ticks: axis.ticks };
}

/** A date as a span of years: "2019" is all of 2019, "2019-08" August, "2019-08-01" that day. */
export function yearSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [y, y + 1];
  const start = y + (m - 1) / 12;
  return d === undefined ? [start, start + 1 / 12] : [start + (d - 1) / 365, start + d / 365];
}

function axisOf(bars: Tenure[]) {
  const spans = bars.flatMap((b) => (b.first && b.last ? [yearSpan(b.first)[0], yearSpan(b.last)[1]] : []));
  let from = Math.floor(Math.min(...spans, Infinity));
  let to = Math.ceil(Math.max(...spans, -Infinity));
  if (!Number.isFinite(from)) [from, to] = [0, 1];
  const step = Math.max(1, Math.ceil((to - from) / 4));
  const at = (year: number) => (year - from) / (to - from);
  const ticks = spans.length === 0 ? [] : Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)
    .map((year) => ({ at: at(year), label: String(year) }));
  return {
    ticks,
    span: (first: string, last: string) => ({ start: at(yearSpan(first)[0]), end: at(yearSpan(last)[1]) }),
    point: (date: string) => at((yearSpan(date)[0] + yearSpan(date)[1]) / 2),
  };
}

// Drawing. Names become text nodes (dom.ts); positions are style properties, never markup.

/** The node's timeline for the panel, or undefined when it has no roles; a bar opens its relation. */
export function timelinePanel(model: ViewModel, node: string, open: (edge: string) => void): HTMLElement | undefined {
  const view = buildTimeline(model, node);
  return view && renderTimeline(view, open);
}

export function renderTimeline(view: TimelineView, open: (edge: string) => void): HTMLElement {
  // a label at either end of the axis is aligned inwards, so that it stays inside the panel
  const tick = (at: number) => (at < 0.05 ? 'tl-tick tl-start' : at > 0.95 ? 'tl-tick tl-end' : 'tl-tick');
  const axis = h('div', { class: 'tl-axis' }, ...view.ticks.map((t) => place(h('span', { class: tick(t.at) }, t.label), t.at)));
  return h('section', { class: 'timeline' },
    h('h3', {}, 'Roles over time'),
    ...view.rows.map((row) => h('div', { class: 'tl-row' },
      row.role !== undefined && h('h4', { class: 'tl-role' }, row.role),
      ...row.bars.map((bar) => barElement(bar, open)))),
    view.ticks.length > 0 && axis,
  );
}

function barElement(bar: TimelineBar, open: (edge: string) => void): HTMLElement {
  const when = bar.first ? (bar.first === bar.last ? bar.first : `${bar.first} – ${bar.last}`) : 'undated';
  const track = h('span', { class: 'tl-track' });
  if (bar.span) {
    const fill = h('span', { class: `tl-fill tl-${bar.status}` });
    fill.style.left = `${bar.span.start * 100}%`;
    fill.style.width = `max(4px, ${(bar.span.end - bar.span.start) * 100}%)`;
    track.append(fill);
    // a dot per dated statement, coloured by what it says: "current" then "former" reads along the bar
    for (const p of bar.points) if (p.at !== undefined) track.append(place(h('span', { class: `tl-dot tl-${p.status}` }), p.at));
  } else track.append(h('span', { class: 'tl-undated' }, 'undated'));
  const button = h('button', { type: 'button', class: 'tl-bar', 'data-edge': bar.edge, title: `${when} · ${bar.statuses.join(', ')} · show the evidence` },
    h('span', { class: 'tl-label' }, bar.label), track, h('span', { class: 'tl-when' }, `${when} · ${bar.statuses.join(' → ')}`));
  button.addEventListener('click', () => open(bar.edge));
  return button;
}

function place(el: HTMLElement, at: number): HTMLElement {
  el.style.left = `${at * 100}%`;
  return el;
}
