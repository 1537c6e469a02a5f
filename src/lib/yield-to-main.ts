/**
 * Ends the current task and continues in a new one, so that the browser can draw and answer input
 * in between: building the page in several short tasks instead of one long one keeps a slow phone
 * responsive (and Lighthouse's total blocking time low). `scheduler.yield` where the browser has it
 * (the continuation keeps its place in the queue), else a zero-delay timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
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
