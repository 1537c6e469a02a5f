/**
 * What readers can do, as the state changes they make. Every view calls these rather than setting
 * state itself, so that, say, choosing an event means the same thing from the list, the timeline,
 * the panel, a link or playback.
 */
import type {IsoDate} from '../story/types.ts';
import type {AppState} from './app-state.ts';
import {eventForPlace, eventsOnDay} from './selectors.ts';
import type {Store} from './store.ts';
import type {StoryIndex} from './story-index.ts';

export interface ActionEffects {
  /** Moves the camera to show these places; `animate` false when the reader prefers less motion. */
  showPlaces: (placeIds: readonly string[], animate: boolean) => void;
}

export interface Actions {
  /** Moves to a day. Landing on a day with events selects its first; the open place stays open. */
  goToDate(date: IsoDate): void;
  /** Selects an event: the timeline moves to its date, the panel shows it, the camera shows its places. */
  selectEvent(eventId: string): void;
  /** Opens a place and selects its latest event by the day shown (or its first), moving the timeline there. */
  selectPlace(placeId: string): void;
  /** Closes the panel's details and returns to the day's overview. */
  closeDetails(): void;
  setHover(hover: AppState['hover']): void;
}

/** Whether the reader asked for less motion; checked at each move, since it can change. */
export const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function createActions(store: Store<AppState>, index: StoryIndex, effects: ActionEffects): Actions {
  return {
    goToDate(date) {
      if (date === store.getState().date) return;
      const [first] = eventsOnDay(index, date);
      store.setState({date, eventId: first?.id ?? null});
    },
    selectEvent(eventId) {
      const event = index.eventById.get(eventId);
      if (!event) return;
      store.setState({date: event.date, eventId, placeId: null});
      effects.showPlaces(
        event.places.map((p) => p.place),
        !prefersReducedMotion(),
      );
    },
    selectPlace(placeId) {
      if (!index.placeById.has(placeId)) return;
      const event = eventForPlace(index, placeId, store.getState().date);
      store.setState({placeId, ...(event ? {eventId: event.id, date: event.date} : {})});
    },
    closeDetails() {
      store.setState({placeId: null, eventId: null});
    },
    setHover(hover) {
      const current = store.getState().hover;
      if (JSON.stringify(current) !== JSON.stringify(hover)) store.setState({hover});
    },
  };
}
