/**
 * The areas of Donetsk and Luhansk regions held by Russia-backed forces from 2014 to February 2022,
 * derived from `data/line-of-contact.json`:
 *
 * 1. each settlement is placed at its GeoNames town point;
 * 2. the line is drawn north to south through the listed vertices: a settlement that sources put on
 *    the line, or the midpoint of a held settlement and a government-held one across the line from
 *    it (the real line lies between them, so half their distance bounds the error at that point);
 * 3. the line is closed eastwards beyond Ukraine's border and southwards into the Sea of Azov, and the
 *    shape intersected with Ukraine's full-resolution outline, so that its other edges are Ukraine's
 *    own border and coast.
 *
 * The stated precision must cover every vertex's tolerance; the build refuses it otherwise.
 */
import {distance} from '@turf/distance';
import {featureCollection, point, polygon} from '@turf/helpers';
import {intersect} from '@turf/intersect';
import {midpoint} from '@turf/midpoint';
import type {Feature, MultiPolygon, Polygon, Position} from 'geojson';
import type {DataProblem} from './data-problem.ts';
import {lookUpTown, type GazetteerEntry} from './gazetteer.ts';
import type {RawLineOfContact} from './raw-types.ts';
import type {HeldAreaMethod, HeldAreaProperties, LineSettlement, LineVertex} from '../../src/story/geography-types.ts';

/** Longitude east of Ukraine's easternmost point, where the shape is closed (°E). */
const EAST_CLOSURE = 41.5;
/** Latitude in the Sea of Azov, south of the Donetsk coast and north of Crimea, where the shape is closed (°N). */
const SOUTH_CLOSURE = 46.6;

const file = 'data/line-of-contact.json';

export function deriveHeldArea(
  raw: RawLineOfContact,
  ukraine: Feature<MultiPolygon>,
  gazetteer?: GazetteerEntry[],
): {method: HeldAreaMethod | null; area: Feature<Polygon | MultiPolygon, HeldAreaProperties> | null; problems: DataProblem[]} {
  const problems: DataProblem[] = [];
  const settlements = new Map<string, LineSettlement>();
  raw.settlements.forEach((s, i) => {
    const found = lookUpTown(s.position, gazetteer);
    if (!found.ok) {
      problems.push({file, record: `"${s.id}"`, field: `settlements[${i}].position`, message: found.message});
      return;
    }
    settlements.set(s.id, {name: s.name ?? s.position.name, side: s.side, lat: found.lat, lon: found.lon, sources: s.sources});
  });
  if (problems.length) return {method: null, area: null, problems};

  const vertices: LineVertex[] = [];
  raw.vertices.forEach((v, i) => {
    const record = `vertices[${i}]`;
    if ('on' in v) {
      const s = settlements.get(v.on);
      if (!s) return;
      if (s.side !== 'line') problems.push({file, record, field: 'on', message: `"${v.on}" is not a settlement on the line (side "line")`});
      vertices.push({lat: s.lat, lon: s.lon, from: [s.name], toleranceKm: v.toleranceKm});
      return;
    }
    const [a, b] = v.between.map((id) => settlements.get(id));
    if (!a || !b) return;
    const sides = new Set([a.side, b.side]);
    if (!sides.has('held') || !sides.has('government')) {
      problems.push({file, record, field: 'between', message: 'must pair a "held" settlement with a "government" one'});
    }
    const [lon = 0, lat = 0] = midpoint(point([a.lon, a.lat]), point([b.lon, b.lat])).geometry.coordinates;
    const half = distance(point([a.lon, a.lat]), point([b.lon, b.lat]), {units: 'kilometers'}) / 2;
    vertices.push({lat: round(lat), lon: round(lon), from: [a.name, b.name], toleranceKm: Math.round(half * 10) / 10});
  });
  const worst = Math.max(...vertices.map((v) => v.toleranceKm));
  if (worst > raw.precisionKm) {
    problems.push({
      file,
      record: '(whole file)',
      field: 'precisionKm',
      message: `${raw.precisionKm} km is less than the largest vertex tolerance (${worst} km); state the precision the method has`,
    });
  }
  if (problems.length) return {method: null, area: null, problems};

  const properties: HeldAreaProperties = {name: raw.keyLine, note: raw.note, precisionKm: raw.precisionKm};
  const line: Position[] = vertices.map((v) => [v.lon, v.lat]);
  const [north = [0, 0]] = line;
  const south = line.at(-1) ?? [0, 0];
  const ring: Position[] = [
    [EAST_CLOSURE, north[1] ?? 0],
    ...line,
    [south[0] ?? 0, SOUTH_CLOSURE],
    [EAST_CLOSURE, SOUTH_CLOSURE],
    [EAST_CLOSURE, north[1] ?? 0],
  ];
  const clipped = intersect(featureCollection<Polygon | MultiPolygon>([polygon([ring]), ukraine]));
  if (!clipped) {
    return {
      method: null,
      area: null,
      problems: [{file, record: '(whole file)', field: 'vertices', message: 'the line encloses no part of Ukraine'}],
    };
  }
  return {
    method: {...properties, settlements: [...settlements.values()], vertices},
    area: {type: 'Feature', properties, geometry: clipped.geometry},
    problems,
  };
}

const round = (value: number) => Number(value.toFixed(4));
