/**
 * What readers can do, as the state changes they make. Every view calls these rather than setting
 * state itself, so that, say, choosing an event means the same thing from the list, the timeline,
 * the panel, a link, the guided tour or playback. The camera follows the state: choosing an event
 * asks for its places to be shown (`camera`), and the map decides how to get there.
 */
import type {IsoDate} from '../story/types.ts';
import {cameraOn, type AppState} from './app-state.ts';
import {adjacentEvent, eventForPlace, eventsOnDay} from './selectors.ts';
import type {Store} from './store.ts';
import type {StoryIndex} from './story-index.ts';

export interface Actions {
  /** Moves to a day. Landing on a day with events selects its first; the open place stays open. */
  goToDate(date: IsoDate): void;
  /**
   * Selects an event: the timeline moves to its date, the panel shows it, the camera shows its
   * places; with `camera` false (playback), the frame stays where it is.
   */
  selectEvent(eventId: string, camera?: boolean): void;
  /** Opens a place and selects its latest event by the day shown (or its first), moving the timeline there. */
  selectPlace(placeId: string): void;
  /**
   * Selects the event after (+1) or before (-1) the selected one, or the nearest on either side
   * of the day shown. With `todayFirst` (presenting), the first step forward from a day with events
   * but none chosen is the day's own first event.
   */
  stepEvent(direction: 1 | -1, todayFirst?: boolean): void;
  /** Closes the panel's details and returns to the day's overview. */
  closeDetails(): void;
  setHover(hover: AppState['hover']): void;
  /** Shows step `step` of the guided tour (0-based) and selects its event; out of range, nothing. */
  goToTourStep(step: number): void;
  endTour(): void;
  setPresent(present: boolean): void;
}

export function createActions(store: Store<AppState>, index: StoryIndex): Actions {
  const selectEvent = (eventId: string, patch: Partial<AppState> = {}) => {
    const event = index.eventById.get(eventId);
    if (!event) return;
    store.setState({camera: cameraOn(event), ...patch, date: event.date, eventId, placeId: null});
  };
  return {
    goToDate(date) {
      if (date === store.getState().date) return;
      const [first] = eventsOnDay(index, date);
      store.setState({date, eventId: first?.id ?? null});
    },
    selectEvent: (eventId, camera = true) => selectEvent(eventId, camera ? {} : {camera: store.getState().camera}),
    selectPlace(placeId) {
      if (!index.placeById.has(placeId)) return;
      const event = eventForPlace(index, placeId, store.getState().date);
      store.setState({placeId, ...(event ? {eventId: event.id, date: event.date} : {})});
    },
    stepEvent(direction, todayFirst = false) {
      const state = store.getState();
      const [today] = state.eventId || !todayFirst ? [] : eventsOnDay(index, state.date);
      const target = direction === 1 && today ? today : adjacentEvent(index, state, direction);
      if (target) selectEvent(target.id);
    },
    closeDetails() {
      store.setState({placeId: null, eventId: null});
    },
    setHover(hover) {
      const current = store.getState().hover;
      if (JSON.stringify(current) !== JSON.stringify(hover)) store.setState({hover});
    },
    goToTourStep(step) {
      const target = index.story.storySteps[step];
      // Every step shows the story's frame, Kyiv and the border in view, whatever the reader zoomed to.
      if (target) selectEvent(target.event, {tourStep: step, camera: {home: true}});
    },
    endTour() {
      store.setState({tourStep: null});
    },
    setPresent(present) {
      store.setState({present});
    },
  };
}
