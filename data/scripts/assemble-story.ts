/**
 * Turns the validated raw data into what the page loads: publishers resolved into each source (name
 * and state-media label), positions resolved from their cited pages or the gazetteer, per-site
 * summaries (first report, departure, strength) derived from the reports, distances to the border
 * computed, events sorted by date, and the areas held since 2014 derived from the line of contact.
 */
import {createHash} from 'node:crypto';
import {greatCircle} from '@turf/great-circle';
import type {DataProblem} from './data-problem.ts';
import {lookUpTown, type GazetteerEntry} from './gazetteer.ts';
import {distanceToUkraineBorder} from './distances.ts';
import type {RawData, RawPlace} from './raw-types.ts';
import type {WorldGeography} from './geography.ts';
import {STORY_PERIOD} from './check-references.ts';
import {deriveHeldArea} from './line-of-contact.ts';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {Place, Position, Site, Source, Story, StoryEvent, TalksRouteLeg} from '../../src/story/types.ts';
import type {HeldAreaProperties} from '../../src/story/geography-types.ts';
import {REGION_BBOX, bboxContains} from '../../src/lib/regions.ts';

function resolvePosition(place: RawPlace, gazetteer: GazetteerEntry[] | undefined): Position | {problem: string} | null {
  const raw = place.position;
  switch (raw.method) {
    case 'none':
      return null;
    case 'page':
      return {lat: raw.lat, lon: raw.lon, method: 'page', citation: {source: raw.source, quote: raw.quote}};
    case 'gazetteer': {
      const found = lookUpTown(raw, gazetteer);
      return found.ok ? {lat: found.lat, lon: found.lon, method: 'gazetteer', gazetteerName: raw.name} : {problem: found.message};
    }
  }
}

/** Points per leg of the route: enough for a smooth curve at any zoom of the map. */
const ROUTE_POINTS = 48;

/**
 * The route of the week's sessions (`talksWeek: "session"`), in date order, as great-circle legs
 * between their first places: Geneva → Brussels → Vienna.
 */
function talksRoute(events: readonly StoryEvent[], places: ReadonlyMap<string, Place>): TalksRouteLeg[] {
  const stops = events
    .filter((e) => e.talksWeek === 'session')
    .map((e) => ({event: e, place: places.get(e.places[0]?.place ?? '')}))
    .filter((stop): stop is {event: StoryEvent; place: Place & {position: Position}} => Boolean(stop.place?.position));
  return stops.slice(1).map((stop, i) => {
    const from = stops[i]!;
    const arc = greatCircle([from.place.position.lon, from.place.position.lat], [stop.place.position.lon, stop.place.position.lat], {
      npoints: ROUTE_POINTS,
    });
    const coordinates = (arc.geometry.type === 'LineString' ? arc.geometry.coordinates : arc.geometry.coordinates.flat()) as [
      number,
      number,
    ][];
    return {
      from: from.place.id,
      to: stop.place.id,
      date: stop.event.date,
      coordinates: coordinates.map(([lon, lat]) => [Number(lon.toFixed(3)), Number(lat.toFixed(3))]),
    };
  });
}

export interface AssembleOptions {
  /** Defaults to the full GeoNames list. */
  gazetteer?: GazetteerEntry[];
}

/** Each source with its publisher's display name and, for state media, its label. */
function resolveSources(raw: RawData): Record<string, Source> {
  const publishers = new Map(raw.publishers.map((p) => [p.id, p]));
  return Object.fromEntries(
    raw.sources.map((s) => {
      const publisher = publishers.get(s.publisher);
      const source: Source = {
        id: s.id,
        publisher: publisher?.name ?? s.publisher,
        title: s.title,
        url: s.url,
        published: s.published,
        ...(s.readVia ? {readVia: s.readVia} : {}),
        ...(publisher?.stateMedia ? {stateMedia: publisher.stateMedia} : {}),
        ...(s.language ? {language: s.language} : {}),
      };
      return [s.id, source];
    }),
  );
}

export function assembleStory(
  raw: RawData,
  world: WorldGeography,
  options: AssembleOptions = {},
): {story: Story; problems: DataProblem[]; heldArea: Feature<Polygon | MultiPolygon, HeldAreaProperties> | null} {
  const problems: DataProblem[] = [];
  const held = deriveHeldArea(raw['line-of-contact'], world.ukraine, options.gazetteer);
  problems.push(...held.problems);
  const places: Place[] = raw.places.map((rawPlace) => {
    const resolved = resolvePosition(rawPlace, options.gazetteer);
    const {position: rawPosition, ...rest} = rawPlace;
    if (resolved && 'problem' in resolved) {
      problems.push({file: 'data/places.json', record: `"${rawPlace.id}"`, field: 'position', message: resolved.problem});
    }
    const position = resolved && !('problem' in resolved) ? resolved : null;
    return {
      ...rest,
      status: rawPlace.status ?? 'verified',
      position,
      ...(rawPosition.method === 'none' ? {positionNote: rawPosition.note} : {}),
      inRegion: position ? bboxContains(REGION_BBOX, position.lon, position.lat) : false,
    };
  });
  const placeById = new Map(places.map((p) => [p.id, p]));

  const sites: Site[] = raw.reports.map((rawSite) => {
    const dated = rawSite.reports.filter((r) => r.date);
    const first = dated.find((r) => r.kind === 'first');
    const departure = dated.find((r) => r.kind === 'departure');
    const strongest = dated
      .filter((r) => r.strength)
      .reduce<(typeof dated)[number] | undefined>(
        (best, r) => (!best || (r.strength?.value ?? 0) > (best.strength?.value ?? 0) ? r : best),
        undefined,
      );
    const position = placeById.get(rawSite.place)?.position;
    return {
      ...rawSite,
      reports: [...rawSite.reports].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
      reportedDistances: rawSite.reportedDistances ?? [],
      ...(first?.date ? {firstReported: first.date} : {}),
      ...(departure?.date ? {departed: departure.date} : {}),
      ...(strongest?.strength && strongest.date ? {strength: {...strongest.strength, date: strongest.date}} : {}),
      computedDistance: position ? distanceToUkraineBorder(position.lon, position.lat, world.ukraine, world.ukraineLandBorder) : null,
    };
  });

  const events = raw.events
    .map((event, order) => ({event, order}))
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.order - b.order)
    .map(({event}) => event);

  const body = {
    period: {...STORY_PERIOD},
    sources: resolveSources(raw),
    places,
    sites,
    events,
    estimates: [...raw.estimates].sort((a, b) => a.date.localeCompare(b.date)),
    talksRoute: talksRoute(events, placeById),
    storySteps: raw['story-steps'],
    ...(held.method ? {heldSince2014: held.method} : {}),
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  return {story: {version, ...body}, problems, heldArea: held.area};
}
