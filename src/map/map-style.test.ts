import {validateStyleMin} from '@maplibre/maplibre-gl-style-spec';
import {describe, expect, it} from 'vitest';
import type {Geography} from '../story/geography-types.ts';
import {buildMapStyle, type MapStyleOptions} from './map-style.ts';

const square = (west: number, south: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + 1, south],
      [west + 1, south + 1],
      [west, south + 1],
      [west, south],
    ],
  ],
});

const geography: Geography = {
  bbox: [-10, 32, 58, 65],
  countries: {type: 'FeatureCollection', features: [{type: 'Feature', properties: {iso: 'UA', name: 'Ukraine'}, geometry: square(30, 49)}]},
  borders: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {ukraine: true},
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [30, 49],
              [31, 49],
            ],
          ],
        },
      },
    ],
  },
  crimea: {type: 'Feature', properties: {name: 'Crimea'}, geometry: square(33, 44.5)},
  heldSince2014: {
    type: 'Feature',
    properties: {name: 'Held by Russia-backed forces since 2014', note: 'A test square.', precisionKm: 15},
    geometry: square(37.5, 47.8),
  },
  countryLabels: {
    type: 'FeatureCollection',
    features: [{type: 'Feature', properties: {iso: 'UA', name: 'Ukraine', rank: 0}, geometry: {type: 'Point', coordinates: [31, 49]}}],
  },
};

const options: MapStyleOptions = {geography, theme: 'light'};

describe('the MapLibre style', () => {
  for (const [name, patch] of [
    ['light', {}],
    ['dark', {theme: 'dark'}],
  ] as const) {
    it(`passes MapLibre's own validation (${name})`, () => {
      expect(validateStyleMin(buildMapStyle({...options, ...patch}))).toEqual([]);
    });
  }

  it('loads nothing from anywhere: inline data, no glyphs, no sprite, no tiles', () => {
    const style = buildMapStyle(options);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source).toMatchObject({type: 'geojson', data: expect.any(Object)});
  });

  it('would report a misspelt property, so the checks above can fail', () => {
    const style = buildMapStyle(options);
    const layer = style.layers.find((l) => l.id === 'ukraine-border')!;
    const broken = {...style, layers: [{...layer, layout: {...layer.layout, 'line-joyn': 'round'}}]};
    expect(validateStyleMin(broken as typeof style).map((e) => e.message)).toEqual([expect.stringContaining('line-joyn')]);
  });
});
