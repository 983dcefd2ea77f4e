// sigma on the view graph, tuned to its size, drawing through the reducers.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { drawDiscNodeLabel, EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './model.ts';
import { reduceEdge, reduceNode, type ViewState } from './reducers.ts';
import { isCorpus, isLarge, type ViewerSettings } from './settings.ts';
import { LabelSpace, labelSizeFor } from './labels.ts';

export type Renderer = Sigma<NodeAttrs, EdgeAttrs>;
type Program = EdgeProgramType<NodeAttrs, EdgeAttrs>;

export function createRenderer(container: HTMLElement, graph: ViewGraph, settings: ViewerSettings, view: () => ViewState): Renderer {
  // Large graphs are drawn for speed (see largeGraphEdges): without a GPU (software WebGL) this
  // is what keeps them interactive.
  const large = isLarge(graph, settings);
  // A corpus has hundreds of names in view at once: coarser label culling keeps them apart.
  const labels = isCorpus(graph, settings) ? settings.corpus : settings;
  const space = new LabelSpace();
  type LabelCall = Parameters<NonNullable<Settings<NodeAttrs, EdgeAttrs>['defaultDrawNodeLabel']>>;
  const pending: Array<{ context: LabelCall[0]; data: LabelCall[1]; s: LabelCall[2] }> = [];
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultEdgeType: 'straight',
    edgeProgramClasses: {
      straight: (large ? EdgeLineProgram : EdgeArrowProgram) as unknown as Program,
      curved: (large ? EdgeLineProgram : EdgeCurvedArrowProgram) as unknown as Program,
    },
    renderEdgeLabels: true,
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelGridCellSize: labels.labelGridCellSize,
    labelDensity: labels.labelDensity,
    labelRenderedSizeThreshold: labels.labelRenderedSizeThreshold,
    // sigma asks for labels cell by cell of its label grid, not biggest first: the labels are
    // gathered here and drawn after the frame, the biggest nodes' first, so that a hub's name
    // wins the space over a leaf's next to it
    defaultDrawNodeLabel: (context, data, s) => {
      if (data.label) pending.push({ context, data, s });
    },
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 12,
    zIndex: true,
    nodeReducer: (node, data) => reduceNode(node, data, view()),
    edgeReducer: (edge, data) => {
      const state = view();
      // While a large graph's layout runs no edge is drawn: skip looking up each one's ends.
      if (state.hideEdges) return { ...data, hidden: true };
      return reduceEdge(edge, data, graph.source(edge), graph.target(edge), state);
    },
  });
  renderer.on('beforeRender', () => { space.reset(); pending.length = 0; });
  renderer.on('afterRender', () => {
    pending.sort((a, b) => b.data.size - a.data.size);
    for (const { context, data, s } of pending) {
      const labelSize = labelSizeFor(data.size, settings.nodeSize, settings.labelSize);
      // The box of the text sigma's drawDiscNodeLabel writes: from just right of the node, on its middle.
      context.font = `${s.labelWeight} ${labelSize}px ${s.labelFont}`;
      const box = { x: data.x + data.size + 3, y: data.y + labelSize / 3 - labelSize, w: context.measureText(data.label!).width, h: labelSize * 1.25 };
      if (space.claim(box)) drawDiscNodeLabel(context, data, { ...s, labelSize });
    }
    pending.length = 0;
  });
  return renderer;
}
