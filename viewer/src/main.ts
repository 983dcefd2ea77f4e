// The viewer's wiring: load a graph, draw it, and keep the view state (filters, selection,
// hover, camera) in one place, mirrored in the URL. Rendering reads that state through reducers.
import './style.css';
import { formatFromPath, parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel, fnv1a } from './load.ts';
import type { ViewModel } from './model.ts';
import { DEFAULT_SETTINGS, isLarge } from './settings.ts';
import { applyFilters, NO_FILTERS, type Filters, type Visibility } from './filters.ts';
import { focusOf, type ViewState } from './reducers.ts';
import { buildSearchIndex, type SearchEntry } from './search.ts';
import { decodeUrlState, encodeUrlState, type CameraView } from './url-state.ts';
import { createLayout, restorePositions, ringAround, savePositions, type Layout } from './layout.ts';
import { createRenderer, type Renderer } from './renderer.ts';
import { renderFilters } from './sidebar.ts';
import { renderEdgePanel, renderNodePanel } from './panel.ts';
import { mountSearch } from './search-box.ts';
import { exportGexf, exportPng, selectionTurtle } from './export.ts';
import { applyCorpusView, corpusDefaults, corpusOverrides, type CorpusView, type CorpusVisibility } from './corpus.ts';
import { importanceOf, type Importance } from './importance.ts';
import { communityColors, detectCommunities } from './communities.ts';
import { renderCorpusControls, type CorpusControls } from './corpus-controls.ts';
import { byId, download } from './dom.ts';

const settings = DEFAULT_SETTINGS;
const body = document.body;

const app = {
  model: null as ViewModel | null,
  renderer: null as Renderer | null,
  layout: null as Layout | null,
  positionsKey: '',
  searchIndex: [] as SearchEntry[],
  /** The graph's URL when it came from ?graph=; null for the served graph or a local file. */
  source: null as string | null,
  filters: NO_FILTERS as Filters,
  visibility: { hiddenNodes: new Set(), hiddenEdges: new Set(), visibleNodes: 0, visibleEdges: 0 } as Visibility,
  /** What the filters alone leave: search finds any of these, even one the corpus view leaves out. */
  filtered: { hiddenNodes: new Set(), hiddenEdges: new Set(), visibleNodes: 0, visibleEdges: 0 } as Visibility,
  view: null as ViewState | null,
  importance: new Map<string, Importance>(),
  corpus: null as CorpusView | null,
  corpusDefaults: null as CorpusView | null,
  corpusControls: null as CorpusControls | null,
  /** The selected actor is shown only because it is selected (see select). */
  pinned: false,
  /** Louvain runs once per graph, the first time community colours are asked for. */
  communityColors: null as Map<string, string> | null,
};

function viewState(): ViewState {
  return app.view!;
}

async function boot(): Promise<void> {
  const initial = decodeUrlState(location.search);
  app.source = initial.graph;
  try {
    const url = initial.graph ?? 'graph.ttl';
    const res = await fetch(url);
    if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
    show(await res.text(), url, initial.filters, initial.node, initial.edge, initial.camera, initial.corpus);
  } catch (err) {
    showError((err as Error).message);
    body.dataset.ready = 'error';
  }
}

/** Parses and draws a graph; on a syntax error the current graph stays and the error is shown. */
function show(
  text: string, name: string, filters: Filters, node: string | null, edge: string | null, camera: CameraView | null,
  corpus: Partial<CorpusView> = {},
): boolean {
  let model: ViewModel;
  try {
    model = buildViewModel(parseRdf(text, formatFromPath(name.split(/[?#]/)[0]!), name), settings);
  } catch (err) {
    showError((err as Error).message);
    return false;
  }
  showError(null);
  app.layout?.kill();
  app.layout = null;
  app.renderer?.kill();
  body.dataset.ready = 'false';
  app.model = model;
  app.positionsKey = `${fnv1a(text).toString(36)}-${text.length}`;
  app.searchIndex = buildSearchIndex(model.graph);
  app.filters = filters;
  app.importance = importanceOf(model.graph);
  app.corpusDefaults = corpusDefaults(model.graph, settings);
  app.corpus = { ...app.corpusDefaults, ...corpus };
  app.communityColors = null;
  app.pinned = node !== null;
  app.visibility = visibilityOf(filters, app.corpus, node);
  app.view = {
    visibility: app.visibility, selectedNode: null, selectedEdge: null, hoveredNode: null, hoveredEdge: null,
    focus: null, fadedColor: settings.fadedColor, hideEdges: false, nodeColors: nodeColors(app.corpus),
  };
  const restored = restorePositions(model.graph, app.positionsKey);
  // Positions saved while every actor was shown put the unconnected ones on a ring.
  if (restored && !app.corpus.showUnconnected) placeUnconnected();
  const large = isLarge(model.graph, settings);
  // Everything the first drawing depends on is set before sigma is made, so that its constructor's
  // drawing is the first paint: each further full refresh of a large graph costs seconds.
  // A large graph's edges are hidden while its layout runs: so from the start if it will run.
  app.view.hideEdges = large && !restored;
  applySelection(node && model.graph.hasNode(node) ? node : null, edge && model.graph.hasEdge(edge) ? edge : null);
  const renderer = createRenderer(byId('graph'), model.graph, settings, viewState);
  app.renderer = renderer;
  wireRenderer(renderer);
  const layout = makeLayout();
  body.dataset.layout = 'stopped';
  renderFiltersPanel();
  if (camera) renderer.getCamera().setState(camera);
  // The layout starts once the graph is on screen: its first moves would otherwise delay that.
  renderer.once('afterRender', () => {
    body.dataset.ready = 'true';
    if (!restored && app.layout === layout) layout.start();
  });
  renderer.scheduleRender();
  return true;
}

/** ForceAtlas2 on what can be shown: hidden unconnected actors are left out (see createLayout). */
function makeLayout(): Layout {
  const model = app.model!, renderer = app.renderer!, graph = model.graph;
  const large = isLarge(graph, settings);
  const laidOut = app.corpus!.showUnconnected ? undefined : (n: string) => graph.degree(n) > 0;
  app.layout?.kill();
  const layout = createLayout(graph, settings.layout, large, (running) => {
    body.dataset.layout = running ? 'running' : 'stopped';
    if (large && app.view!.hideEdges !== running) {
      app.view!.hideEdges = running;
      renderer.refresh({ skipIndexation: true });
    }
    byId('layout-toggle').textContent = running ? 'Stop layout' : 'Run layout';
    if (!running) savePositions(graph, app.positionsKey);
  }, laidOut);
  app.layout = layout;
  return layout;
}

function placeUnconnected(): void {
  const graph = app.model!.graph;
  ringAround(graph, graph.filterNodes((n) => graph.degree(n) === 0), app.corpus!.showUnconnected ? [1.1, 1.4] : [0, 0.2]);
}

function visibilityOf(filters: Filters, corpus: CorpusView, selected: string | null): Visibility {
  const graph = app.model!.graph;
  app.filtered = applyFilters(graph, filters);
  return applyCorpusView(graph, app.filtered, corpus, app.importance, selected);
}

function nodeColors(corpus: CorpusView): Map<string, string> | null {
  if (corpus.colorBy !== 'community') return null;
  const c = settings.corpus;
  app.communityColors ??= communityColors(detectCommunities(app.model!.graph), c.communityColors, c.otherCommunityColor);
  return app.communityColors;
}

function setCorpus(next: CorpusView): void {
  const before = app.corpus!;
  app.corpus = next;
  app.view!.nodeColors = nodeColors(next);
  // Actors shown for the first time take part in the layout from now on: it runs again with them.
  if (next.showUnconnected !== before.showUnconnected) {
    placeUnconnected();
    makeLayout().start();
  }
  setFilters(app.filters);
}

function wireRenderer(renderer: Renderer): void {
  // Hover changes only the hovered items and the labels of their edges: redraw those alone, which
  // keeps hovering instant on graphs of tens of thousands of edges.
  const hover = (patch: Partial<Pick<ViewState, 'hoveredNode' | 'hoveredEdge'>>) => {
    const view = app.view!, graph = app.model!.graph;
    const nodes = [view.hoveredNode, patch.hoveredNode].filter((n): n is string => !!n && graph.hasNode(n));
    const edges = new Set([view.hoveredEdge, patch.hoveredEdge].filter((e): e is string => !!e && graph.hasEdge(e)));
    for (const n of nodes) graph.forEachEdge(n, (e) => { edges.add(e); });
    Object.assign(view, patch);
    renderer.refresh({ partialGraph: { nodes, edges: [...edges] }, skipIndexation: true });
  };
  renderer.on('enterNode', ({ node }) => { hover({ hoveredNode: node }); byId('graph').classList.add('pointer'); });
  renderer.on('leaveNode', () => { hover({ hoveredNode: null }); byId('graph').classList.remove('pointer'); });
  renderer.on('enterEdge', ({ edge }) => { hover({ hoveredEdge: edge }); byId('graph').classList.add('pointer'); });
  renderer.on('leaveEdge', () => { hover({ hoveredEdge: null }); byId('graph').classList.remove('pointer'); });
  renderer.on('clickNode', ({ node }) => select(node, null));
  renderer.on('clickEdge', ({ edge }) => select(null, edge));
  renderer.on('clickStage', () => select(null, null));
  let timer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', () => { clearTimeout(timer); timer = setTimeout(writeUrl, 250); });
}

function select(node: string | null, edge: string | null, write = true): void {
  applySelection(node, edge);
  // The corpus view shows the selected actor whatever its rank: count again when the selection
  // brings one in or lets one go.
  const pin = node !== null && app.visibility.hiddenNodes.has(node) && !app.filtered.hiddenNodes.has(node);
  if (pin || app.pinned) {
    app.pinned = pin;
    setFilters(app.filters);
    return;
  }
  app.renderer?.refresh({ skipIndexation: true });
  if (write) writeUrl();
}

/** Sets the selection in the view state and fills the panel; drawing is left to the caller. */
function applySelection(node: string | null, edge: string | null): void {
  const model = app.model!;
  Object.assign(app.view!, { selectedNode: node, selectedEdge: edge, focus: focusOf(model.graph, node, edge) });
  const panel = byId('panel');
  const actions = { selectNode: (n: string) => focusNode(n), selectEdge: (e: string) => select(null, e) };
  if (node) byId('panel-content').replaceChildren(renderNodePanel(model, node, actions));
  else if (edge) byId('panel-content').replaceChildren(renderEdgePanel(model, edge, actions));
  panel.hidden = !node && !edge;
  byId<HTMLButtonElement>('export-ttl').disabled = !node && !edge;
}

/** Moves the camera to a node and selects it (search, links in the panel). */
function focusNode(node: string): void {
  const renderer = app.renderer!;
  select(node, null);
  const { x, y } = renderer.getNodeDisplayData(node)!;
  void renderer.getCamera().animate({ x, y, ratio: settings.focusRatio }, { duration: 500 });
}

function setFilters(filters: Filters): void {
  app.filters = filters;
  app.visibility = visibilityOf(filters, app.corpus!, app.view!.selectedNode);
  app.view!.visibility = app.visibility;
  updateStatus();
  app.renderer?.refresh({ skipIndexation: true });
  writeUrl();
}

function renderFiltersPanel(): void {
  const { graph } = app.model!;
  app.corpusControls = renderCorpusControls(graph.order, app.corpus!, setCorpus);
  byId('filters').replaceChildren(app.corpusControls.element, renderFilters(app.model!, app.filters, settings, setFilters));
  updateStatus();
}

function updateStatus(): void {
  const { graph } = app.model!;
  const v = app.visibility;
  const part = (shown: number, total: number, noun: string) => (shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`);
  byId('status').textContent = `${part(v.visibleNodes, graph.order, 'nodes')} · ${part(v.visibleEdges, graph.size, 'edges')}`;
  Object.assign(body.dataset, {
    nodes: String(graph.order), edges: String(graph.size), visibleNodes: String(v.visibleNodes), visibleEdges: String(v.visibleEdges),
  });
  app.corpusControls?.update(app.corpus!, app.visibility as CorpusVisibility);
}

function writeUrl(): void {
  if (!app.renderer || !app.view) return;
  const { x, y, ratio } = app.renderer.getCamera().getState();
  const search = encodeUrlState({
    graph: app.source, node: app.view.selectedNode, edge: app.view.selectedEdge, filters: app.filters, camera: { x, y, ratio },
    corpus: corpusOverrides(app.corpus!, app.corpusDefaults!),
  });
  history.replaceState(null, '', location.pathname + search);
}

function showError(message: string | null): void {
  const el = byId('error');
  el.textContent = message ?? '';
  el.hidden = message === null;
}

async function loadFile(file: File): Promise<void> {
  const ok = show(await file.text(), file.name, NO_FILTERS, null, null, null);
  if (ok) { app.source = null; writeUrl(); }
}

function wireControls(): void {
  mountSearch(byId<HTMLInputElement>('search'), byId('suggestions'), () => app.searchIndex, settings.searchLimit,
    () => app.filtered.hiddenNodes as Set<string>, focusNode);
  const picker = byId<HTMLInputElement>('file');
  byId('open').addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => { if (picker.files?.[0]) void loadFile(picker.files[0]); picker.value = ''; });
  window.addEventListener('dragover', (ev) => { ev.preventDefault(); body.classList.add('dragging'); });
  window.addEventListener('dragleave', (ev) => { if (!ev.relatedTarget) body.classList.remove('dragging'); });
  window.addEventListener('drop', (ev) => {
    ev.preventDefault();
    body.classList.remove('dragging');
    const file = ev.dataTransfer?.files[0];
    if (file) void loadFile(file);
  });
  byId('layout-toggle').addEventListener('click', () => {
    if (app.layout?.isRunning()) app.layout.stop(); else app.layout?.start();
  });
  byId('reset-filters').addEventListener('click', () => { setFilters(NO_FILTERS); renderFiltersPanel(); });
  byId('close-panel').addEventListener('click', () => select(null, null));
  byId('export-png').addEventListener('click', async () => { if (app.renderer) download(await exportPng(app.renderer), 'actorgraph.png'); });
  byId('export-gexf').addEventListener('click', () => {
    if (app.model) download(new Blob([exportGexf(app.model)], { type: 'application/xml' }), 'actorgraph.gexf');
  });
  byId('export-ttl').addEventListener('click', async () => {
    if (!app.model || !app.view) return;
    const ttl = await selectionTurtle(app.model, app.view.selectedNode, app.view.selectedEdge);
    download(new Blob([ttl], { type: 'text/turtle' }), 'selection.ttl');
  });
  window.addEventListener('keydown', (ev) => {
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement) return;
    if (ev.key === 'Escape') select(null, null);
    if (ev.key === '/') { ev.preventDefault(); byId('search').focus(); }
  });
}

wireControls();
void boot();
