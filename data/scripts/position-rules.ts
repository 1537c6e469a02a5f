/**
 * A place's pin must lie in the country the place names: inside its Natural Earth outline, or
 * within the place's stated precision of it. This catches latitude and longitude given the wrong
 * way round (both in range, so the schema accepts them), a coordinate copied from the wrong page,
 * and a GeoNames town of the same name in another country.
 */
import {booleanPointInPolygon} from '@turf/boolean-point-in-polygon';
import {point} from '@turf/helpers';
import {pointToPolygonDistance} from '@turf/point-to-polygon-distance';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {DataProblem} from './data-problem.ts';
import type {Place} from '../../src/story/types.ts';

/**
 * Slack for pins on a coast or a border, on top of the place's own precision: Natural Earth's
 * 1:10m outlines are generalised by up to about a kilometre.
 */
export const OUTLINE_TOLERANCE_KM = 2;

type CountryShape = Feature<Polygon | MultiPolygon>;

const km = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});

/** Kilometres from the point to the country's outline; 0 inside it. */
function distanceOutside(lon: number, lat: number, country: CountryShape): number {
  if (lat < -90 || lat > 90) return Infinity;
  const where = point([lon, lat]);
  if (booleanPointInPolygon(where, country)) return 0;
  return Math.max(0, pointToPolygonDistance(where, country, {units: 'kilometers'}));
}

/** Problems with located places whose pin is not in the country they name. */
export function checkPositionsInCountries(places: readonly Place[], countries: ReadonlyMap<string, CountryShape>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const place of places) {
    const {position} = place;
    if (!position) continue;
    const report = (field: string, message: string) => problems.push({file: 'data/places.json', record: `"${place.id}"`, field, message});
    const country = countries.get(place.country);
    if (!country) {
      report('country', `is "${place.country}", which is not a country in Natural Earth's borders`);
      continue;
    }
    const allowed = (place.precision?.km ?? 0) + OUTLINE_TOLERANCE_KM;
    const off = distanceOutside(position.lon, position.lat, country);
    if (off <= allowed) continue;

    const pin =
      position.method === 'page'
        ? `latitude ${position.lat}, longitude ${position.lon}`
        : `the GeoNames point of "${position.gazetteerName ?? place.name}" (latitude ${position.lat}, longitude ${position.lon})`;
    const precision = place.precision ? `, more than its precision of ${place.precision.km} km` : '';
    const swapped = position.method === 'page' && distanceOutside(position.lat, position.lon, country) <= allowed;
    const hint = swapped ? '; swapped, they would be inside it: are latitude and longitude the wrong way round?' : '';
    report('position', `${pin} lies ${km.format(off)} km outside ${place.country}, the place's "country"${precision}${hint}`);
  }
  return problems;
}
