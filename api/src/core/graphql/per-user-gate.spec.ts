import { describe, expect, it } from 'vitest';
import { PerUserGate } from './per-user-gate.js';

describe('one person\'s mutations take turns', () => {
  it('lets `limit` run, queues the rest in order, and hands each freed slot to the next', async () => {
    const gate = new PerUserGate(2, 1000);
    const first = (await gate.enter('a'))!;
    const second = (await gate.enter('a'))!;
    const order: number[] = [];
    const third = gate.enter('a').then((release) => { order.push(3); return release!; });
    const fourth = gate.enter('a').then((release) => { order.push(4); return release!; });
    // Someone else is not held up by a's queue.
    expect(await gate.enter('b')).toBeTypeOf('function');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    first();
    first(); // releasing twice frees one slot only
    (await third)();
    expect(order).toEqual([3]);
    second();
    (await fourth)();
    expect(order).toEqual([3, 4]);
  });

  it('refuses a call that waited too long or finds the queue full', async () => {
    const gate = new PerUserGate(1, 50, 1);
    const held = (await gate.enter('a'))!;
    const waiting = gate.enter('a');
    expect(await gate.enter('a')).toBeNull();
    expect(await waiting).toBeNull();
    held();
    expect(await gate.enter('a')).toBeTypeOf('function');
  });
});
