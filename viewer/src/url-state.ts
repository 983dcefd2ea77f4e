// The view in the URL (selection, filters, camera, graph source), so that a link shows what its
// sender saw. Pure: URLSearchParams in, state out, and back.
import { NO_FILTERS, type Filters } from './filters.ts';
import type { CorpusView } from './corpus.ts';
import { RANK_BY } from './importance.ts';

export interface CameraView { x: number; y: number; ratio: number }

export interface UrlState {
  /** Where to load the graph from; null: the served graph. */
  graph: string | null;
  node: string | null;
  edge: string | null;
  filters: Filters;
  camera: CameraView | null;
  /** Only what the link changes from the graph's corpus defaults (corpusDefaults). */
  corpus: Partial<CorpusView>;
}

export const EMPTY_URL_STATE: UrlState = { graph: null, node: null, edge: null, filters: NO_FILTERS, camera: null, corpus: {} };

const STATUSES = ['all', 'current', 'former'] as const;
const DATE = /^-?\d{1,4}(-\d{2}(-\d{2})?)?$/;

export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const list = (key: string) => (p.get(key) ?? '').split(',').filter(Boolean);
  const status = p.get('status');
  const date = (key: string) => { const v = p.get(key); return v && DATE.test(v) ? v : null; };
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  return {
    graph: p.get('graph') || null,
    node: p.get('node') || null,
    edge: p.get('edge') || null,
    filters: {
      hiddenTypes: list('hideTypes'),
      hiddenKinds: list('hideKinds'),
      status: STATUSES.find((s) => s === status) ?? 'all',
      doc: p.get('doc') || null,
      from: date('from'),
      to: date('to'),
    },
    corpus: decodeCorpus(p),
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
  };
}

/** Only what differs from the default view is written, so plain links stay plain. */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.graph) p.set('graph', state.graph);
  if (state.node) p.set('node', state.node);
  else if (state.edge) p.set('edge', state.edge);
  if (f.hiddenTypes.length) p.set('hideTypes', f.hiddenTypes.join(','));
  if (f.hiddenKinds.length) p.set('hideKinds', f.hiddenKinds.join(','));
  if (f.status !== 'all') p.set('status', f.status);
  if (f.doc) p.set('doc', f.doc);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  const c = state.corpus;
  if (c.showUnconnected !== undefined) p.set('unconnected', c.showUnconnected ? 'show' : 'hide');
  if (c.top !== undefined) p.set('top', c.top === null ? 'all' : String(c.top));
  if (c.rankBy) p.set('rank', c.rankBy);
  if (c.colorBy) p.set('color', c.colorBy);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    p.set('cam', [x, y, ratio].map((v) => +v.toFixed(4)).join(','));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

function decodeCorpus(p: URLSearchParams): Partial<CorpusView> {
  const out: Partial<CorpusView> = {};
  const unconnected = p.get('unconnected'), top = p.get('top'), rank = p.get('rank'), color = p.get('color');
  if (unconnected === 'show' || unconnected === 'hide') out.showUnconnected = unconnected === 'show';
  if (top === 'all') out.top = null;
  else if (top && /^\d{1,7}$/.test(top)) out.top = Number(top);
  const rankBy = RANK_BY.find((r) => r === rank);
  if (rankBy) out.rankBy = rankBy;
  if (color === 'type' || color === 'community') out.colorBy = color;
  return out;
}
