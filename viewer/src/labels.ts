// Node labels sized by importance: a hub's name is read first, a leaf's only when zoomed in.
// Pure (renderer.ts hands the size to sigma's own label drawer), so that tests run without WebGL.

/** Font size for a node drawn `size` pixels wide: linear between the two node sizes, clamped. */
export function labelSizeFor(size: number, nodeSize: [number, number], labelSize: [number, number]): number {
  const [n0, n1] = nodeSize, [l0, l1] = labelSize;
  const t = Math.min(1, Math.max(0, (size - n0) / Math.max(1e-9, n1 - n0)));
  return Math.round(l0 + t * (l1 - l0));
}

export interface Box { x: number; y: number; w: number; h: number }

/**
 * The label boxes drawn in one frame. sigma's label grid keeps at most a few labels per cell,
 * but a long name near a cell's edge still runs into its neighbour's: a label that would
 * overlap one already drawn is left out (hovering the node still shows it).
 */
export class LabelSpace {
  private boxes: Box[] = [];

  reset(): void {
    this.boxes = [];
  }

  /** Takes the space and says true, or says false when it is (partly) taken. */
  /** Two names on one line need a wider gap than two lines to be read apart ("Russia Ukraine"). */
  claim(b: Box, gapX = 8, gapY = 2): boolean {
    const hit = this.boxes.some((o) => b.x < o.x + o.w + gapX && o.x < b.x + b.w + gapX && b.y < o.y + o.h + gapY && o.y < b.y + b.h + gapY);
    if (!hit) this.boxes.push(b);
    return !hit;
  }
}
