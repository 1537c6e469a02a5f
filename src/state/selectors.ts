/**
 * What the page shows on a given day, as pure functions of the story and the date. Unit-tested
 * without a browser; the maps, the timeline and the panels all draw from them. Everything that runs
 * on each step of the timeline is a binary search over sorted arrays, never a pass over all events.
 */
import type {Citation, Estimate, IsoDate, Place, Site, SiteReport, StoryEvent, Strength} from '../story/types.ts';
import {countBefore, countUpTo} from '../lib/sorted.ts';
import {isOnMap, type StoryIndex} from './story-index.ts';

/**
 * `active`: reported by that day and not reported gone; `departed`: a report said most of it left;
 * `unverified`: named in some coverage, with no report for the period (shown throughout, marked).
 */
export type SiteStatus = 'active' | 'departed' | 'unverified';

export type LocatedPlace = Place & {position: NonNullable<Place['position']>};

export interface SiteOnDate {
  site: Site;
  place: LocatedPlace;
  status: SiteStatus;
  /** The latest strength figure reported on or before the day. */
  strength?: Strength & {report: SiteReport};
}

export interface MeetingPlaceOnDate {
  place: LocatedPlace;
  /** How many diplomatic events had been held there by the day. */
  count: number;
  /** The latest of them. */
  latest: StoryEvent;
  /** The venue of the latest, when the sources name one. */
  venue?: string;
  /** Whether one of them was part of the week of talks (10–13 January). */
  talksWeek: boolean;
  /** Whether talks were held there on the day itself. */
  today: boolean;
}

/** Troop sites to draw on `date`, each with its status. */
export function sitesOnDate(index: StoryIndex, date: IsoDate): SiteOnDate[] {
  const result: SiteOnDate[] = [];
  for (const site of index.story.sites) {
    const place = index.placeById.get(site.place);
    if (!isOnMap(place)) continue;
    if (place.status === 'unverified') {
      result.push({site, place, status: 'unverified'});
      continue;
    }
    if (!site.firstReported || site.firstReported > date) continue;
    const status: SiteStatus = site.departed && site.departed <= date ? 'departed' : 'active';
    const report = site.reports.findLast((r) => r.strength && r.date && r.date <= date);
    result.push({site, place, status, ...(report?.strength ? {strength: {...report.strength, report}} : {})});
  }
  return result;
}

/** Places where diplomatic events had been held by `date`, with the venue of the latest one. */
export function meetingPlacesOnDate(index: StoryIndex, date: IsoDate): MeetingPlaceOnDate[] {
  const result: MeetingPlaceOnDate[] = [];
  for (const [placeId, events] of index.diplomacyByPlace) {
    const place = index.placeById.get(placeId);
    if (!isOnMap(place) || place.kind === 'troop-site') continue;
    const count = countUpTo(events, date);
    const latest = events[count - 1];
    if (!latest) continue;
    const venue = latest.places.find((p) => p.place === placeId)?.venue;
    const weekFrom = index.talksWeekFrom.get(placeId);
    result.push({
      place,
      count,
      latest,
      ...(venue ? {venue} : {}),
      talksWeek: weekFrom !== undefined && weekFrom <= date,
      today: latest.date === date,
    });
  }
  return result;
}

/** Events at a place on or before `date`, oldest first. */
export function eventsAtPlace(index: StoryIndex, placeId: string, date: IsoDate): readonly StoryEvent[] {
  const events = index.eventsByPlace.get(placeId) ?? [];
  return events.slice(0, countUpTo(events, date));
}

/**
 * Reference cities to label on `date`: those not drawn as a meeting place that day, nor already
 * named by a venue in them (Rome is labelled with Villa Madama once the venue appears).
 */
export function citiesOnDate(index: StoryIndex, meetingPlaces: readonly MeetingPlaceOnDate[]): LocatedPlace[] {
  const meeting = new Set(meetingPlaces.map((m) => m.place.id));
  const localities = new Set(meetingPlaces.map((m) => m.place.locality).filter(Boolean));
  return index.story.places.filter(
    (p): p is LocatedPlace => p.kind === 'city' && isOnMap(p) && !meeting.has(p.id) && !localities.has(p.name),
  );
}

/** The events dated `date`, in story order. */
export function eventsOnDay(index: StoryIndex, date: IsoDate): readonly StoryEvent[] {
  const events = index.story.events;
  return events.slice(countBefore(events, date), countUpTo(events, date));
}

/**
 * The event after (`+1`) or before (`-1`) the current one: the selected event when there is one,
 * else the day shown (so from a day without events, the nearest event on either side).
 */
export function adjacentEvent(index: StoryIndex, from: {date: IsoDate; eventId: string | null}, direction: 1 | -1): StoryEvent | undefined {
  const events = index.story.events;
  const position = from.eventId === null ? undefined : index.eventPosition.get(from.eventId);
  if (position !== undefined) return events[position + direction];
  return direction === 1 ? events[countUpTo(events, from.date)] : events[countBefore(events, from.date) - 1];
}

/** The place a reader most likely means when activating `placeId`: its latest event by `date`, else its first. */
export function eventForPlace(index: StoryIndex, placeId: string, date: IsoDate): StoryEvent | undefined {
  const events = index.eventsByPlace.get(placeId) ?? [];
  return events[countUpTo(events, date) - 1] ?? events[0];
}

/** The latest headline troop estimate published on or before `date`, if any. */
export function latestEstimate(index: StoryIndex, date: IsoDate): Estimate | undefined {
  const {estimates} = index.story;
  return estimates[countUpTo(estimates, date) - 1];
}

/**
 * The publishers behind some citations, each once, with the state-media label where an outlet is
 * controlled by a party to the story: "Reuters", "TASS (Russian state media)".
 */
export function publishersOf(index: StoryIndex, citations: readonly Citation[]): string[] {
  const names = citations.map((c) => {
    const source = index.story.sources[c.source];
    return source ? `${source.publisher}${source.stateMedia ? ` (${source.stateMedia})` : ''}` : undefined;
  });
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

/** The publishers cited by the most events, most cited first. */
export function mostCitedPublishers(index: StoryIndex, count: number): string[] {
  const counts = new Map<string, number>();
  for (const event of index.story.events)
    for (const publisher of publishersOf(index, event.sources)) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([publisher]) => publisher);
}
