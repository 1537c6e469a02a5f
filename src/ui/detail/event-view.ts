/**
 * An event in the panel: its date, its places (buttons that open them), summary, quotes, doubts
 * and sources, and the way to the previous and next events.
 */
import type {StoryEvent} from '../../story/types.ts';
import {h} from '../../lib/dom.ts';
import {displayDate} from '../../lib/format.ts';
import {adjacentEvent} from '../../state/selectors.ts';
import {isOnMap, type StoryIndex} from '../../state/story-index.ts';
import {citationList} from './citations.ts';
import {doubt, quoteFigures, time} from './detail-parts.ts';
import type {DetailViewOptions} from './detail-panel.ts';

export function eventView(event: StoryEvent, index: StoryIndex, options: DetailViewOptions): HTMLElement[] {
  const places = event.places.map(({place: id, venue}) => {
    const place = index.placeById.get(id);
    if (!place) return null;
    const name = place.kind === 'venue' && place.locality ? `${place.name}, ${place.locality}` : place.name;
    const where = venue && venue !== place.name && venue !== 'venue not reported' ? ` (${venue})` : '';
    const onMap = isOnMap(place);
    return h(
      'li',
      {},
      onMap ? h('button', {className: 'link-button', attrs: {type: 'button'}, on: {click: () => options.onSelectPlace(id)}}, name) : name,
      where,
      onMap ? '' : place.position ? ' (outside the map)' : ' (not on the map)',
    );
  });
  const previous = adjacentEvent(index, {date: event.date, eventId: event.id}, -1);
  const next = adjacentEvent(index, {date: event.date, eventId: event.id}, 1);
  const nav = (target: StoryEvent | undefined, label: string, text: string) =>
    target
      ? h(
          'button',
          {
            className: 'control',
            attrs: {type: 'button', 'aria-label': `${label}: ${target.title}`},
            on: {click: () => options.onSelectEvent(target.id)},
          },
          text,
        )
      : null;
  return [
    h('p', {className: 'detail-event__meta'}, time(event.date, displayDate(event))),
    places.length ? h('ul', {className: 'detail__places', attrs: {'aria-label': 'Places'}}, ...places) : null,
    event.placeNote ? h('p', {className: 'detail__where'}, event.placeNote) : null,
    h('p', {className: 'detail-event__summary'}, event.summary),
    ...quoteFigures(event, index),
    event.doubt ? doubt(event.doubt, event.doubtSources, index) : null,
    citationList(event.sources, index.story.sources),
    h(
      'nav',
      {className: 'detail__nav', attrs: {'aria-label': 'Other events'}},
      nav(previous, 'Previous event', '‹ Previous event'),
      nav(next, 'Next event', 'Next event ›'),
    ),
  ].filter((node): node is HTMLElement => node !== null);
}
