/**
 * The MapLibre style of the base map, written in code: land, sea, borders and the occupied areas,
 * every source inline GeoJSON from this site, and no text (the overlay draws the labels), so it
 * loads nothing else: no tile server, no glyphs, no sprite.
 */
import type {ExpressionSpecification, LayerSpecification, StyleSpecification} from '@maplibre/maplibre-gl-style-spec';
import type {Geography} from '../story/geography-types.ts';
import {ACTOR_COUNTRIES, MAP_PALETTES, type Theme} from '../lib/palette.ts';
import {iconId} from './map-icons.ts';

export interface MapStyleOptions {
  geography: Geography;
  theme: Theme;
}

/** A line width growing with the zoom, px. */
const lineWidth = (atZoom3: number, atZoom8: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  atZoom3,
  8,
  atZoom8,
];

/** The whole style: written against MapLibre's own types, so a misspelt property fails `tsc`. */
export function buildMapStyle({geography, theme}: MapStyleOptions): StyleSpecification {
  const colours = MAP_PALETTES[theme];
  const hatch = {'fill-pattern': iconId('hatch', theme), 'fill-opacity': 0.75};
  const layers: LayerSpecification[] = [
    {id: 'sea', type: 'background', paint: {'background-color': colours.sea}},
    {
      id: 'countries',
      type: 'fill',
      source: 'countries',
      paint: {'fill-color': ['match', ['get', 'iso'], 'UA', colours.ukraine, [...ACTOR_COUNTRIES], colours.actorLand, colours.land]},
    },
    {id: 'crimea', type: 'fill', source: 'crimea', paint: hatch},
    // Held since 2014: hatched like Crimea, with a dashed edge, since the line is drawn within a stated precision.
    {id: 'held-since-2014', type: 'fill', source: 'heldSince2014', paint: hatch},
    {
      id: 'held-since-2014-edge',
      type: 'line',
      source: 'heldSince2014',
      paint: {'line-color': colours.occupied, 'line-width': 1, 'line-dasharray': [3, 2], 'line-opacity': 0.8},
    },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      filter: ['!', ['get', 'ukraine']],
      layout: {'line-join': 'round'},
      paint: {'line-color': colours.border, 'line-width': lineWidth(0.6, 1.4)},
    },
    {
      id: 'ukraine-border',
      type: 'line',
      source: 'borders',
      filter: ['get', 'ukraine'],
      layout: {'line-join': 'round'},
      paint: {'line-color': colours.ukraineBorder, 'line-width': lineWidth(1.5, 3)},
    },
  ];
  return {
    version: 8,
    name: 'January 2022',
    sources: {
      countries: {type: 'geojson', data: geography.countries},
      borders: {type: 'geojson', data: geography.borders},
      crimea: {type: 'geojson', data: geography.crimea},
      heldSince2014: {type: 'geojson', data: geography.heldSince2014},
    },
    layers,
  };
}
