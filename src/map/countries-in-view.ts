/**
 * The countries that reach into a rectangle. Both maps drawn with d3 (the SVG map and the inset)
 * project only those: projecting and clipping the whole region's coastlines was the largest part
 * of the page's start on a slow phone.
 */
import type {Geography} from '../story/geography-types.ts';
import {bboxIntersects, coordinatesBBox, type BBox} from '../lib/regions.ts';

type Country = Geography['countries']['features'][number];

/** Each country's rectangle, computed once per geography. */
const boundsOf = new WeakMap<Country, BBox>();

/** Whether a country reaches into a rectangle (its own rectangle is computed on the first ask). */
export function reachesInto(country: Country, bbox: BBox): boolean {
  let bounds = boundsOf.get(country);
  if (!bounds) {
    bounds = coordinatesBBox(country.geometry.coordinates);
    boundsOf.set(country, bounds);
  }
  return bboxIntersects(bounds, bbox);
}

export function countriesIn(geography: Geography, bbox: BBox): Country[] {
  return geography.countries.features.filter((country) => reachesInto(country, bbox));
}
