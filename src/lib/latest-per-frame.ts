/**
 * Keeps only the latest of a burst of values and hands it on once per frame (every 16 ms). A host
 * page may send hundreds of commands a second; applying each would queue work the reader sees for
 * long after the burst, so only the last one of each frame counts. A timer, not an animation frame:
 * a browser pauses animation frames in an embed scrolled out of view, and a command must still
 * arrive there.
 */
const FRAME_MS = 16;
export interface LatestPerFrame<T> {
  push(value: T): void;
  /** Drops what is pending. */
  cancel(): void;
}

export function latestPerFrame<T>(
  apply: (value: T) => void,
  schedule: (callback: () => void) => number = (callback) => window.setTimeout(callback, FRAME_MS),
  unschedule: (handle: number) => void = (handle) => window.clearTimeout(handle),
): LatestPerFrame<T> {
  let pending: {value: T} | null = null;
  let handle = 0;
  const flush = () => {
    handle = 0;
    const next = pending;
    pending = null;
    if (next) apply(next.value);
  };
  return {
    push(value) {
      pending = {value};
      handle ||= schedule(flush);
    },
    cancel() {
      pending = null;
      if (handle) unschedule(handle);
      handle = 0;
    },
  };
}
