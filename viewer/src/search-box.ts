// The search box: suggestions over labels and aliases as the user types; choosing one (click,
// or arrows and Enter) hands the node to onChoose.
import { searchNodes, type SearchEntry } from './search.ts';
import { h } from './dom.ts';

export function mountSearch(
  input: HTMLInputElement, list: HTMLElement, index: () => SearchEntry[], limit: number,
  hidden: () => Set<string>, onChoose: (node: string) => void,
): void {
  let active = -1;
  let hits: ReturnType<typeof searchNodes> = [];
  const close = () => { list.replaceChildren(); list.hidden = true; active = -1; };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    onChoose(hit.node);
  };
  const show = () => {
    hits = searchNodes(index(), input.value, limit, hidden());
    list.replaceChildren(...hits.map((hit, i) => {
      const item = h('li', { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === active) },
        h('span', { class: 'label' }, hit.label), hit.alias ? h('span', { class: 'alias' }, ` (${hit.alias})`) : null);
      item.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(i); });
      return item;
    }));
    list.hidden = hits.length === 0;
  };
  input.addEventListener('input', () => { active = -1; show(); });
  input.addEventListener('focus', show);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (hits.length === 0) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (ev.key === 'Enter') {
      choose(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
}
