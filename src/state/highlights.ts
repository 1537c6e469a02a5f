/**
 * What the views emphasise: the open place or the selected event's places, plus whatever the
 * reader points at in any view. Pure functions of the state, so every view agrees.
 */
import type {StoryEvent} from '../story/types.ts';
import type {AppState} from './app-state.ts';
import type {StoryIndex} from './story-index.ts';

type HighlightState = Pick<AppState, 'eventId' | 'placeId' | 'hover'>;

/** Places to emphasise on the map: the open place (else the selected event's), and what is pointed at. */
export function highlightedPlaces(index: StoryIndex, state: HighlightState): string[] {
  const places = new Set<string>();
  const {hover} = state;
  if (state.placeId) places.add(state.placeId);
  else if (state.eventId) index.eventById.get(state.eventId)?.places.forEach((p) => places.add(p.place));
  if (hover && 'eventId' in hover) index.eventById.get(hover.eventId)?.places.forEach((p) => places.add(p.place));
  if (hover && 'placeId' in hover) places.add(hover.placeId);
  return [...places];
}

/**
 * Events to emphasise on the timeline: the event pointed at, else the events of the place pointed
 * at or open.
 */
export function highlightedEvents(index: StoryIndex, state: HighlightState): readonly StoryEvent[] {
  const {hover} = state;
  const hoveredEvent = hover && 'eventId' in hover ? index.eventById.get(hover.eventId) : undefined;
  if (hoveredEvent) return [hoveredEvent];
  const placeId = hover && 'placeId' in hover ? hover.placeId : state.placeId;
  return placeId ? (index.eventsByPlace.get(placeId) ?? []) : [];
}
