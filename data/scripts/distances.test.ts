import {describe, expect, it} from 'vitest';
import type {Feature, MultiLineString, MultiPolygon} from 'geojson';
import {distanceToUkraineBorder} from './distances.ts';

// A 1°×1° square "Ukraine" on the equator, whose western edge is its land border.
const square: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    ],
  },
};
const westEdge: Feature<MultiLineString> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiLineString',
    coordinates: [
      [
        [0, 0],
        [0, 1],
      ],
    ],
  },
};

describe('distanceToUkraineBorder', () => {
  it('measures the great-circle distance to the nearest point of the land border', () => {
    // Half a degree of longitude on the equator is about 55.6 km.
    expect(distanceToUkraineBorder(-0.5, 0.5, square, westEdge)).toEqual({insideUkraine: false, km: 56, nearest: [0, 0.5]});
  });

  it('ends at the end of the border when the site is beyond it', () => {
    const result = distanceToUkraineBorder(-0.5, 1.5, square, westEdge);
    expect(result.insideUkraine).toBe(false);
    if (!result.insideUkraine) expect(result.nearest).toEqual([0, 1]);
  });

  it('says a site inside Ukraine is inside rather than giving a distance', () => {
    expect(distanceToUkraineBorder(0.5, 0.5, square, westEdge)).toEqual({insideUkraine: true});
  });
});
