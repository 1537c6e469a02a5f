/**
 * Lookups built once from the loaded story, so that what changes with the date costs a binary
 * search (src/lib/sorted.ts), not a pass over every event: the story has dozens of events, but the
 * page is built to stay fast with a hundred thousand (see `npm run bench`).
 */
import type {IsoDate, Place, Site, Story, StoryEvent} from '../story/types.ts';

export interface StoryIndex {
  story: Story;
  placeById: ReadonlyMap<string, Place>;
  siteByPlace: ReadonlyMap<string, Site>;
  eventById: ReadonlyMap<string, StoryEvent>;
  /** Position of each event in `story.events` (which is sorted by date). */
  eventPosition: ReadonlyMap<string, number>;
  /** Events at each place, in date order. */
  eventsByPlace: ReadonlyMap<string, readonly StoryEvent[]>;
  /** Diplomatic events at each place, in date order: they make a place a meeting place. */
  diplomacyByPlace: ReadonlyMap<string, readonly StoryEvent[]>;
  /** The events of the week of talks (10–13 January 2022), in date order. */
  talksWeek: readonly StoryEvent[];
  /** For each place that hosted part of the week of talks, the date it first did. */
  talksWeekFrom: ReadonlyMap<string, IsoDate>;
}

const isDiplomacy = (event: StoryEvent) => event.kind === 'diplomacy' || event.talksWeek !== undefined;

export function createStoryIndex(story: Story): StoryIndex {
  const eventsByPlace = new Map<string, StoryEvent[]>();
  const diplomacyByPlace = new Map<string, StoryEvent[]>();
  for (const event of story.events) {
    const seen = new Set<string>();
    for (const {place} of event.places) {
      if (seen.has(place)) continue;
      seen.add(place);
      push(eventsByPlace, place, event);
      if (isDiplomacy(event)) push(diplomacyByPlace, place, event);
    }
  }
  return {
    story,
    placeById: new Map(story.places.map((p) => [p.id, p])),
    siteByPlace: new Map(story.sites.map((s) => [s.place, s])),
    eventById: new Map(story.events.map((e) => [e.id, e])),
    eventPosition: new Map(story.events.map((e, i) => [e.id, i])),
    eventsByPlace,
    diplomacyByPlace,
    talksWeek: story.events.filter((e) => e.talksWeek),
    talksWeekFrom: firstTalksWeekDates(story.events),
  };
}

function firstTalksWeekDates(events: readonly StoryEvent[]): Map<string, IsoDate> {
  const from = new Map<string, IsoDate>();
  for (const event of events) {
    if (!event.talksWeek) continue;
    for (const {place} of event.places) if (!from.has(place)) from.set(place, event.date);
  }
  return from;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether `date` is a day of the story (the timeline's range). */
export function isStoryDate(index: StoryIndex, date: IsoDate): boolean {
  return date >= index.story.period.start && date <= index.story.period.end;
}

/**
 * Whether a place is drawn on the map: it has a position, inside the region the map covers
 * (places elsewhere, such as Washington, are listed but not drawn).
 */
export function isOnMap(place: Place | undefined): place is Place & {position: NonNullable<Place['position']>} {
  return Boolean(place?.position && place.inRegion);
}
