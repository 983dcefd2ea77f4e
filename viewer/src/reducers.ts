// What to draw, computed from the graph plus the view state: highlight, hide, fade. The graph
// itself is never changed for display (sigma's reducers).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Visibility } from './filters.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './model.ts';

export interface ViewState {
  visibility: Visibility;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** Nodes around the selected node or edge (the selection included). */
  focus: Set<string> | null;
  fadedColor: string;
  /** Colours that replace the type colours (communities); null: colour by type. */
  nodeColors?: Map<string, string> | null;
  /** Draw no edges (a large graph while its layout runs: nodes move, edges would only cost). */
  hideEdges: boolean;
}

/** The neighbourhood to highlight for a selection. */
export function focusOf(graph: ViewGraph, node: string | null, edge: string | null): Set<string> | null {
  if (node && graph.hasNode(node)) return new Set([node, ...graph.neighbors(node)]);
  if (edge && graph.hasEdge(edge)) return new Set(graph.extremities(edge));
  return null;
}

export function reduceNode(node: string, attrs: NodeAttrs, view: ViewState): Partial<NodeDisplayData> {
  if (view.visibility.hiddenNodes.has(node)) return { ...attrs, hidden: true };
  const color = view.nodeColors?.get(node);
  const data = color ? { ...attrs, color } : attrs;
  if (!view.focus) return node === view.hoveredNode ? { ...data, highlighted: true } : data;
  if (!view.focus.has(node)) return { ...data, color: view.fadedColor, label: null, zIndex: 0 };
  return { ...data, forceLabel: true, highlighted: node === view.selectedNode, zIndex: 1 };
}

/**
 * Edge labels (role names, "member of", ...) only on hover and selection: on every edge at once
 * they would hide the graph.
 */
export function reduceEdge(
  edge: string, data: EdgeAttrs, source: string, target: string, view: ViewState,
): Partial<EdgeDisplayData> {
  if (view.hideEdges || view.visibility.hiddenEdges.has(edge)) return { ...data, hidden: true };
  const touches = (n: string | null) => n !== null && (source === n || target === n);
  const selected = edge === view.selectedEdge || touches(view.selectedNode);
  if (view.focus && !selected) return { ...data, hidden: true };
  const labelled = selected || edge === view.hoveredEdge || touches(view.hoveredNode);
  return {
    ...data,
    label: labelled ? data.label : null,
    forceLabel: edge === view.selectedEdge || edge === view.hoveredEdge,
    size: edge === view.selectedEdge || edge === view.hoveredEdge ? data.size * 2.5 : data.size,
    zIndex: selected ? 1 : 0,
  };
}
