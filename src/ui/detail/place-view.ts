/**
 * A meeting place (or a city) in the panel: the events held there by the day shown, newest first,
 * each a button that moves the timeline to it, and those still to come folded.
 */
import type {Place, StoryEvent} from '../../story/types.ts';
import {h} from '../../lib/dom.ts';
import {formatDate} from '../../lib/format.ts';
import {countUpTo} from '../../lib/sorted.ts';
import {eventsAtPlace} from '../../state/selectors.ts';
import type {StoryIndex} from '../../state/story-index.ts';
import {eventArticle, positionNote, whereLine} from './detail-parts.ts';
import type {DetailViewOptions, DetailPanelState} from './detail-panel.ts';

/** How many of a place's events the panel shows in full; the Events list has them all. */
const EVENTS_SHOWN = 8;

export function placeView(place: Place, state: DetailPanelState, index: StoryIndex, options: DetailViewOptions): HTMLElement[] {
  const {date, eventId} = state;
  const events = eventsAtPlace(index, place.id, date);
  const all = index.eventsByPlace.get(place.id) ?? [];
  const later = all.slice(countUpTo(all, date));
  const shown = events.slice(-EVENTS_SHOWN).reverse();
  const article = (e: StoryEvent) =>
    eventArticle(e, place.id, index, {selected: e.id === eventId, onSelect: () => options.onSelectEvent(e.id)});
  return [
    h('p', {className: 'detail__where'}, whereLine(place)),
    events.length > 1
      ? h('p', {className: 'hint'}, `${events.length} events here by ${formatDate(date)}. Choose one to move the timeline to it.`)
      : null,
    ...(shown.length ? shown.map(article) : [h('p', {}, `Nothing had happened here by ${formatDate(date)}.`)]),
    events.length > shown.length
      ? h('p', {className: 'hint'}, `${events.length - shown.length} earlier events are in the Events list.`)
      : null,
    later.length
      ? h(
          'details',
          {className: 'later'},
          h('summary', {}, `Later here: ${later.length} event${later.length > 1 ? 's' : ''}`),
          ...later.slice(0, EVENTS_SHOWN).map(article),
        )
      : null,
    positionNote(place, index),
  ].filter((node): node is HTMLElement => node !== null);
}
