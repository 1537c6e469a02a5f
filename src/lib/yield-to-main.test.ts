import {afterEach, describe, expect, it, vi} from 'vitest';
import {timeSlices, yieldToMain} from './yield-to-main.ts';

describe('timeSlices', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** A browser with `scheduler.yield`, `page` as its document, and a clock the test sets. */
  function fakeBrowser(page: {visibilityState: string} | undefined) {
    const yieldToBrowser = vi.fn(async () => {});
    vi.stubGlobal('scheduler', {yield: yieldToBrowser});
    vi.stubGlobal('document', page);
    const clock = {now: 0};
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    return {yieldToBrowser, clock};
  }

  it('ends the task only once the work has run for the budget, then counts from there', async () => {
    const page = {visibilityState: 'visible'};
    const {yieldToBrowser, clock} = fakeBrowser(page);
    const pause = timeSlices(5);
    clock.now = 4;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(0);
    clock.now = 5;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(1);
    clock.now = 9;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(1);
    clock.now = 10.5;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(2);
    // Nobody waits on a hidden page: its work is done at once.
    page.visibilityState = 'hidden';
    clock.now = 100;
    await pause();
    expect(yieldToBrowser).toHaveBeenCalledTimes(2);
  });

  it('does not wait where there is no page (the data build)', async () => {
    const {yieldToBrowser, clock} = fakeBrowser(undefined);
    const pause = timeSlices(5);
    clock.now = 50;
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
