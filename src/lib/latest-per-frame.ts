/**
 * Keeps only the latest of a burst of values and hands it on once per animation frame. A host page
 * (or anything else) may send hundreds of commands a second; applying each would queue work the
 * reader sees for long after the burst, so only the last one of each frame counts.
 */
export interface LatestPerFrame<T> {
  push(value: T): void;
  /** Drops what is pending. */
  cancel(): void;
}

export function latestPerFrame<T>(
  apply: (value: T) => void,
  schedule: (callback: () => void) => number = requestAnimationFrame,
  unschedule: (handle: number) => void = cancelAnimationFrame,
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
