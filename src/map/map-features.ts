/**
 * What the maps draw, as GeoJSON shared by both renderers (SVG and MapLibre), and the matching
 * keyboard targets with their accessible names.
 *
 * Troop sites and the route of the talks are static: each feature carries the days on which it
 * appears, leaves or grows, and the renderers compare them with the day shown (MapLibre through a
 * global-state expression, the SVG map in code). Moving the timeline therefore changes one number
 * instead of rebuilding data. Meeting places and city labels depend on the day in ways a style
 * expression cannot say (which venue is the latest); they are recomputed per day, cheaply, and the
 * maps are updated only when they actually change.
 */
import type {Feature, FeatureCollection, LineString, Point} from 'geojson';
import type {IsoDate} from '../story/types.ts';
import {INSET_EAST_LIMIT} from '../lib/regions.ts';
import {daysBetween} from '../lib/dates.ts';
import {
  citiesOnDate,
  meetingPlacesOnDate,
  sitesOnDate,
  type MeetingPlaceOnDate,
  type SiteOnDate,
  type SiteStatus,
} from '../state/selectors.ts';
import {isOnMap, type StoryIndex} from '../state/story-index.ts';
import {countUpTo, latestAtOrBelow} from '../lib/sorted.ts';
import {displayDate, formatDate, formatNumber, formatShortDate} from '../lib/format.ts';

/** A day index that never comes: for sites that never left or never had a count. */
export const NEVER = 1_000_000;

export interface SiteProperties {
  id: string;
  name: string;
  /** 1 for sites named in some coverage but unverified for the period: drawn on every day. */
  unverified: number;
  /** Day index (days since the story's first day) of the first report. */
  firstDay: number;
  /** Day index of the report that most forces had left, or `NEVER`. */
  departedDay: number;
  /** Day index from which the strength figure applies, or `NEVER`. */
  strengthDay: number;
  /**
   * Day index from which the figure no longer describes the site (forces reported moving on or
   * gone), or `NEVER`: a figure is shown only while it is current.
   */
  strengthUntilDay: number;
  /** Second label line while the figure is current: the figure and its date. */
  detail: string;
  /** How far the real site may be from the pin, in km (0 when the pin is the site). */
  precisionKm: number;
  /** Day indexes of every dated report, sorted: on those days the site is marked as new. */
  reportDays: number[];
}

export interface VenueProperties {
  id: string;
  /** The city. */
  name: string;
  /** The venue, e.g. "NATO Headquarters"; empty when not reported. */
  venue: string;
  /** 1 for the places of the week of talks (drawn larger), else 0. */
  talksWeek: number;
  /** 1 when the place hosted talks on the day shown: its label is placed first. */
  today: number;
  /** 1 for places far west of the story's ground, shown in the inset "Where they talked". */
  inset: number;
}

export interface CityProperties {
  id: string;
  name: string;
  capital: number;
}

export interface RouteProperties {
  /** Day index of the meeting the leg arrives at: the leg is drawn from then on. */
  fromDay: number;
}

/** A turning point's note on the map, from its day on. */
export interface TurningPointMark {
  id: string;
  /** The note, e.g. "Russia launches a full-scale invasion". */
  note: string;
  /** "24 Feb". */
  when: string;
  day: number;
  lon: number;
  lat: number;
}

/** Drawn whatever the day. */
export interface StaticMapContent {
  sites: FeatureCollection<Point, SiteProperties>;
  route: FeatureCollection<LineString, RouteProperties>;
  turningPoints: TurningPointMark[];
  /**
   * Every day on which something in `sites` or `route` changes (appears, leaves, grows), sorted.
   * Between two of them the static content looks the same (see `latestChange`).
   */
  changeDays: number[];
}

/** Recomputed when the day changes. */
export interface DatedMapContent {
  venues: FeatureCollection<Point, VenueProperties>;
  cities: FeatureCollection<Point, CityProperties>;
  /** Changes exactly when `venues` or `cities` would draw differently. */
  key: string;
}

export interface PlaceTarget {
  id: string;
  kind: 'venue' | 'site';
  lon: number;
  lat: number;
  /** What a screen reader announces: the place and what happened there. */
  label: string;
  /** The short name shown on hover or focus. */
  name: string;
}

/**
 * Radius of a site's circle, px. One size for all: the sources counted different things (vehicles,
 * tents, troops) or nothing, so sizes would compare what cannot be compared; figures go in labels.
 */
export const SITE_RADIUS = 6;

/** How many events a meeting place's accessible name lists before "and N earlier". */
const NAMED_EVENTS = 3;

function strengthLine(strength: {qualifier?: string; value: number; unit: string}, when: string): string {
  return `${strength.qualifier ? `${strength.qualifier} ` : ''}${formatNumber(strength.value)} ${strength.unit}${when ? `, ${when}` : ''}`;
}

function point<P>(lon: number, lat: number, properties: P): Feature<Point, P> {
  return {type: 'Feature', properties, geometry: {type: 'Point', coordinates: [lon, lat]}};
}

/** The day index of `date` in the story (0 on its first day). */
export function dayOf(index: StoryIndex, date: IsoDate): number {
  return daysBetween(index.story.period.start, date);
}

/** What a site looks like on `day`, from its static properties; `null` when it is not drawn yet. */
export function siteStatusOnDay(site: SiteProperties, day: number): SiteStatus | null {
  if (site.unverified) return 'unverified';
  if (site.firstDay > day) return null;
  return site.departedDay <= day ? 'departed' : 'active';
}

export function staticMapContent(index: StoryIndex): StaticMapContent {
  const sites: Feature<Point, SiteProperties>[] = [];
  for (const site of index.story.sites) {
    const place = index.placeById.get(site.place);
    if (!isOnMap(place)) continue;
    // The data build allows one strength figure per site, so one day describes it; it holds until
    // a later report says the forces moved on or left.
    const report = site.reports.find((r) => r.strength && r.date);
    const strength = report?.strength;
    const superseded = report?.date
      ? site.reports.find((r) => r.date && r.date > report.date! && (r.kind === 'moved' || r.kind === 'departure'))
      : undefined;
    sites.push(
      point(place.position.lon, place.position.lat, {
        id: place.id,
        name: place.shortName ?? place.name,
        unverified: place.status === 'unverified' ? 1 : 0,
        firstDay: site.firstReported ? dayOf(index, site.firstReported) : NEVER,
        departedDay: site.departed ? dayOf(index, site.departed) : NEVER,
        strengthDay: report?.date ? dayOf(index, report.date) : NEVER,
        strengthUntilDay: superseded?.date ? dayOf(index, superseded.date) : NEVER,
        detail: strength ? strengthLine(strength, report.dateText ?? (report.date ? formatShortDate(report.date) : '')) : '',
        precisionKm: place.precision?.km ?? 0,
        reportDays: [...new Set(site.reports.flatMap((r) => (r.date ? [dayOf(index, r.date)] : [])))].sort((a, b) => a - b),
      }),
    );
  }
  const route = (index.story.talksRoute ?? []).map((leg): Feature<LineString, RouteProperties> => ({
    type: 'Feature',
    properties: {fromDay: dayOf(index, leg.date)},
    geometry: {type: 'LineString', coordinates: leg.coordinates},
  }));
  const turningPoints = index.story.events.flatMap((event): TurningPointMark[] => {
    const point = event.turningPoint;
    const place = point ? index.placeById.get(point.place) : undefined;
    if (!point || !isOnMap(place)) return [];
    return [{id: event.id, note: point.note, when: formatShortDate(event.date), day: dayOf(index, event.date), ...place.position}];
  });
  const changeDays = new Set<number>();
  for (const {properties: p} of sites)
    for (const d of [p.firstDay, p.departedDay, p.strengthDay, p.strengthUntilDay, ...p.reportDays]) if (d !== NEVER) changeDays.add(d);
  for (const {properties: p} of route) changeDays.add(p.fromDay);
  for (const {day} of turningPoints) changeDays.add(day);
  return {
    sites: {type: 'FeatureCollection', features: sites},
    route: {type: 'FeatureCollection', features: route},
    turningPoints,
    changeDays: [...changeDays].sort((a, b) => a - b),
  };
}

/**
 * The last day of `changeDays` on or before `day` (or -1): drawing the static content as of that
 * day looks exactly like drawing it as of `day`, so renderers need to redraw only when it changes.
 */
export function latestChange(changeDays: readonly number[], day: number): number {
  return latestAtOrBelow(changeDays, day);
}

function venueName(meeting: MeetingPlaceOnDate): string {
  return meeting.place.kind === 'venue' ? (meeting.place.locality ?? meeting.place.name) : meeting.place.name;
}

function venueText(meeting: MeetingPlaceOnDate): string {
  if (meeting.place.kind === 'venue') return meeting.place.name;
  return meeting.venue && meeting.venue !== 'venue not reported' ? meeting.venue : '';
}

/** `meetings` may be passed when already computed for `date` (see `meetingPlacesOnDate`). */
export function datedMapContent(index: StoryIndex, date: IsoDate, meetings = meetingPlacesOnDate(index, date)): DatedMapContent {
  const cities = citiesOnDate(index, meetings);
  const venues = meetings.map((m) =>
    point(m.place.position.lon, m.place.position.lat, {
      id: m.place.id,
      name: venueName(m),
      venue: venueText(m),
      talksWeek: m.talksWeek ? 1 : 0,
      today: m.today ? 1 : 0,
      inset: m.place.position.lon < INSET_EAST_LIMIT ? 1 : 0,
    }),
  );
  const key = [...venues.map(({properties: p}) => `${p.id}|${p.venue}|${p.talksWeek}|${p.today}`), ...cities.map((c) => c.id)].join(';');
  return {
    venues: {type: 'FeatureCollection', features: venues},
    cities: {
      type: 'FeatureCollection',
      features: cities.map((c) => point(c.position.lon, c.position.lat, {id: c.id, name: c.name, capital: c.capital ? 1 : 0})),
    },
    key,
  };
}

function siteLabel(site: SiteOnDate, date: IsoDate): string {
  const where = site.place.region ? `${site.place.name}, ${site.place.region}` : site.place.name;
  if (site.status === 'unverified') return `${where}: named in some coverage, unverified for this period`;
  const parts = [`${where}: troops reported from ${formatDate(site.site.firstReported ?? '')}`];
  if (site.strength) {
    const {report} = site.strength;
    parts.push(strengthLine(site.strength, report.dateText ?? (report.date ? formatShortDate(report.date) : '')));
  }
  if (site.status === 'departed' && site.site.departed) parts.push(`reported departed ${formatDate(site.site.departed)}`);
  // The latest move or claim by the day shown: forces moving on, or what only a party said.
  const latest = site.site.reports.findLast((r) => (r.kind === 'moved' || r.kind === 'claim') && r.date && r.date <= date);
  if (latest?.kind === 'moved') parts.push(`reported moving towards ${latest.movedTo ?? 'Ukraine'}, ${formatDate(latest.date!)}`);
  if (latest?.kind === 'claim')
    parts.push(`${latest.claimBy ?? 'a party'} claimed a change on ${formatDate(latest.date!)}, not confirmed by others`);
  return parts.join('; ');
}

function venueLabel(index: StoryIndex, meeting: MeetingPlaceOnDate, date: IsoDate): string {
  const venue = venueText(meeting);
  const events = index.eventsByPlace.get(meeting.place.id) ?? [];
  const upTo = countUpTo(events, date);
  // Newest first: the venue named is the latest one's.
  const named = events.slice(Math.max(0, upTo - NAMED_EVENTS), upTo).reverse();
  const held = named.map((e) => `${e.title}, ${displayDate(e)}`).join('; ');
  const earlier = upTo - named.length;
  return `${venueName(meeting)}${venue ? ` (${venue})` : ''}: ${held}${earlier ? `; and ${earlier} earlier` : ''}`;
}

/** The places a reader can reach on `date`: meeting places west to east, then sites north to south. */
export function placeTargetsOnDate(index: StoryIndex, date: IsoDate, meetings = meetingPlacesOnDate(index, date)): PlaceTarget[] {
  const sites = sitesOnDate(index, date);
  return [
    ...meetings
      .map((m): PlaceTarget => ({
        id: m.place.id,
        kind: 'venue',
        lon: m.place.position.lon,
        lat: m.place.position.lat,
        label: venueLabel(index, m, date),
        name: venueName(m),
      }))
      .sort((a, b) => a.lon - b.lon),
    ...sites
      .map((s): PlaceTarget => ({
        id: s.place.id,
        kind: 'site',
        lon: s.place.position.lon,
        lat: s.place.position.lat,
        label: siteLabel(s, date),
        name: s.place.name,
      }))
      .sort((a, b) => b.lat - a.lat),
  ];
}
