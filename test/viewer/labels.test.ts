import { describe, expect, it } from 'vitest';
import { LabelSpace, labelSizeFor } from '../../viewer/src/labels.ts';

describe('label sizes', () => {
  it('grow with the node, within the label range', () => {
    expect(labelSizeFor(4, [4, 18], [12, 17])).toBe(12);
    expect(labelSizeFor(18, [4, 18], [12, 17])).toBe(17);
    expect(labelSizeFor(40, [4, 18], [12, 17])).toBe(17);
    expect(labelSizeFor(11, [4, 18], [12, 17])).toBe(15);
  });
});

describe('label space', () => {
  it('refuses a label that overlaps one drawn before, until the next frame', () => {
    const space = new LabelSpace();
    expect(space.claim({ x: 0, y: 0, w: 100, h: 15 })).toBe(true);
    expect(space.claim({ x: 90, y: 10, w: 50, h: 15 })).toBe(false);
    expect(space.claim({ x: 0, y: 20, w: 100, h: 15 })).toBe(true);
    expect(space.claim({ x: 104, y: 0, w: 40, h: 15 })).toBe(false);
    expect(space.claim({ x: 110, y: 0, w: 40, h: 15 })).toBe(true);
    space.reset();
    expect(space.claim({ x: 90, y: 10, w: 50, h: 15 })).toBe(true);
  });
});
