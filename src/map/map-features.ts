/**
 * The points the map draws on a given day, as GeoJSON shared by both renderers (SVG and MapLibre),
 * and the matching list of keyboard targets with their accessible names.
 */
import type {Feature, FeatureCollection, Point} from 'geojson';
import type {IsoDate} from '../data/types.ts';
import {
  citiesOnDate,
  meetingPlacesOnDate,
  sitesOnDate,
  type MeetingPlaceOnDate,
  type SiteOnDate,
  type SiteStatus,
} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {STORY_BBOX} from '../geo/regions.ts';
import {displayDate, formatDate, formatNumber, formatShortDate} from '../ui/format.ts';

export interface SiteProperties {
  id: string;
  name: string;
  status: SiteStatus;
  /** Second label line: the latest strength figure and its date, or empty. */
  detail: string;
  /** Circle radius in pixels: larger where more vehicles were reported. */
  radius: number;
  /** How far the real site may be from the pin, in km (0 when the pin is the site). */
  precisionKm: number;
  /** 1 when the label should go west of the point first (see `labelsWest`). */
  labelWest: number;
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
  labelWest: number;
}

export interface CityProperties {
  id: string;
  name: string;
  capital: number;
}

export interface MapFeatures {
  sites: FeatureCollection<Point, SiteProperties>;
  venues: FeatureCollection<Point, VenueProperties>;
  cities: FeatureCollection<Point, CityProperties>;
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

/** Points this close to the east edge of the first view put their labels west of them. */
const labelsWest = (lon: number) => (lon > STORY_BBOX[2] - 5 ? 1 : 0);

/** Radius of a site with no reported count, in pixels. */
export const SITE_BASE_RADIUS = 6;

/** Area grows with the count: 700 vehicles draw about 2.5 times as wide as a site with no count. */
export function siteRadius(site: SiteOnDate): number {
  if (site.strength?.unit !== 'vehicles') return SITE_BASE_RADIUS;
  return Math.round((SITE_BASE_RADIUS + 0.35 * Math.sqrt(site.strength.value)) * 10) / 10;
}

function strengthLine(site: SiteOnDate): string {
  const strength = site.strength;
  if (!strength) return '';
  const when = strength.report.dateText ?? (strength.report.date ? formatShortDate(strength.report.date) : '');
  return `${strength.qualifier ? `${strength.qualifier} ` : ''}${formatNumber(strength.value)} ${strength.unit}${when ? `, ${when}` : ''}`;
}

function point<P>(lon: number, lat: number, properties: P): Feature<Point, P> {
  return {type: 'Feature', properties, geometry: {type: 'Point', coordinates: [lon, lat]}};
}

function siteLabel(site: SiteOnDate): string {
  const where = site.place.region ? `${site.place.name}, ${site.place.region}` : site.place.name;
  if (site.status === 'unverified') return `${where}: named in some coverage, unverified for this period`;
  const parts = [`${where}: troops reported from ${formatDate(site.site.firstReported ?? '')}`];
  if (site.strength) parts.push(strengthLine(site));
  if (site.status === 'departed' && site.site.departed) parts.push(`reported departed ${formatDate(site.site.departed)}`);
  return parts.join('; ');
}

function venueName(meeting: MeetingPlaceOnDate): string {
  return meeting.place.kind === 'venue' ? (meeting.place.locality ?? meeting.place.name) : meeting.place.name;
}

function venueText(meeting: MeetingPlaceOnDate): string {
  if (meeting.place.kind === 'venue') return meeting.place.name;
  return meeting.venue && meeting.venue !== 'venue not reported' ? meeting.venue : '';
}

function venueLabel(meeting: MeetingPlaceOnDate): string {
  const venue = venueText(meeting);
  // Newest first: the venue named is the latest one's.
  const held = [...meeting.events]
    .reverse()
    .map((e) => `${e.title}, ${displayDate(e)}`)
    .join('; ');
  return `${venueName(meeting)}${venue ? ` (${venue})` : ''}: ${held}`;
}

export function mapFeaturesOnDate(index: StoryIndex, date: IsoDate): {features: MapFeatures; targets: PlaceTarget[]} {
  const sites = sitesOnDate(index, date);
  const meetings = meetingPlacesOnDate(index, date);
  const cities = citiesOnDate(index, meetings);

  const features: MapFeatures = {
    sites: {
      type: 'FeatureCollection',
      features: sites.map((s) =>
        point(s.place.position.lon, s.place.position.lat, {
          id: s.place.id,
          name: s.place.shortName ?? s.place.name,
          status: s.status,
          detail: strengthLine(s),
          radius: siteRadius(s),
          precisionKm: s.place.precision?.km ?? 0,
          labelWest: labelsWest(s.place.position.lon),
        }),
      ),
    },
    venues: {
      type: 'FeatureCollection',
      features: meetings.map((m) =>
        point(m.place.position.lon, m.place.position.lat, {
          id: m.place.id,
          name: venueName(m),
          venue: venueText(m),
          talksWeek: m.talksWeek ? 1 : 0,
          today: m.events.some((e) => e.date === date) ? 1 : 0,
          labelWest: labelsWest(m.place.position.lon),
        }),
      ),
    },
    cities: {
      type: 'FeatureCollection',
      features: cities.map((c) => point(c.position.lon, c.position.lat, {id: c.id, name: c.name, capital: c.capital ? 1 : 0})),
    },
  };

  // Tab order: meeting places west to east, then troop sites north to south.
  const targets: PlaceTarget[] = [
    ...meetings
      .map((m): PlaceTarget => ({
        id: m.place.id,
        kind: 'venue',
        lon: m.place.position.lon,
        lat: m.place.position.lat,
        label: venueLabel(m),
        name: venueName(m),
      }))
      .sort((a, b) => a.lon - b.lon),
    ...sites
      .map((s): PlaceTarget => ({
        id: s.place.id,
        kind: 'site',
        lon: s.place.position.lon,
        lat: s.place.position.lat,
        label: siteLabel(s),
        name: s.place.name,
      }))
      .sort((a, b) => b.lat - a.lat),
  ];
  return {features, targets};
}
