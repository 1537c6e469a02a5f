/**
 * The legend, as text with small drawn keys. It is the map's key for sighted readers and a plain
 * description of the symbols for everyone else.
 */
import {MAP_COLOURS} from '../map/map-colours.ts';
import {h} from './dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function key(markup: (svg: SVGSVGElement) => void): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 28 20');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  markup(svg);
  return svg;
}

function shape(svg: SVGSVGElement, tag: string, attrs: Record<string, string | number>): void {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  svg.append(element);
}

const ENTRIES: [string, (svg: SVGSVGElement) => void][] = [
  [
    'Ukraine, within its internationally recognised border',
    (s) =>
      shape(s, 'rect', {
        x: 2,
        y: 3,
        width: 24,
        height: 14,
        fill: MAP_COLOURS.ukraine,
        stroke: MAP_COLOURS.ukraineBorder,
        'stroke-width': 2,
      }),
  ],
  [
    'Crimea: part of Ukraine, occupied by Russia since 2014',
    (s) => {
      shape(s, 'rect', {
        x: 2,
        y: 3,
        width: 24,
        height: 14,
        fill: MAP_COLOURS.ukraine,
        stroke: MAP_COLOURS.ukraineBorder,
        'stroke-width': 1,
      });
      for (const x of [4, 10, 16, 22])
        shape(s, 'line', {x1: x - 2, y1: 17, x2: x + 6, y2: 3, stroke: MAP_COLOURS.occupied, 'stroke-width': 1.4});
    },
  ],
  [
    'Troop concentration reported; larger where more vehicles were reported',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, fill: MAP_COLOURS.site, stroke: '#fff', 'stroke-width': 1.5}),
  ],
  [
    'Most forces reported to have left',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, fill: '#fff', stroke: MAP_COLOURS.siteDeparted, 'stroke-width': 1.5}),
  ],
  [
    'Named in some coverage, no report found for the period',
    (s) =>
      shape(s, 'circle', {
        cx: 14,
        cy: 10,
        r: 6,
        fill: '#fff',
        stroke: MAP_COLOURS.siteUnverified,
        'stroke-width': 2,
        'stroke-dasharray': '3 2.4',
      }),
  ],
  [
    'Approximate position: the site lies somewhere in the ring',
    (s) =>
      shape(s, 'circle', {
        cx: 14,
        cy: 10,
        r: 8.5,
        fill: MAP_COLOURS.site,
        'fill-opacity': 0.1,
        stroke: MAP_COLOURS.site,
        'stroke-opacity': 0.5,
      }),
  ],
  [
    'Meeting place; larger for the week of talks, 10–13 January 2022',
    (s) => shape(s, 'path', {d: 'M14,2L22,10L14,18L6,10Z', fill: MAP_COLOURS.venue, stroke: '#fff', 'stroke-width': 1.5}),
  ],
  ['City', (s) => shape(s, 'rect', {x: 11, y: 7, width: 6, height: 6, fill: MAP_COLOURS.city})],
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
