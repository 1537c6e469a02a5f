/**
 * The expressions the map's style is built from: what the style reads from the global state (the
 * day shown, the highlighted places, the label scale), ground-sized circles and the labels' texts
 * and placements.
 */
import type {ExpressionSpecification as Expression} from '@maplibre/maplibre-gl-style-spec';
import {MAP_FONTS} from '../lib/fonts.ts';

/** Pixels per kilometre at zoom 0 near 50°N (512-pixel world, Web Mercator). */
const PX_PER_KM_AT_Z0 = 512 / (40075.017 * Math.cos((50 * Math.PI) / 180));

/** A circle radius of `km` on the ground, growing with the zoom as the ground does. */
export function groundRadius(kmExpression: Expression): Expression {
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    0,
    ['*', kmExpression, PX_PER_KM_AT_Z0],
    12,
    ['*', kmExpression, PX_PER_KM_AT_Z0 * 4096],
  ];
}

/** The day shown, as days since the story's first day (set with `setGlobalStateProperty`). */
export const day: Expression = ['global-state', 'day'];
export const isSelected: Expression = ['in', ['get', 'id'], ['global-state', 'highlight']];
/** Labels are larger in the presentation layout (set with `setGlobalStateProperty`). */
export const labelScale: Expression = ['global-state', 'labelScale'];
export const scaled = (size: Expression | number): Expression => ['*', labelScale, size];
/** A text size growing from `low` at one zoom to `high` at another, times the label scale. */
export const sizeByZoom = ([zoom0, low]: [number, Expression | number], [zoom1, high]: [number, Expression | number]): Expression => [
  'interpolate',
  ['linear'],
  ['zoom'],
  zoom0,
  scaled(low),
  zoom1,
  scaled(high),
];
/** A site is drawn from its first report on; unverified sites on every day. */
export const siteVisible: Expression = ['any', ['==', ['get', 'unverified'], 1], ['<=', ['get', 'firstDay'], day]];
export const departed: Expression = ['<=', ['get', 'departedDay'], day];
export const strong: Expression = ['<=', ['get', 'strengthDay'], day];
export const radius: Expression = ['case', strong, ['get', 'strongRadius'], ['get', 'radius']];

/**
 * Where a label may go around its point, in order of preference: beside it to the east, else
 * west, above, below. Points near the east edge of the first view try west first, since MapLibre
 * does not keep labels inside the viewport.
 */
export function labelPositions(offset: number): Expression {
  const east = ['left', [offset, 0], 'right', [-offset, 0], 'top', [0, offset * 0.8], 'bottom', [0, -offset * 0.8]];
  const west = ['right', [-offset, 0], 'left', [offset, 0], 'top', [0, offset * 0.8], 'bottom', [0, -offset * 0.8]];
  return ['case', ['==', ['get', 'labelWest'], 1], ['literal', west], ['literal', east]];
}

/** A meeting place's label: the city in bold, then the venue (always, or only on its day). */
export function venueLabel(alwaysVenue: boolean): Expression {
  const showVenue: Expression = alwaysVenue
    ? ['!=', ['get', 'venue'], '']
    : ['all', ['!=', ['get', 'venue'], ''], ['==', ['get', 'today'], 1]];
  return [
    'format',
    ['get', 'name'],
    {'text-font': ['literal', [MAP_FONTS.bold]]},
    ['case', showVenue, ['concat', '\n', ['get', 'venue']], ''],
    {'font-scale': 0.82},
  ];
}

/** A site's label: name, the latest strength figure (when `withDetail`), and "(unverified)". */
export function siteLabel(withDetail: boolean): Expression {
  return [
    'format',
    ['get', 'name'],
    {'text-font': ['literal', [MAP_FONTS.bold]]},
    withDetail ? ['case', ['all', ['!=', ['get', 'detail'], ''], strong], ['concat', '\n', ['get', 'detail']], ''] : '',
    {'font-scale': 0.85},
    ['case', ['==', ['get', 'unverified'], 1], '\n(unverified)', ''],
    {'font-scale': 0.85, 'text-font': ['literal', [MAP_FONTS.italic]]},
  ];
}
