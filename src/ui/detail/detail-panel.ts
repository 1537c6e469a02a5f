/**
 * The detail panel. It shows, in order of precedence: the place the reader opened (what was
 * reported or held there, when, in whose words, with sources), else the selected event, else a
 * summary of the day shown. It is re-rendered only when what it shows changes.
 */
import type {IsoDate} from '../../story/types.ts';
import type {StoryIndex} from '../../state/story-index.ts';
import {EVENT_KINDS} from '../../lib/event-kinds.ts';
import {append, h} from '../../lib/dom.ts';
import {formatDate} from '../../lib/format.ts';
import {dayView} from './day-view.ts';
import {eventView} from './event-view.ts';
import {placeView} from './place-view.ts';
import {siteView} from './site-view.ts';

/** What the views inside the panel can do. */
export interface DetailViewOptions {
  /** The reader chose a place (from an event, or the overview). */
  onSelectPlace: (placeId: string) => void;
  /** The reader chose an event (from a place, or previous/next). */
  onSelectEvent: (eventId: string) => void;
}

export interface DetailPanelOptions extends DetailViewOptions {
  /** The reader closed the panel (button or Escape). */
  onClose: () => void;
  /** Folds the summary of the day under a disclosure (the compact embed layout). */
  foldDay?: boolean;
}

export interface DetailPanelState {
  placeId: string | null;
  eventId: string | null;
  date: IsoDate;
}

export interface DetailPanel {
  render(state: DetailPanelState): void;
  /** Moves focus to the panel's heading, so screen readers start reading there. */
  focusHeading(): void;
  destroy(): void;
}

/** What the panel shows for a state; the panel re-renders only when this changes. */
function contentKey(state: DetailPanelState, index: StoryIndex): string {
  const {placeId, eventId, date} = state;
  if (placeId) return `place|${placeId}|${eventId}|${date}`;
  if (eventId && index.eventById.has(eventId)) return `event|${eventId}`;
  return `day|${date}`;
}

export function createDetailPanel(element: HTMLElement, index: StoryIndex, options: DetailPanelOptions): DetailPanel {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && element.dataset.view !== 'day') {
      event.preventDefault();
      options.onClose();
    }
  };
  element.addEventListener('keydown', onKeyDown);
  let heading: HTMLHeadingElement | null = null;
  let shown = '';

  return {
    render(state) {
      const key = contentKey(state, index);
      if (key === shown) return;
      shown = key;
      const {date} = state;
      const place = state.placeId ? index.placeById.get(state.placeId) : undefined;
      const site = place ? index.siteByPlace.get(place.id) : undefined;
      const event = !place && state.eventId ? index.eventById.get(state.eventId) : undefined;
      const kicker = place
        ? site
          ? place.status === 'unverified'
            ? 'Named in coverage, unverified'
            : 'Reported troop concentration'
          : 'Meeting place'
        : event
          ? `${EVENT_KINDS[event.kind].label}${event.talksWeek === 'session' ? ' · week of talks' : event.talksWeek === 'related' ? ' · on the side of the week of talks' : ''}`
          : formatDate(date);
      const title = place ? place.name : event ? event.title : `The situation on ${formatDate(date)}`;
      heading = h('h2', {id: 'detail-title', className: 'detail__title', attrs: {tabindex: -1}}, title);
      const header = h('div', {className: 'detail__header'}, h('p', {className: 'detail__kicker'}, kicker), heading);
      if (place || event) {
        append(
          header,
          h(
            'button',
            {
              className: 'detail__close',
              attrs: {type: 'button', 'aria-label': 'Close the details and go back to the day'},
              on: {click: () => options.onClose()},
            },
            'Close',
          ),
        );
      }
      const body = place
        ? site
          ? siteView(place, site, date, index)
          : placeView(place, state, index, options)
        : event
          ? eventView(event, index, options)
          : dayView(date, index, options);
      const folded = !place && !event && options.foldDay;
      element.replaceChildren(
        header,
        ...(folded ? [h('details', {className: 'fold'}, h('summary', {}, 'The day in brief'), ...body)] : body),
      );
      element.dataset.view = place ? 'place' : event ? 'event' : 'day';
    },
    focusHeading() {
      heading?.focus();
    },
    destroy() {
      element.removeEventListener('keydown', onKeyDown);
      element.replaceChildren();
    },
  };
}
