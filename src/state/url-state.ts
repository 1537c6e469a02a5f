/**
 * The part of the state a link carries, written down once: each URL parameter with how it is read
 * and written. Unknown parameters are left alone (a host page may add its own); a value that does
 * not parse, or names something that does not exist, is ignored and the default view shown.
 *
 * | parameter | meaning |
 * |---|---|
 * | `event=<id>` | the selected event; ids are stable, readable slugs |
 * | `date=YYYY-MM-DD` | the timeline's date (an event implies its date) |
 * | `present=1` | the presentation (classroom) layout |
 */
import type {IsoDate} from '../story/types.ts';
import type {AppState} from './app-state.ts';
import {isIsoDate} from '../lib/dates.ts';
import type {StoryIndex} from './story-index.ts';

/** The state a URL asks for, checked against the data; empty when it asks for nothing valid. */
export function readUrlState(search: string, index: StoryIndex): Partial<Pick<AppState, 'date' | 'eventId' | 'present'>> {
  const params = new URLSearchParams(search);
  const present = params.get('present') === '1' ? {present: true} : {};
  const eventId = params.get('event');
  const event = eventId ? index.eventById.get(eventId) : undefined;
  if (event) return {eventId: event.id, date: event.date, ...present};
  const date = params.get('date');
  const {start, end} = index.story.period;
  if (isIsoDate(date) && date >= start && date <= end) return {date, ...present};
  return present;
}

/**
 * The query string for a state, keeping any other parameters of `search`. An event implies its
 * date, so a link to an event carries only the event; the default date is left out entirely.
 */
export function writeUrlState(
  search: string,
  state: Pick<AppState, 'date' | 'eventId'> & {present?: boolean},
  defaultDate: IsoDate,
): string {
  const params = new URLSearchParams(search);
  params.delete('event');
  params.delete('date');
  params.delete('present');
  if (state.eventId) params.set('event', state.eventId);
  else if (state.date !== defaultDate) params.set('date', state.date);
  if (state.present) params.set('present', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Browsers limit how often a page may rewrite its URL (Safari: 100 times per 30 s). */
export const URL_WRITE_INTERVAL_MS = 300;

/**
 * Keeps the address bar in step with the state through `history.replaceState`, at most once per
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
