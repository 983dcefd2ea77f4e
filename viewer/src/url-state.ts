// The view in the URL (selection, filters, camera, graph source), so that a link shows what its
// sender saw. Pure: URLSearchParams in, state out, and back.
import { NO_FILTERS, type Filters } from './filters.ts';

export interface CameraView { x: number; y: number; ratio: number }

export interface UrlState {
  /** Where to load the graph from; null: the served graph. */
  graph: string | null;
  node: string | null;
  edge: string | null;
  filters: Filters;
  camera: CameraView | null;
}

export const EMPTY_URL_STATE: UrlState = { graph: null, node: null, edge: null, filters: NO_FILTERS, camera: null };

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
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    p.set('cam', [x, y, ratio].map((v) => +v.toFixed(4)).join(','));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
