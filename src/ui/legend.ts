/**
 * The legend, as text with small drawn keys. It is the map's key for sighted readers and a plain
 * description of the symbols for everyone else.
 */
import type {HeldAreaProperties} from '../story/geography-types.ts';
import {h, svg, svgIcon} from '../lib/dom.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';

function key(markup: (svg: SVGSVGElement) => void): SVGSVGElement {
  const icon = svgIcon(28, 20);
  markup(icon);
  return icon;
}

function shape(parent: SVGSVGElement, tag: keyof SVGElementTagNameMap, attrs: Record<string, string | number>): void {
  parent.append(svg(tag, attrs));
}

// Colours come from the map's palette through CSS variables (see applyPaletteVariables).
const ENTRIES: [string, (svg: SVGSVGElement) => void][] = [
  [
    'Ukraine, within its internationally recognised border',
    (s) => shape(s, 'rect', {x: 2, y: 3, width: 24, height: 14, class: 'key key--ukraine'}),
  ],
  [
    'Crimea: part of Ukraine, occupied by Russia since 2014',
    (s) => {
      shape(s, 'rect', {x: 2, y: 3, width: 24, height: 14, class: 'key key--ukraine key--thin'});
      for (const x of [4, 10, 16, 22]) shape(s, 'line', {x1: x - 2, y1: 17, x2: x + 6, y2: 3, class: 'key key--hatch'});
    },
  ],
  [
    // Replaced by the data's own key line and precision once the data is here (describeHeldArea).
    'Held by Russia-backed forces since 2014 (parts of Donetsk and Luhansk regions)',
    (s) => {
      shape(s, 'rect', {x: 2, y: 3, width: 24, height: 14, class: 'key key--ukraine key--held'});
      for (const x of [4, 10, 16, 22]) shape(s, 'line', {x1: x - 2, y1: 17, x2: x + 6, y2: 3, class: 'key key--hatch'});
    },
  ],
  [
    'Troop concentration reported; larger where more vehicles were reported',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, class: 'key key--site'}),
  ],
  ['Most forces reported to have left', (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, class: 'key key--departed'})],
  [
    'Named in some coverage, no report found for the period',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, class: 'key key--unverified'}),
  ],
  [
    'Approximate position: the site lies somewhere in the ring',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 8.5, class: 'key key--precision'}),
  ],
  [
    'Meeting place; larger for the week of talks, 10–13 January 2022',
    (s) => shape(s, 'path', {d: shapePath('diamond', 14, 10, 8 / SHAPE_EXTENT.diamond), class: 'key key--venue'}),
  ],
  ['Route of the three sessions of the week of talks', (s) => shape(s, 'line', {x1: 2, y1: 10, x2: 26, y2: 10, class: 'key key--route'})],
  ['City', (s) => shape(s, 'rect', {x: 11, y: 7, width: 6, height: 6, class: 'key key--city'})],
];

export function createLegend(): HTMLElement {
  return h(
    'section',
    {className: 'legend', attrs: {'aria-labelledby': 'legend-title'}},
    h('h2', {id: 'legend-title', className: 'legend__title'}, 'Legend'),
    h(
      'ul',
      {className: 'legend__list'},
      ...ENTRIES.map(([text, draw]) => h('li', {className: 'legend__item'}, key(draw), h('span', {}, text))),
    ),
  );
}

/** The legend's line for the areas held since 2014, in the data's words, with its precision. */
export function describeHeldArea(legend: HTMLElement, area: HeldAreaProperties): void {
  const item = legend.querySelector('.key--held')?.closest('.legend__item')?.querySelector('span');
  if (item) item.textContent = `${area.name} (parts of Donetsk and Luhansk regions; the edge is drawn within about ${area.precisionKm} km)`;
}
