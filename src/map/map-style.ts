/**
 * The MapLibre style, written in code: every source is inline GeoJSON from this site and the only
 * files it loads are the page's own fonts. No tile server, no glyph server, no sprite.
 */
import type {LayerSpecification, StyleSpecification} from '@maplibre/maplibre-gl-style-spec';
import type {Geography} from '../story/geography-types.ts';
import {ACTOR_COUNTRIES, MAP_PALETTES, type Theme} from '../lib/palette.ts';
import type {DatedMapContent, StaticMapContent} from './map-features.ts';
import {FONT_SUBSETS, MAP_FONTS, fontUrl} from '../lib/fonts.ts';
import {iconId} from './map-icons.ts';
import {
  groundRadius,
  day,
  isSelected,
  sizeByZoom,
  siteVisible,
  departed,
  radius,
  labelPositions,
  venueLabel,
  siteLabel,
} from './style-expressions.ts';

export interface MapStyleOptions {
  geography: Geography;
  content: StaticMapContent;
  dated: DatedMapContent;
  /** The day shown, as days since the story's first day. */
  day: number;
  theme: Theme;
  /** Labels' size relative to the usual (1.6 in the presentation layout). */
  labelScale: number;
  /** The page's address, which the font files are relative to. */
  base: string;
}

/** The whole style: written against MapLibre's own types, so a misspelt property fails `tsc`. */
export function buildMapStyle({
  geography,
  content,
  dated,
  day: initialDay,
  theme,
  labelScale: initialLabelScale,
  base,
}: MapStyleOptions): StyleSpecification {
  const MAP_COLOURS = MAP_PALETTES[theme];
  const halo = {'text-halo-color': MAP_COLOURS.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.3};
  const fontFaces = FONT_SUBSETS.map((subset) => ({url: fontUrl(subset.file, base), 'unicode-range': [...subset.unicodeRange]}));
  const layers: LayerSpecification[] = [
    {id: 'sea', type: 'background', paint: {'background-color': MAP_COLOURS.sea}},
    {
      id: 'countries',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['match', ['get', 'iso'], 'UA', MAP_COLOURS.ukraine, [...ACTOR_COUNTRIES], MAP_COLOURS.actorLand, MAP_COLOURS.land],
      },
    },
    {id: 'crimea', type: 'fill', source: 'crimea', paint: {'fill-pattern': iconId('hatch', theme), 'fill-opacity': 0.75}},
    // Held since 2014: hatched like Crimea, with a dashed edge, since the line is drawn within a stated precision.
    {id: 'held-since-2014', type: 'fill', source: 'heldSince2014', paint: {'fill-pattern': iconId('hatch', theme), 'fill-opacity': 0.75}},
    {
      id: 'held-since-2014-edge',
      type: 'line',
      source: 'heldSince2014',
      paint: {'line-color': MAP_COLOURS.occupied, 'line-width': 1, 'line-dasharray': [3, 2], 'line-opacity': 0.8},
    },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      filter: ['!', ['get', 'ukraine']],
      layout: {'line-join': 'round'},
      paint: {'line-color': MAP_COLOURS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4]},
    },
    {
      id: 'ukraine-border',
      type: 'line',
      source: 'borders',
      filter: ['get', 'ukraine'],
      layout: {'line-join': 'round'},
      paint: {'line-color': MAP_COLOURS.ukraineBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 3]},
    },
    {
      id: 'site-precision',
      type: 'circle',
      source: 'sites',
      filter: ['all', ['>', ['get', 'precisionKm'], 0], siteVisible],
      paint: {
        'circle-radius': groundRadius(['get', 'precisionKm']),
        'circle-color': MAP_COLOURS.site,
        'circle-opacity': 0.08,
        'circle-stroke-color': MAP_COLOURS.site,
        'circle-stroke-opacity': 0.35,
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: 'talks-route',
      type: 'line',
      source: 'route',
      filter: ['<=', ['get', 'fromDay'], day],
      layout: {'line-cap': 'round'},
      paint: {'line-color': MAP_COLOURS.venue, 'line-width': 2, 'line-dasharray': [2, 1.5], 'line-opacity': 0.8},
    },
    {
      id: 'cities',
      type: 'circle',
      source: 'cities',
      paint: {
        'circle-radius': ['case', ['==', ['get', 'capital'], 1], 3.5, 2.5],
        'circle-color': MAP_COLOURS.city,
        'circle-stroke-color': MAP_COLOURS.venueStroke,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'sites',
      type: 'circle',
      source: 'sites',
      filter: ['all', ['==', ['get', 'unverified'], 0], siteVisible],
      paint: {
        // Smaller when the whole story is in view, so the clusters along the border stay apart.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2.5, ['*', radius, 0.7], 5, radius, 8, ['*', radius, 1.4]],
        'circle-color': ['case', departed, MAP_COLOURS.hollow, MAP_COLOURS.site],
        'circle-opacity': ['case', departed, 0.9, 0.88],
        'circle-stroke-color': ['case', isSelected, MAP_COLOURS.focus, departed, MAP_COLOURS.siteDeparted, MAP_COLOURS.venueStroke],
        'circle-stroke-width': ['case', isSelected, 3, 1.5],
      },
    },
    {
      id: 'sites-unverified',
      type: 'symbol',
      source: 'sites',
      filter: ['==', ['get', 'unverified'], 1],
      layout: {'icon-image': iconId('unverified', theme), 'icon-allow-overlap': true, 'icon-ignore-placement': true},
    },
    {
      id: 'venues',
      type: 'symbol',
      source: 'venues',
      layout: {
        'icon-image': ['case', ['==', ['get', 'talksWeek'], 1], iconId('venueWeek', theme), iconId('venue', theme)],
        'icon-size': ['case', isSelected, 1.35, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['-', 0, ['get', 'talksWeek']],
      },
    },
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'cities',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONTS.regular],
        'text-size': sizeByZoom(
          [3, ['case', ['==', ['get', 'capital'], 1], 10.5, 9.5]],
          [5, ['case', ['==', ['get', 'capital'], 1], 12, 11]],
        ),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 1, ['get', 'capital']],
      },
      paint: {'text-color': MAP_COLOURS.textMuted, ...halo},
    },
    {
      id: 'site-labels',
      type: 'symbol',
      source: 'sites',
      filter: siteVisible,
      layout: {
        // Strength figures only once there is room for them. Layout is computed per tile, so
        // `zoom` here is the tile's whole-number zoom: 3 covers a desktop-sized first view.
        'text-field': ['step', ['zoom'], siteLabel(false), 3, siteLabel(true)],
        'text-font': [MAP_FONTS.regular],
        'text-size': sizeByZoom([3, 10.5], [5, 12]),
        'text-variable-anchor-offset': labelPositions(1.1),
        'text-justify': 'auto',
        'text-max-width': 14,
        'symbol-sort-key': ['case', ['==', ['get', 'unverified'], 1], 2, departed, 1, 0],
      },
      paint: {
        'text-color': ['case', ['any', ['==', ['get', 'unverified'], 1], departed], MAP_COLOURS.textMuted, MAP_COLOURS.siteText],
        ...halo,
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'countryLabels',
      layout: {
        'text-field': [
          'format',
          ['upcase', ['get', 'name']],
          {},
          ['case', ['has', 'nativeName'], ['concat', '\n', ['get', 'nativeName']], ''],
          {'font-scale': 0.9},
        ],
        'text-font': [MAP_FONTS.regular],
        'text-size': sizeByZoom([3, ['case', ['<', ['get', 'rank'], 12], 11, 9.5]], [6, 14]),
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {'text-color': MAP_COLOURS.countryText, ...halo},
    },
    {
      id: 'venue-labels',
      type: 'symbol',
      source: 'venues',
      layout: {
        // With the whole story in view, only the day's venue is named in full.
        'text-field': ['step', ['zoom'], venueLabel(false), 3, venueLabel(true)],
        'text-font': [MAP_FONTS.regular],
        'text-size': sizeByZoom(
          [3, ['case', ['==', ['get', 'talksWeek'], 1], 12, 10.5]],
          [5, ['case', ['==', ['get', 'talksWeek'], 1], 14, 12]],
        ),
        'text-variable-anchor-offset': labelPositions(1),
        'text-justify': 'auto',
        'text-max-width': 12,
        'symbol-sort-key': ['-', 0, ['+', ['*', 2, ['get', 'today']], ['get', 'talksWeek']]],
      },
      paint: {'text-color': MAP_COLOURS.venueText, ...halo},
    },
  ];
  return {
    version: 8,
    name: 'January 2022',
    'font-faces': {[MAP_FONTS.regular]: fontFaces, [MAP_FONTS.bold]: fontFaces, [MAP_FONTS.italic]: fontFaces},
    state: {day: {default: initialDay}, highlight: {default: []}, labelScale: {default: initialLabelScale}},
    sources: {
      countries: {type: 'geojson', data: geography.countries},
      borders: {type: 'geojson', data: geography.borders},
      crimea: {type: 'geojson', data: geography.crimea},
      heldSince2014: {type: 'geojson', data: geography.heldSince2014},
      countryLabels: {type: 'geojson', data: geography.countryLabels},
      sites: {type: 'geojson', data: content.sites},
      route: {type: 'geojson', data: content.route},
      venues: {type: 'geojson', data: dated.venues},
      cities: {type: 'geojson', data: dated.cities},
    },
    layers,
  };
}
