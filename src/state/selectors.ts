/**
 * What the map shows on a given day, as pure functions of the story and the date. Unit-tested
 * without a browser; both the SVG map and the MapLibre map draw from them.
 */
import type {IsoDate, Place, Site, SiteReport, StoryEvent, Strength} from '../data/types.ts';
import {countUpTo, type StoryIndex} from './story-index.ts';

/**
 * `active`: reported by that day and not reported gone; `departed`: a report said most of it left;
 * `unverified`: named in some coverage, with no report for the period (shown throughout, marked).
 */
export type SiteStatus = 'active' | 'departed' | 'unverified';

export interface SiteOnDate {
  site: Site;
  place: Place & {position: NonNullable<Place['position']>};
  status: SiteStatus;
  /** The latest strength figure reported on or before the day. */
  strength?: Strength & {report: SiteReport};
}

export interface MeetingPlaceOnDate {
  place: Place & {position: NonNullable<Place['position']>};
  /** Diplomatic events held there on or before the day, oldest first. */
  events: readonly StoryEvent[];
  /** The venue of the latest of them, when the sources name one. */
  venue?: string;
  /** Whether one of them was part of the week of talks (10–13 January). */
  talksWeek: boolean;
}

const located = (place: Place | undefined): place is Place & {position: NonNullable<Place['position']>} =>
  Boolean(place?.position && place.inRegion);

/** Troop sites to draw on `date`, each with its status. */
export function sitesOnDate(index: StoryIndex, date: IsoDate): SiteOnDate[] {
  const result: SiteOnDate[] = [];
  for (const site of index.story.sites) {
    const place = index.placeById.get(site.place);
    if (!located(place)) continue;
    if (place.status === 'unverified') {
      result.push({site, place, status: 'unverified'});
      continue;
    }
    if (!site.firstReported || site.firstReported > date) continue;
    const status: SiteStatus = site.departed && site.departed <= date ? 'departed' : 'active';
    const report = [...site.reports].reverse().find((r) => r.strength && r.date && r.date <= date);
    result.push({site, place, status, ...(report?.strength ? {strength: {...report.strength, report}} : {})});
  }
  return result;
}

/** Places where diplomatic events had been held by `date`, with the venue of the latest one. */
export function meetingPlacesOnDate(index: StoryIndex, date: IsoDate): MeetingPlaceOnDate[] {
  const result: MeetingPlaceOnDate[] = [];
  for (const [placeId, events] of index.eventsByPlace) {
    const place = index.placeById.get(placeId);
    if (!located(place) || place.kind === 'troop-site') continue;
    const held = events.slice(0, countUpTo(events, date)).filter((e) => e.kind === 'diplomacy' || e.talksWeek);
    const latest = held.at(-1);
    if (!latest) continue;
    const venue = latest.places.find((p) => p.place === placeId)?.venue;
    result.push({
      place,
      events: held,
      ...(venue ? {venue} : {}),
      talksWeek: held.some((e) => e.talksWeek === 'session' || e.talksWeek === 'related'),
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
export function citiesOnDate(
  index: StoryIndex,
  meetingPlaces: readonly MeetingPlaceOnDate[],
): (Place & {position: NonNullable<Place['position']>})[] {
  const meeting = new Set(meetingPlaces.map((m) => m.place.id));
  const localities = new Set(meetingPlaces.map((m) => m.place.locality).filter(Boolean));
  return index.story.places.filter(
    (p): p is Place & {position: NonNullable<Place['position']>} =>
      p.kind === 'city' && located(p) && !meeting.has(p.id) && !localities.has(p.name),
  );
}
