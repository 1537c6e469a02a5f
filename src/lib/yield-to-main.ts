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
