import {describe, expect, it} from 'vitest';
import {latestPerFrame} from './latest-per-frame.ts';

function frames() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (callback: () => void) => {
      queue.set(next, callback);
      return next++;
    },
    unschedule: (handle: number) => queue.delete(handle),
    run: () => {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback();
    },
    get size() {
      return queue.size;
    },
  };
}

describe('latestPerFrame', () => {
  it('applies only the last of a burst, once per frame, and asks for one frame at a time', () => {
    const clock = frames();
    const applied: number[] = [];
    const latest = latestPerFrame((n: number) => applied.push(n), clock.schedule, clock.unschedule);
    for (let i = 0; i < 1000; i++) latest.push(i);
    expect(clock.size).toBe(1);
    clock.run();
    expect(applied).toEqual([999]);
    clock.run();
    expect(applied).toEqual([999]);
    latest.push(5);
    clock.run();
    expect(applied).toEqual([999, 5]);
  });

  it('drops what is pending when cancelled', () => {
    const clock = frames();
    const applied: number[] = [];
    const latest = latestPerFrame((n: number) => applied.push(n), clock.schedule, clock.unschedule);
    latest.push(1);
    latest.cancel();
    clock.run();
    expect(applied).toEqual([]);
  });
});
