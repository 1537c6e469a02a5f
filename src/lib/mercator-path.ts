/**
 * SVG path data for the region's geometry in Web Mercator, straight from the coordinates: the same
 * result as d3-geo's `geoPath` of a `geoMercator` with resampling off (`precision(0)`), at a small
 * part of its cost. d3 streams every point through spherical clipping and rectangle clipping; on a
 * slow phone that was the longest piece of work before the first map, and the geography (clipped to
 * `REGION_BBOX`, far from the poles and the antimeridian) needs neither. Lines are straight between
 * points, as on the WebGL map; the SVG element's own box cuts off what lies outside it.
 */
import type {LineString, MultiLineString, MultiPolygon, Polygon} from 'geojson';

export type PathGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

/** Where a d3 `geoMercator` puts the map: pixels per radian, and the pixel of 0°, 0°. */
export interface MercatorFrame {
  scale: number;
  translate: readonly [number, number];
}

const RADIANS = Math.PI / 180;

/** A line or ring in unscaled Mercator, [x0, y0, x1, y1, …], with its box. */
interface UnscaledLine {
  xy: Float64Array;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The rings (or lines) of each geometry in unscaled Mercator, computed once. */
const unscaled = new WeakMap<PathGeometry, UnscaledLine[]>();

/** A rectangle of the drawing, px: lines and rings wholly outside it are left out. */
export interface PathView {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function linesOf(geometry: PathGeometry): {lines: readonly (readonly number[])[][]; closed: boolean} {
  switch (geometry.type) {
    case 'Polygon':
      return {lines: geometry.coordinates, closed: true};
    case 'MultiPolygon':
      return {lines: geometry.coordinates.flat(), closed: true};
    case 'LineString':
      return {lines: [geometry.coordinates], closed: false};
    case 'MultiLineString':
      return {lines: geometry.coordinates, closed: false};
  }
}

function mercatorLines(geometry: PathGeometry): UnscaledLine[] {
  let lines = unscaled.get(geometry);
  if (!lines) {
    lines = linesOf(geometry).lines.map((line) => {
      const xy = new Float64Array(line.length * 2);
      const box = {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
      line.forEach(([lon = 0, lat = 0], i) => {
        const x = lon * RADIANS;
        // y grows downwards on screen, as in d3's projection.
        const y = -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));
        xy[i * 2] = x;
        xy[i * 2 + 1] = y;
        box.x0 = Math.min(box.x0, x);
        box.y0 = Math.min(box.y0, y);
        box.x1 = Math.max(box.x1, x);
        box.y1 = Math.max(box.y1, y);
      });
      return {xy, ...box};
    });
    unscaled.set(geometry, lines);
  }
  return lines;
}

/** One decimal: a tenth of a pixel is below what a screen shows, and the path data stays short. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A point closer than this to the last one drawn (in both directions, px) is left out: a small
 * map would otherwise draw several points per pixel. Neighbours' shared edges may then differ by
 * as much, under the border line drawn over them.
 */
const MIN_STEP = 0.5;

/**
 * The path data of `geometry` in the Mercator `frame`; polygons' rings are closed with Z. With a
 * `view`, a line or ring wholly outside it is left out (a hole outside it hides nothing in it).
 */
export function mercatorPath(geometry: PathGeometry, frame: MercatorFrame, view?: PathView): string {
  const {scale, translate} = frame;
  const [tx, ty] = translate;
  const closed = linesOf(geometry).closed;
  const parts: string[] = [];
  for (const {xy, ...box} of mercatorLines(geometry)) {
    if (xy.length < 4) continue;
    if (
      view &&
      (box.x1 * scale + tx < view.x0 || box.x0 * scale + tx > view.x1 || box.y1 * scale + ty < view.y0 || box.y0 * scale + ty > view.y1)
    )
      continue;
    let path = '';
    let lastX = NaN;
    let lastY = NaN;
    // A polygon's ring repeats its first point last; Z draws that side.
    const end = closed && xy[0] === xy[xy.length - 2] && xy[1] === xy[xy.length - 1] ? xy.length - 2 : xy.length;
    for (let i = 0; i < end; i += 2) {
      const x = round(xy[i]! * scale + tx);
      const y = round(xy[i + 1]! * scale + ty);
      // A line's last point is kept, so that it ends where it should (a ring's closes with Z).
      const last = !closed && i === end - 2;
      if (!last && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) continue;
      path += `${i === 0 ? 'M' : 'L'}${x},${y}`;
      lastX = x;
      lastY = y;
    }
    parts.push(closed ? `${path}Z` : path);
  }
  return parts.join('');
}
