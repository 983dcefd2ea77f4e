// The documents behind an actor, for its panel: which articles a relation of it was read in,
// each with its date and how many of the actor's relations it gives. Listing is pure; the one
// DOM function renders it.
import type { DocInfo, ViewModel } from './model.ts';
import { h } from './dom.ts';

export interface ActorDocument {
  doc: DocInfo;
  relations: number;
}

/** Dated documents first, oldest first (a corpus read in order), then undated ones by name. */
export function actorDocumentList(model: ViewModel, node: string): ActorDocument[] {
  const counts = new Map<string, number>();
  model.graph.forEachEdge(node, (_, e) => {
    for (const doc of new Set(e.facts.map((f) => f.doc).filter(Boolean))) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  });
  const list = [...counts].map(([iri, relations]) => ({ doc: model.docs.get(iri) ?? { iri, label: iri }, relations }));
  const name = (d: DocInfo) => d.id ?? d.label;
  return list.sort((a, b) => {
    const x = a.doc.date, y = b.doc.date;
    if (x !== y) return x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1;
    return name(a.doc).localeCompare(name(b.doc));
  });
}

export function renderDocumentList(model: ViewModel, node: string): HTMLElement {
  const list = actorDocumentList(model, node);
  const heading = h('h3', {}, list.length === 0 ? 'Documents' : list.length === 1 ? '1 document' : `${list.length.toLocaleString('en')} documents`);
  if (list.length === 0) {
    return h('section', { class: 'documents' }, heading,
      h('p', { class: 'no-evidence' }, 'No relation of this actor was read; the graph does not record where it is named.'));
  }
  return h('section', { class: 'documents' }, heading, h('ul', { class: 'doc-list' }, ...list.map(({ doc, relations }) => h('li', {},
    h('span', { class: 'date' }, doc.date ?? 'undated'), ' ',
    h('span', { class: 'doc', title: doc.label }, doc.id ?? doc.label), ' ',
    h('span', { class: 'count' }, relations === 1 ? '1 relation' : `${relations} relations`)))));
}
