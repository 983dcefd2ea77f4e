// Node labels sized by importance: a hub's name is read first, a leaf's only when zoomed in.
// Pure (renderer.ts hands the size to sigma's own label drawer), so that tests run without WebGL.

/** Font size for a node drawn `size` pixels wide: linear between the two node sizes, clamped. */
export function labelSizeFor(size: number, nodeSize: [number, number], labelSize: [number, number]): number {
  const [n0, n1] = nodeSize, [l0, l1] = labelSize;
  const t = Math.min(1, Math.max(0, (size - n0) / Math.max(1e-9, n1 - n0)));
  return Math.round(l0 + t * (l1 - l0));
}
