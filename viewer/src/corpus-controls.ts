// The corpus controls at the top of the sidebar: how many actors are shown of how many, the
// unconnected actors' toggle, the importance slider (top N by relations or documents) and the
// colouring. Reports a new CorpusView through onChange; update() rewrites the counts in place,
// so that a slider being dragged is never replaced under the pointer.
import type { CorpusView, CorpusVisibility } from './corpus.ts';
import { h } from './dom.ts';

export interface CorpusControls {
  element: HTMLElement;
  update(view: CorpusView, visibility: CorpusVisibility): void;
}

const n = (x: number) => x.toLocaleString('en');

export function renderCorpusControls(
  total: number, initial: CorpusView, onChange: (next: CorpusView) => void,
): CorpusControls {
  let current = initial;
  const change = (patch: Partial<CorpusView>) => { current = { ...current, ...patch }; onChange(current); };
  const count = h('p', { id: 'corpus-count', class: 'corpus-count' });
  const toggle = h('button', { id: 'unconnected-toggle', class: 'link', type: 'button' });
  // "show" means every actor: lone actors rank last, so under a top-N cut none would appear.
  toggle.addEventListener('click', () => change(current.showUnconnected ? { showUnconnected: false } : { showUnconnected: true, top: null }));
  const note = h('p', { id: 'unconnected-note', class: 'corpus-note' });
  const slider = h('input', { type: 'range', id: 'top', name: 'top', min: '1', step: '1', 'aria-label': 'most important actors shown' });
  const shown = h('output', { for: 'top' });
  // Dragging fires many input events: the view follows at most once a frame.
  let frame = 0;
  slider.addEventListener('input', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const v = Number(slider.value);
      change({ top: v >= Number(slider.max) ? null : v });
    });
  });
  const rank = h('select', { name: 'rank', 'aria-label': 'importance by' },
    h('option', { value: 'degree' }, 'by relations'), h('option', { value: 'documents' }, 'by documents'));
  rank.value = current.rankBy;
  rank.addEventListener('change', () => change({ rankBy: rank.value as CorpusView['rankBy'] }));
  const color = h('select', { name: 'color', 'aria-label': 'colour by' },
    h('option', { value: 'type' }, 'colour by type'), h('option', { value: 'community' }, 'colour by community'));
  color.value = current.colorBy;
  color.addEventListener('change', () => change({ colorBy: color.value as CorpusView['colorBy'] }));

  const element = h('fieldset', { class: 'corpus' }, h('legend', {}, 'Importance'), count, note,
    h('label', { class: 'top-row' }, 'Top ', slider, ' ', shown), rank, color);
  return {
    element,
    update(view, v) {
      current = view;
      count.textContent = v.visibleNodes === total ? `showing all ${n(total)} actors` : `showing ${n(v.visibleNodes)} of ${n(total)} actors`;
      note.hidden = v.unconnected === 0;
      note.replaceChildren(`${n(v.unconnected)} unconnected actor${v.unconnected === 1 ? '' : 's'} ${view.showUnconnected ? 'shown' : 'hidden'} — `, toggle);
      toggle.textContent = view.showUnconnected ? 'hide' : 'show';
      slider.max = String(Math.max(1, v.candidates));
      slider.value = String(view.top === null ? v.candidates : Math.min(view.top, v.candidates));
      shown.textContent = view.top === null || view.top >= v.candidates ? `all ${n(v.candidates)}` : n(view.top);
      rank.value = view.rankBy;
      color.value = view.colorBy;
    },
  };
}
