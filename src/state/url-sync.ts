/**
 * Keeps the address bar in step with the view, so that any view can be shared or reloaded.
 */
import type {IsoDate} from '../story/types.ts';
import type {AppState} from './app-state.ts';
import {writeUrlState} from './url-schema.ts';

/** Browsers limit how often a page may rewrite its URL (Safari: 100 times per 30 s). */
export const URL_WRITE_INTERVAL_MS = 300;

/**
 * Rewrites the address with `history.replaceState` after state changes, at most once per
 * `URL_WRITE_INTERVAL_MS` (the last state always gets written). Returns the function that stops it.
 */
export function syncUrl(getState: () => AppState, subscribe: (listener: () => void) => () => void, defaultDate: IsoDate): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const write = () => {
    timer = undefined;
    last = Date.now();
    const query = writeUrlState(location.search, getState(), defaultDate);
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  const unsubscribe = subscribe(() => {
    if (timer !== undefined) return;
    timer = setTimeout(write, Math.max(0, URL_WRITE_INTERVAL_MS - (Date.now() - last)));
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
