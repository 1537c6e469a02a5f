/**
 * The list named "Events": every event, in date order, as a button with its date, title, kind and
 * places, followed by its summary and sources as text for screen readers.
 * It is the map's text alternative and the keyboard's way to any event; the selected one carries
 * `aria-current="true"`.
 *
 * Up to `WINDOW_THRESHOLD` events (the story has a few dozen) every item is in the page. Beyond
 * that the list renders only the items in and near view, at a fixed height each, with
 * `aria-setsize`/`aria-posinset` giving each its place in the whole: re-laying-out a hundred
 * thousand items on every step of the timeline took a second per frame.
 */
import type {EventKind, StoryEvent} from '../story/types.ts';
import {publishersOf} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {EVENT_KINDS} from '../lib/event-kinds.ts';
import {h, svg, svgIcon} from '../lib/dom.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';
import {displayDate} from '../lib/format.ts';
import {afterNextFrame, timeSlices} from '../lib/yield-to-main.ts';

export interface EventsListOptions {
  onSelect: (eventId: string) => void;
  onHover: (eventId: string | null) => void;
}

export interface EventsList {
  setSelected(eventId: string | null): void;
  destroy(): void;
}

/** Longer lists are windowed. */
export const WINDOW_THRESHOLD = 600;
/** Height of an item in a windowed list, px (titles are cut to one line there). */
const WINDOW_ITEM_HEIGHT = 56;
/** Items rendered above and below the visible ones in a windowed list. */
const WINDOW_OVERSCAN = 12;

function placeNames(event: StoryEvent, index: StoryIndex): string {
  const names = event.places.map((p) => index.placeById.get(p.place)?.locality ?? index.placeById.get(p.place)?.name).filter(Boolean);
  return [...new Set(names)].join(', ');
}

/** The kind's shape in its colour, as on the timeline. */
function kindMark(kind: EventKind): SVGSVGElement {
  const {shape} = EVENT_KINDS[kind];
  const mark = svgIcon(12, 12, svg('path', {d: shapePath(shape, 6, 6, 5.5 / SHAPE_EXTENT[shape])}));
  mark.setAttribute('class', `events__mark events__mark--${kind}`);
  return mark;
}

function itemFor(event: StoryEvent, index: StoryIndex): HTMLLIElement {
  const kind = EVENT_KINDS[event.kind];
  const where = placeNames(event, index);
  return h(
    'li',
    {},
    h(
      'button',
      {className: 'events__item', attrs: {type: 'button', 'data-event': event.id}},
      kindMark(event.kind),
      h('time', {className: 'events__date', attrs: {datetime: event.date}}, displayDate(event)),
      h('span', {className: 'events__title'}, event.title),
      h('span', {className: 'events__meta'}, `${kind.label}${where ? ` · ${where}` : ''}`),
    ),
    // The rest of the event, for screen readers: with it the list is the map's full text
    // alternative. Sighted readers get the same in the panel when they choose the event.
    h('p', {className: 'visually-hidden'}, textAlternative(event, index)),
  );
}

/** Summary, uncertainty and sources of an event, as one paragraph of text. */
function textAlternative(event: StoryEvent, index: StoryIndex): string {
  const publishers = publishersOf(index, event.sources);
  return [event.summary, event.doubt ? `Uncertain: ${event.doubt}` : '', publishers.length ? `Sources: ${publishers.join(', ')}.` : '']
    .filter(Boolean)
    .join(' ');
}

export function createEventsList(container: HTMLElement, index: StoryIndex, options: EventsListOptions): EventsList {
  const events = index.story.events;
  const windowed = events.length > WINDOW_THRESHOLD;
  const list = h('ol', {className: `events__list${windowed ? ' events__list--windowed' : ''}`, attrs: {'aria-labelledby': 'events-title'}});
  container.append(list);
  let selectedId: string | null = null;
  let frame = 0;

  /** The rendered button of an event, if it is in the page. */
  const buttonOf = (eventId: string | null) =>
    eventId ? list.querySelector<HTMLButtonElement>(`[data-event="${CSS.escape(eventId)}"]`) : null;

  /** Scrolls the list itself (never the page) so that the item at `top`…`bottom` is visible. */
  const scrollToShow = (top: number, bottom: number) => {
    if (top < container.scrollTop) container.scrollTop = top;
    else if (bottom > container.scrollTop + container.clientHeight) container.scrollTop = bottom - container.clientHeight;
  };

  let renderWindow = () => {};
  if (windowed) {
    list.style.height = `${events.length * WINDOW_ITEM_HEIGHT}px`;
    const rendered = new Map<number, HTMLLIElement>();
    renderWindow = () => {
      frame = 0;
      const first = Math.max(0, Math.floor(container.scrollTop / WINDOW_ITEM_HEIGHT) - WINDOW_OVERSCAN);
      const last = Math.min(
        events.length,
        Math.ceil((container.scrollTop + container.clientHeight) / WINDOW_ITEM_HEIGHT) + WINDOW_OVERSCAN,
      );
      for (const [i, item] of rendered) {
        if (i >= first && i < last) continue;
        // Keep a focused item, so that focus is not lost while the reader scrolls.
        if (item.contains(document.activeElement)) continue;
        item.remove();
        rendered.delete(i);
      }
      for (let i = first; i < last; i++) {
        if (rendered.has(i)) continue;
        const item = itemFor(events[i]!, index);
        item.style.top = `${i * WINDOW_ITEM_HEIGHT}px`;
        item.setAttribute('aria-setsize', String(events.length));
        item.setAttribute('aria-posinset', String(i + 1));
        if (events[i]!.id === selectedId) item.firstElementChild!.setAttribute('aria-current', 'true');
        rendered.set(i, item);
        list.append(item);
      }
    };
    renderWindow();
  } else {
    // Below the map on every screen: built after the first view is laid out, in tasks of its own,
    // and put in the page whole.
    void afterNextFrame().then(async () => {
      const pause = timeSlices();
      const fragment = document.createDocumentFragment();
      for (const event of events) {
        await pause();
        if (!list.isConnected) return;
        fragment.append(itemFor(event, index));
      }
      list.append(fragment);
      buttonOf(selectedId)?.setAttribute('aria-current', 'true');
      if (selectedId) revealFrame ||= requestAnimationFrame(reveal);
    });
  }
  const onScroll = () => {
    frame ||= requestAnimationFrame(renderWindow);
  };
  if (windowed) container.addEventListener('scroll', onScroll, {passive: true});

  // One listener for all items: a hundred thousand events cost no more listeners than forty.
  const eventIdOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('[data-event]')?.dataset.event : undefined;
  const onClick = (event: MouseEvent) => {
    const id = eventIdOf(event.target);
    if (id) options.onSelect(id);
  };
  const onOver = (event: Event) => options.onHover(eventIdOf(event.target) ?? null);
  const onOut = () => options.onHover(null);
  list.addEventListener('click', onClick);
  list.addEventListener('mouseover', onOver);
  list.addEventListener('focusin', onOver);
  list.addEventListener('mouseleave', onOut);
  list.addEventListener('focusout', onOut);

  let revealFrame = 0;
  const reveal = () => {
    revealFrame = 0;
    if (windowed && selectedId) {
      // Positions are known without measuring: scroll, then render what came into view.
      const position = index.eventPosition.get(selectedId) ?? 0;
      scrollToShow(position * WINDOW_ITEM_HEIGHT, (position + 1) * WINDOW_ITEM_HEIGHT);
      renderWindow();
      return;
    }
    const item = buttonOf(selectedId)?.parentElement;
    if (!item) return;
    // Measured against the scrolling box itself, whatever the positioned ancestors.
    const top = item.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
    scrollToShow(top, top + item.offsetHeight);
  };

  return {
    setSelected(eventId) {
      if (eventId === selectedId) return;
      buttonOf(selectedId)?.removeAttribute('aria-current');
      selectedId = eventId;
      if (!eventId) return;
      buttonOf(eventId)?.setAttribute('aria-current', 'true');
      // Scrolling reads and writes layout: once per frame, after the step, is enough.
      revealFrame ||= requestAnimationFrame(reveal);
    },
    destroy() {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(revealFrame);
      container.removeEventListener('scroll', onScroll);
      list.removeEventListener('click', onClick);
      list.removeEventListener('mouseover', onOver);
      list.removeEventListener('focusin', onOver);
      list.removeEventListener('mouseleave', onOut);
      list.removeEventListener('focusout', onOut);
      list.remove();
    },
  };
}
