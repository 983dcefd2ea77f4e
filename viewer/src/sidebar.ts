// The filter controls: a legend that doubles as the type filter, relation kinds, role status,
// document and date range. Builds DOM from the model; reports new Filters through onChange.
import { ENTITY_TYPES, RELATION_KINDS } from '../../src/model.ts';
import type { Filters } from './filters.ts';
import type { ViewModel } from './model.ts';
import type { ViewerSettings } from './settings.ts';
import { h } from './dom.ts';

export function renderFilters(
  model: ViewModel, filters: Filters, settings: ViewerSettings, onChange: (next: Filters) => void,
): HTMLElement {
  const { graph } = model;
  const typeCounts = new Map<string, number>();
  graph.forEachNode((_, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));
  const kindCounts = new Map<string, number>();
  const kindLabels = new Map<string, string>();
  graph.forEachEdge((_, a) => {
    kindCounts.set(a.kind, (kindCounts.get(a.kind) ?? 0) + 1);
    kindLabels.set(a.kind, a.kind === 'holdsRole' ? 'roles' : a.label);
  });
  let current = filters;
  const change = (patch: Partial<Filters>) => { current = { ...current, ...patch }; onChange(current); };
  const toggle = (list: string[], item: string, on: boolean) => (on ? list.filter((x) => x !== item) : [...list, item]);

  const types = [...ENTITY_TYPES, 'Other' as const].filter((t) => typeCounts.has(t));
  const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Actors'),
    ...types.map((t) => checkRow(settings.typeColors[t], t, typeCounts.get(t)!, !current.hiddenTypes.includes(t), { 'data-type': t },
      (on) => change({ hiddenTypes: toggle(current.hiddenTypes, t, on) }))));
  const kinds = h('fieldset', { class: 'legend kinds' }, h('legend', {}, 'Relations'),
    ...RELATION_KINDS.filter((k) => kindCounts.has(k)).map((k) => checkRow(settings.kindColors[k], kindLabels.get(k)!, kindCounts.get(k)!,
      !current.hiddenKinds.includes(k), { 'data-kind': k }, (on) => change({ hiddenKinds: toggle(current.hiddenKinds, k, on) }))));

  const status = select('status', [['all', 'current and former'], ['current', 'current only'], ['former', 'former only']], current.status);
  status.addEventListener('change', () => change({ status: status.value as Filters['status'] }));
  const docs = [...model.docs.values()].sort((a, b) => a.label.localeCompare(b.label));
  const doc = select('doc', [['', `all (${docs.length})`], ...docs.map((d): [string, string] => [d.iri, d.label])], current.doc ?? '');
  doc.addEventListener('change', () => change({ doc: doc.value || null }));
  const from = dateInput('from', current.from), to = dateInput('to', current.to);
  for (const [input, key] of [[from, 'from'], [to, 'to']] as const) {
    input.addEventListener('change', () => {
      const v = input.value.trim();
      const ok = v === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
      input.setCustomValidity(ok ? '' : 'YYYY, YYYY-MM or YYYY-MM-DD');
      if (ok) change({ [key]: v || null });
    });
  }
  return h('div', { class: 'filters' }, legend, kinds,
    h('fieldset', {}, h('legend', {}, 'Roles'), status),
    h('fieldset', {}, h('legend', {}, 'Document'), doc),
    h('fieldset', { class: 'dates' }, h('legend', {}, 'Dates'), from, ' – ', to));
}

function checkRow(
  color: string, name: string, count: number, checked: boolean, attrs: Record<string, string>, onToggle: (on: boolean) => void,
): HTMLElement {
  const box = h('input', { type: 'checkbox', ...attrs });
  box.checked = checked;
  box.addEventListener('change', () => onToggle(box.checked));
  const swatch = h('span', { class: 'swatch' });
  swatch.style.background = color;
  return h('label', { class: 'check-row' }, box, swatch, h('span', { class: 'name' }, name), h('span', { class: 'count' }, String(count)));
}

function select(name: string, options: [string, string][], value: string): HTMLSelectElement {
  const el = h('select', { name, 'aria-label': name }, ...options.map(([v, label]) => h('option', { value: v }, label)));
  el.value = value;
  return el;
}

function dateInput(name: string, value: string | null): HTMLInputElement {
  const el = h('input', { type: 'text', name, placeholder: name === 'from' ? 'from YYYY' : 'to YYYY', size: '10', 'aria-label': `date ${name}` });
  el.value = value ?? '';
  return el;
}
