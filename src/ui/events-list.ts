/**
 * The list named "Events": every event, in date order, as a button with its date, title and kind.
 * It is the map's text alternative and the keyboard's way to any event; the selected one carries
 * `aria-current="true"`. Built once; changing the selection touches two items.
 */
import type {StoryEvent} from '../data/types.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {EVENT_KINDS} from '../timeline/event-kinds.ts';
import {h} from './dom.ts';
import {displayDate} from './format.ts';

export interface EventsListOptions {
  onSelect: (eventId: string) => void;
  onHover: (eventId: string | null) => void;
}

export interface EventsList {
  setSelected(eventId: string | null): void;
  destroy(): void;
}

function placeNames(event: StoryEvent, index: StoryIndex): string {
  const names = event.places.map((p) => index.placeById.get(p.place)?.locality ?? index.placeById.get(p.place)?.name).filter(Boolean);
  return [...new Set(names)].join(', ');
}

export function createEventsList(container: HTMLElement, index: StoryIndex, options: EventsListOptions): EventsList {
  const list = h('ol', {className: 'events__list', attrs: {'aria-labelledby': 'events-title'}});
  const buttons = new Map<string, HTMLButtonElement>();
  const fragment = document.createDocumentFragment();
  for (const event of index.story.events) {
    const kind = EVENT_KINDS[event.kind];
    const where = placeNames(event, index);
    const button = h(
      'button',
      {className: 'events__item', attrs: {type: 'button', 'data-event': event.id}},
      h('span', {className: `events__mark events__mark--${event.kind}`, attrs: {'aria-hidden': 'true'}}),
      h('time', {className: 'events__date', attrs: {datetime: event.date}}, displayDate(event)),
      h('span', {className: 'events__title'}, event.title),
      h('span', {className: 'events__meta'}, `${kind.label}${where ? ` · ${where}` : ''}`),
    );
    buttons.set(event.id, button);
    fragment.append(h('li', {}, button));
  }
  list.append(fragment);
  container.append(list);

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

  let selected: HTMLButtonElement | undefined;
  return {
    setSelected(eventId) {
      const next = eventId ? buttons.get(eventId) : undefined;
      if (next === selected) return;
      selected?.removeAttribute('aria-current');
      selected = next;
      if (!next) return;
      next.setAttribute('aria-current', 'true');
      // Keep the selected event in view inside the list, without scrolling the page.
      const item = next.parentElement!;
      if (item.offsetTop < container.scrollTop) container.scrollTop = item.offsetTop;
      else if (item.offsetTop + item.offsetHeight > container.scrollTop + container.clientHeight) {
        container.scrollTop = item.offsetTop + item.offsetHeight - container.clientHeight;
      }
    },
    destroy() {
      list.removeEventListener('click', onClick);
      list.removeEventListener('mouseover', onOver);
      list.removeEventListener('focusin', onOver);
      list.removeEventListener('mouseleave', onOut);
      list.removeEventListener('focusout', onOut);
      list.remove();
    },
  };
}
