/**
 * Ends the current task and continues in a new one, so that the browser can draw and answer input
 * in between: building the page in several short tasks instead of one long one keeps a slow phone
 * responsive (and Lighthouse's total blocking time low). `scheduler.yield` where the browser has it
 * (the continuation keeps its place in the queue), else a zero-delay timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, not a timer: browsers make the fifth nested zero-delay timer wait 4 ms, and a
  // start in many small tasks would wait that long at every step.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * How long a piece of work may run before it lets the browser in, ms. Lighthouse counts a task
 * as blocking beyond 50 ms on a phone it models as four times slower than the machine it runs
 * on, whose own tracing slows the page about twice again: 5 ms here stays clear of that, with
 * room for the style and layout that follow.
 */
export const TIME_SLICE_MS = 5;

/** Called between pieces of work; it may end the task and continue in a new one. */
export type Pause = () => Promise<void>;

/**
 * For work done in many small pieces (the geography's decoding, the base map's paths): `await
 * pause()` between pieces ends the task only once it has run for `budgetMs`, so that the work
 * takes as many tasks as the machine needs, few on a fast one and more on a slow or busy one.
 * A hidden page (or no page: the data build's tests), which nobody is waiting on, is not made
 * to wait.
 */
export function timeSlices(budgetMs = TIME_SLICE_MS): Pause {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs || globalThis.document?.visibilityState !== 'visible') return;
    await yieldToMain();
    since = performance.now();
  };
}

/**
 * Resolves once the page has been shown: its first contentful paint (or, where the browser does
 * not report paints, the frame after the next). A browser runs a page's script, and what it
 * chains, before showing the page if nothing tells it otherwise; work started after this cannot
 * hold back the first paint. Where nothing is shown (a hidden tab; a frame out of view, whose
 * drawing the browser pauses), it resolves at once or after `fallbackMs`.
 */
export function afterFirstPaint(fallbackMs = 1500): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  const painted = () => performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint');
  if (painted()) return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      observer = new PerformanceObserver(() => {
        if (painted()) done();
      });
      observer.observe({type: 'paint'});
    } else {
      afterFrame(done);
    }
  });
}

/**
 * Resolves in a new task after the browser's next frame (its style, layout and paint), so that
 * what the page changed is laid out by the frame rather than by the next script that measures it;
 * at once in a hidden tab, where no frame comes, or after `fallbackMs` in a frame out of view.
 */
export function afterNextFrame(fallbackMs = 200): Promise<void> {
  if (document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    afterFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Calls back in a new task after the browser's next frame. */
function afterFrame(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
