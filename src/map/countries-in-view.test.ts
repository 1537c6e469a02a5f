import {describe, expect, it} from 'vitest';
import type {Geography} from '../story/geography-types.ts';
import {countriesIn} from './countries-in-view.ts';
import {coordinatesBBox} from '../lib/regions.ts';

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

const country = (iso: string, coordinates: number[][][][]) => ({
  type: 'Feature' as const,
  properties: {iso, name: iso},
  geometry: {type: 'MultiPolygon' as const, coordinates},
});

const geography = {
  countries: {
    type: 'FeatureCollection',
    features: [
      country('AA', [square(0, 40, 5)]),
      country('BB', [square(30, 40, 2), square(50, 60, 1)]),
      country('CC', [square(-9, 33, 1)]),
    ],
  },
} as unknown as Geography;

describe('countriesIn', () => {
  it('keeps the countries whose rectangle meets the view, by any of their parts', () => {
    expect(countriesIn(geography, [4, 44, 29, 46]).map((c) => c.properties.iso)).toEqual(['AA']);
    expect(countriesIn(geography, [4, 41, 31, 46]).map((c) => c.properties.iso)).toEqual(['AA', 'BB']);
    // BB's far island widens its rectangle: a view between its parts still draws it.
    expect(countriesIn(geography, [40, 50, 45, 55]).map((c) => c.properties.iso)).toEqual(['BB']);
    expect(countriesIn(geography, [20, 0, 25, 10])).toEqual([]);
  });
});

describe('coordinatesBBox', () => {
  it('spans every position at any depth', () => {
    expect(coordinatesBBox([square(30, 40, 2), square(50, 60, 1)])).toEqual([30, 40, 51, 61]);
    expect(coordinatesBBox([12, 34])).toEqual([12, 34, 12, 34]);
  });
});
