import {afterEach, describe, expect, it, vi} from 'vitest';
import {timeSlices, yieldToMain} from './yield-to-main.ts';

describe('timeSlices', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('ends the task only once the work has run for the budget, then counts from there', async () => {
    const yieldToBrowser = vi.fn(async () => {});
    vi.stubGlobal('scheduler', {yield: yieldToBrowser});
    const page = {visibilityState: 'visible'};
    vi.stubGlobal('document', page);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const pause = timeSlices(5);
    now = 4;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(0);
    now = 5;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(1);
    now = 9;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(1);
    now = 10.5;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(2);
    // Nobody waits on a hidden page: its work is done at once.
    page.visibilityState = 'hidden';
    now = 100;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(2);
  });

  it('does not wait where there is no page (the data build)', async () => {
    const yieldToBrowser = vi.fn(async () => {});
    vi.stubGlobal('scheduler', {yield: yieldToBrowser});
    vi.stubGlobal('document', undefined);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const pause = timeSlices(5);
    now = 50;
    await pause();
    expect(yieldToBrowser).not.toHaveBeenCalled();
  });
});

describe('yieldToMain', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('continues in a later task where the browser has no scheduler.yield', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const yielded = yieldToMain().then(() => order.push('after the yield'));
    void Promise.resolve().then(() => order.push('rest of this task'));
    await yielded;
    expect(order).toEqual(['rest of this task', 'after the yield']);
  });
});
