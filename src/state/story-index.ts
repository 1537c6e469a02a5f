/**
 * Lookups built once from the loaded story, so that selectors stay cheap however often the date
 * changes: places, sites and events by id, and each place's events sorted by date.
 */
import type {Place, Site, Story, StoryEvent} from '../data/types.ts';

export interface StoryIndex {
  story: Story;
  placeById: ReadonlyMap<string, Place>;
  siteByPlace: ReadonlyMap<string, Site>;
  eventById: ReadonlyMap<string, StoryEvent>;
  /** Events at each place, in date order (the story's order). */
  eventsByPlace: ReadonlyMap<string, readonly StoryEvent[]>;
}

export function createStoryIndex(story: Story): StoryIndex {
  const eventsByPlace = new Map<string, StoryEvent[]>();
  for (const event of story.events) {
    for (const {place} of event.places) {
      const list = eventsByPlace.get(place) ?? [];
      if (!list.includes(event)) list.push(event);
      eventsByPlace.set(place, list);
    }
  }
  return {
    story,
    placeById: new Map(story.places.map((p) => [p.id, p])),
    siteByPlace: new Map(story.sites.map((s) => [s.place, s])),
    eventById: new Map(story.events.map((e) => [e.id, e])),
    eventsByPlace,
  };
}

/** How many of `sorted` (ordered by date) fall on or before `date`: a binary search. */
export function countUpTo(sorted: readonly {date: string}[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.date ?? '') <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}
