/**
 * The rectangles the map is built around, as [west, south, east, north] in degrees. The data build
 * clips the geography to `REGION_BBOX`; the main map opens framed on `STORY_BBOX`; the inset "Where
 * they talked" shows `TALKS_BBOX`.
 */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * The story's ground: Ukraine, Belarus and western Russia, from Brest in the west to Voronezh in
 * the east, Sochi in the south to Moscow in the north (both meeting places, whole with their
 * symbols). It is always in view when the map opens; a wider or taller screen shows more around it.
 */
export const STORY_BBOX: BBox = [22, 43.35, 41, 56];

/** Brussels, Geneva, Vienna and Rome: the meeting places far west of the story's ground. */
export const TALKS_BBOX: BBox = [3, 40.5, 18.5, 51.8];

/** Places west of this longitude are shown in the inset, not on the main map. */
export const INSET_EAST_LIMIT = 20;

/**
 * The area with geometry: wide enough for the inset, and for a reader panning a little, never to
 * see the edge of the world.
 */
export const REGION_BBOX: BBox = [-10, 32, 58, 65];

export function bboxContains([west, south, east, north]: BBox, lon: number, lat: number): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

type Positions = readonly number[] | readonly Positions[];

/**
 * The rectangle around a geometry's coordinates, read as plain numbers: right for the clipped
 * geography (`REGION_BBOX` does not cross the antimeridian), and one pass over the points, where
 * d3's spherical `geoBounds` is several.
 */
export function coordinatesBBox(coordinates: Positions): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (positions: Positions) => {
    if (typeof positions[0] === 'number') {
      const [lon, lat] = positions as readonly number[];
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
    } else for (const inner of positions as readonly Positions[]) visit(inner);
  };
  visit(coordinates);
  return box;
}
