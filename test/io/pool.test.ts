import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/io/pool.ts';

async function* numbers(n: number, started: number[]) {
  for (let i = 0; i < n; i++) {
    started.push(i);
    yield i;
  }
}

describe('inOrder', () => {
  it('yields results in source order whatever order they finish in, with a bounded window', async () => {
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    const slow = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      inFlight--;
      return i * 10;
    };
    for await (const r of inOrder(numbers(50, started), slow, 4)) out.push(r);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 10));
    expect(most).toBeLessThanOrEqual(4);
  });

  it('stops pulling from the source when the consumer stops', async () => {
    const started: number[] = [];
    for await (const r of inOrder(numbers(1000, started), async (i) => i, 3)) if (r === 5) break;
    expect(started.length).toBeLessThan(10);
  });
});
