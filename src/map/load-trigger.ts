/**
 * When to start the interactive map. MapLibre is most of the page's weight and, on a mid-range
 * phone, seconds of main-thread work to start (Lighthouse measured 6 s of script at 4× CPU
 * slowdown). The SVG map is complete without it, so it starts when the reader shows up (moves the
 * pointer, touches, scrolls, types or tabs) or, failing that, once the page has been quiet for a
 * while: the first seconds after load stay free for reading and scrolling.
 */

/** Signs that a reader is here and may want to pan, zoom or follow the camera. */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;

/** Start anyway this long after the page has loaded, ms. */
export const QUIET_START_MS = 5000;

/** Runs `task` once, on the first sign of a reader or after `QUIET_START_MS`; returns a cancel function. */
export function whenReaderArrives(task: () => void, quietMs = QUIET_START_MS): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (event?: Event) => {
    // The page scrolling is a reader; a box inside it scrolled by the page itself (the timeline
    // following its handle) is not.
    if (event?.type === 'scroll' && event.target !== document) return;
    if (done) return;
    done = true;
    cancel();
    task();
  };
  const onLoad = () => {
    timer = setTimeout(() => run(), quietMs);
  };
  const cancel = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, run, true);
    window.removeEventListener('load', onLoad);
    if (timer !== undefined) clearTimeout(timer);
  };
  for (const type of INTENT_EVENTS) window.addEventListener(type, run, {capture: true, passive: true});
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, {once: true});
  return () => {
    done = true;
    cancel();
  };
}
