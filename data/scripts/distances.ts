/**
 * How far each troop site's pin is from Ukraine's internationally recognised land border, measured
 * on the full-resolution Natural Earth border along the great circle (Turf, WGS84 sphere). Sources
 * gave their own figures, often to a different point of the site; the page shows both.
 */
import {booleanPointInPolygon} from '@turf/boolean-point-in-polygon';
import {point} from '@turf/helpers';
import {nearestPointOnLine} from '@turf/nearest-point-on-line';
import type {Feature, MultiLineString, MultiPolygon} from 'geojson';
import type {ComputedDistance} from '../../src/story/types.ts';

export function distanceToUkraineBorder(
  lon: number,
  lat: number,
  ukraine: Feature<MultiPolygon>,
  landBorder: Feature<MultiLineString>,
): ComputedDistance {
  const site = point([lon, lat]);
  if (booleanPointInPolygon(site, ukraine)) return {insideUkraine: true};
  const nearest = nearestPointOnLine(landBorder, site, {units: 'kilometers'});
  const [nearestLon = 0, nearestLat = 0] = nearest.geometry.coordinates;
  return {
    insideUkraine: false,
    km: Math.round(nearest.properties.dist),
    nearest: [Number(nearestLon.toFixed(4)), Number(nearestLat.toFixed(4))],
  };
}
