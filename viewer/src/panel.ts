// The side panel: what the selected node or edge is, and the facts and evidence behind it.
import { DEFAULT_SETTINGS } from './settings.ts';
import type { EdgeAttrs, FactView, ViewModel } from './model.ts';
import { h } from './dom.ts';
import { timelinePanel } from './timeline.ts';
import { renderDocumentList } from './documents.ts';

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
}

export function renderNodePanel(model: ViewModel, node: string, actions: PanelActions): HTMLElement {
  const { graph } = model;
  const a = graph.getNodeAttributes(node);
  const groups = new Map<string, { heading: string; edges: string[] }>();
  graph.forEachEdge(node, (edge, e, source) => {
    const out = source === node;
    const id = `${out ? '→' : '←'} ${e.label}`;
    const group = groups.get(id) ?? groups.set(id, { heading: out ? `${e.label} →` : `← ${e.label}`, edges: [] }).get(id)!;
    group.edges.push(edge);
  });
  return h('section', { class: 'panel-node' },
    typeBadge(a.entityType),
    h('h2', { class: 'panel-title' }, a.label),
    a.aliases.length > 0 && h('p', { class: 'aliases' }, 'Also: ', a.aliases.join(' · ')),
    a.wikidata && h('p', {}, h('a', {
      href: `https://www.wikidata.org/wiki/${a.wikidata}`, target: '_blank', rel: 'noopener noreferrer',
    }, `Wikidata ${a.wikidata}`)),
    h('p', { class: 'iri' }, node),
    timelinePanel(model, node, actions.selectEdge),
    ...[...groups.values()].map((g) => h('section', { class: 'fact-group' },
      h('h3', {}, g.heading),
      ...g.edges.map((edge) => {
        const other = graph.opposite(node, edge);
        const link = h('button', { class: 'link', type: 'button' }, graph.getNodeAttribute(other, 'label'));
        link.addEventListener('click', () => actions.selectNode(other));
        const details = h('button', { class: 'link small', type: 'button', title: 'show this relation' }, 'relation');
        details.addEventListener('click', () => actions.selectEdge(edge));
        return h('div', { class: 'fact-target' }, h('p', {}, link, ' ', details), factList(model, graph.getEdgeAttributes(edge)));
      }))),
    renderDocumentList(model, node),
  );
}

export function renderEdgePanel(model: ViewModel, edge: string, actions: PanelActions): HTMLElement {
  const { graph } = model;
  const e = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const nodeLink = (node: string) => {
    const b = h('button', { class: 'link', type: 'button' }, graph.getNodeAttribute(node, 'label'));
    b.addEventListener('click', () => actions.selectNode(node));
    return b;
  };
  return h('section', { class: 'panel-edge' },
    h('p', { class: 'type-badge' }, swatch(DEFAULT_SETTINGS.kindColors[e.kind]), e.kind === 'holdsRole' ? 'role' : 'relation'),
    h('h2', { class: 'panel-title' }, nodeLink(source), ` — ${e.label} → `, nodeLink(target)),
    h('p', { class: 'iri' }, e.predicate),
    factList(model, e),
  );
}

function factList(model: ViewModel, e: EdgeAttrs): HTMLElement {
  if (e.facts.length === 0) return h('p', { class: 'no-evidence' }, 'No evidence recorded for this relation.');
  return h('ul', { class: 'facts' }, ...e.facts.map((f) => factItem(model, f)));
}

function factItem(model: ViewModel, f: FactView): HTMLElement {
  const doc = f.doc ? model.docs.get(f.doc) : undefined;
  const meta = [
    f.status && h('span', { class: f.status === 'current' ? 'status' : 'status status-former' }, f.status),
    // a planned visit or a prospective membership is only said, not (yet) a fact: the panel says so
    f.planned && h('span', { class: 'status status-former' }, 'planned'),
    f.mode && h('span', { class: 'status' }, f.mode),
    f.date && h('span', { class: 'date' }, f.date),
    doc && h('span', { class: 'doc', title: doc.sha256 ? `sha256 ${doc.sha256}` : doc.iri }, doc.label),
    f.start >= 0 && h('span', { class: 'offsets' }, `chars ${f.start}–${f.end}`),
    f.confidence !== undefined && h('span', { class: 'confidence' }, `confidence ${f.confidence}`),
  ].filter((x): x is HTMLSpanElement => !!x);
  return h('li', { class: 'fact' },
    f.evidence ? h('blockquote', { class: 'evidence' }, f.evidence) : h('p', { class: 'no-evidence' }, 'No evidence sentence.'),
    h('p', { class: 'fact-meta' }, ...meta.flatMap((m, i) => (i ? [' · ', m] : [m]))),
  );
}

function typeBadge(type: string): HTMLElement {
  return h('p', { class: 'type-badge' }, swatch(DEFAULT_SETTINGS.typeColors[type as keyof typeof DEFAULT_SETTINGS.typeColors]), type);
}

function swatch(color: string): HTMLElement {
  const s = h('span', { class: 'swatch' });
  s.style.background = color;
  return s;
}
