import { describe, expect, it } from 'vitest';
import { labelSizeFor } from '../../viewer/src/labels.ts';

describe('label sizes', () => {
  it('grow with the node, within the label range', () => {
    expect(labelSizeFor(4, [4, 18], [12, 17])).toBe(12);
    expect(labelSizeFor(18, [4, 18], [12, 17])).toBe(17);
    expect(labelSizeFor(40, [4, 18], [12, 17])).toBe(17);
    expect(labelSizeFor(11, [4, 18], [12, 17])).toBe(15);
  });
});
