import {describe, expect, it} from 'vitest';
import {geoMercator, geoPath} from 'd3-geo';
import type {MultiPolygon, LineString} from 'geojson';
import {mercatorPath} from './mercator-path.ts';

/** Every number in a path's data, in order. */
const numbers = (path: string) => path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
const commands = (path: string) => path.replace(/[^MLZ]/g, '');

// Two polygons around Ukraine's latitudes (the second with a hole) and a line.
const polygons: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [22, 44],
        [40, 44],
        [40, 52.3],
        [22, 52.3],
        [22, 44],
      ],
    ],
    [
      [
        [30, 55],
        [33, 55],
        [33, 56],
        [30, 55],
      ],
      [
        [30.5, 55.2],
        [31, 55.2],
        [31, 55.5],
        [30.5, 55.2],
      ],
    ],
  ],
};
const line: LineString = {
  type: 'LineString',
  coordinates: [
    [-3.5, 40.4],
    [6.1, 46.2],
    [16.4, 48.2],
  ],
};

describe('mercatorPath', () => {
  const projection = geoMercator()
    .preclip((stream) => stream)
    .precision(0)
    .fitExtent(
      [
        [8, 8],
        [1272, 792],
      ],
      polygons,
    );
  const frame = {scale: projection.scale(), translate: projection.translate()};

  it('draws what d3-geo draws with the same Mercator projection and no resampling, to a tenth of a pixel', () => {
    for (const geometry of [polygons, line]) {
      const ours = mercatorPath(geometry, frame);
      const d3 = geoPath(projection)(geometry)!;
      expect(numbers(ours)).toHaveLength(numbers(d3).length);
      numbers(ours).forEach((value, i) => expect(value).toBeCloseTo(numbers(d3)[i]!, 1));
    }
  });

  it('closes the rings of polygons, and not lines', () => {
    expect(commands(mercatorPath(polygons, frame))).toBe('MLLLZMLLZMLLZ');
    expect(commands(mercatorPath(line, frame))).toBe('MLL');
  });

  it('leaves out points within half a pixel of the last one drawn, but not where a line ends', () => {
    const dense: LineString = {
      type: 'LineString',
      coordinates: [
        [30, 50],
        [30.000001, 50],
        [31, 50],
      ],
    };
    expect(commands(mercatorPath(dense, frame))).toBe('ML');
    const endingClose: LineString = {
      type: 'LineString',
      coordinates: [
        [30, 50],
        [31, 50],
        [31.000001, 50],
      ],
    };
    expect(commands(mercatorPath(endingClose, frame))).toBe('MLL');
  });

  it('leaves out the lines and rings wholly outside the view, and keeps those that reach into it', () => {
    const [x = 0, y = 0] = projection([31, 55.5])!;
    // A view around the second polygon only: its ring and hole stay, the first polygon goes.
    const around = {x0: x - 100, y0: y - 100, x1: x + 100, y1: y + 100};
    expect(commands(mercatorPath(polygons, frame, around))).toBe('MLLZMLLZ');
    expect(mercatorPath(polygons, frame, {x0: -5000, y0: -5000, x1: -4000, y1: -4000})).toBe('');
  });

  it('draws the geometry again for another frame (the unscaled points are kept, not the pixels)', () => {
    const twice = {scale: frame.scale * 2, translate: frame.translate};
    const [x1 = 0] = numbers(mercatorPath(line, frame));
    const [x2 = 0] = numbers(mercatorPath(line, twice));
    expect(x2 - frame.translate[0]).toBeCloseTo((x1 - frame.translate[0]) * 2, 0);
  });
});
