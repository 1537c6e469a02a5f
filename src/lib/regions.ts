/**
 * The two rectangles the map is built around, as [west, south, east, north] in degrees. The data
 * build clips the geography to `REGION_BBOX`; the page opens framed on `STORY_BBOX`.
 */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * Brussels and Geneva in the west to Voronezh and Boguchar in the east, Rome in the south to
 * Moscow in the north: every meeting place of the week of talks and every reported troop site.
 */
export const STORY_BBOX: BBox = [3.4, 41.3, 43.2, 56.2];

/**
 * The area with geometry: wide enough that a tall phone screen framed on `STORY_BBOX`, or a reader
 * panning a little, never sees the edge of the world.
 */
export const REGION_BBOX: BBox = [-10, 32, 58, 65];

export function bboxContains([west, south, east, north]: BBox, lon: number, lat: number): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
