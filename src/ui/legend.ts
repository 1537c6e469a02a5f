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

/** Entries shown only when the data has such sites (none of the current data has). */
type Optional = 'departed' | 'unverified';

const hatchKey = (held: boolean) => (s: SVGSVGElement) => {
  shape(s, 'rect', {x: 2, y: 3, width: 24, height: 14, class: `key key--ukraine key--thin${held ? ' key--held' : ''}`});
  for (const x of [4, 10, 16, 22]) shape(s, 'line', {x1: x - 2, y1: 17, x2: x + 6, y2: 3, class: 'key key--hatch'});
};

/** An entry: its full text, a shorter one for phones, its drawn key, and whether it is optional. */
type Entry = [full: string, short: string, draw: (svg: SVGSVGElement) => void, optional?: Optional];

// Colours come from the palette through CSS variables (src/lib/palette.ts).
const ENTRIES: Entry[] = [
  ['Troop concentration reported', 'Troops reported', (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, class: 'key key--site'})],
  [
    'Approximate position: somewhere in the ring',
    'Approximate position',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 8.5, class: 'key key--precision'}),
  ],
  [
    'Most forces reported to have left',
    'Forces reported gone',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, class: 'key key--departed'}),
    'departed',
  ],
  [
    'Named in coverage, no report found',
    'Unverified',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 6, class: 'key key--unverified'}),
    'unverified',
  ],
  [
    'Meeting place',
    'Meeting place',
    (s) => shape(s, 'path', {d: shapePath('diamond', 14, 10, 8 / SHAPE_EXTENT.diamond), class: 'key key--venue'}),
  ],
  [
    'Ukraine, within its internationally recognised border',
    'Ukraine’s recognised border',
    (s) => shape(s, 'rect', {x: 2, y: 3, width: 24, height: 14, class: 'key key--ukraine'}),
  ],
  ['Crimea: part of Ukraine, occupied by Russia since 2014', 'Crimea (Ukraine): occupied since 2014', hatchKey(false)],
  // Replaced by the data's own key line and precision once the data is here (describeHeldArea).
  ['Held by Russia-backed forces since 2014', 'Held by Russia-backed forces since 2014', hatchKey(true)],
  [
    'Turning point (21 and 24 February)',
    'Turning point',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 7, class: 'key key--turning-point'}),
  ],
];

/** The map's key: under the map, on screen with it; a plain description of the symbols for everyone. */
export function createLegend(): HTMLElement {
  return h(
    'section',
    {className: 'legend', attrs: {'aria-labelledby': 'legend-title'}},
    h('h2', {id: 'legend-title', className: 'legend__title'}, 'Key'),
    h(
      'ul',
      // On a phone the list scrolls sideways: focusable, so that the keyboard can scroll it too.
      {className: 'legend__list', attrs: {tabindex: 0, 'aria-labelledby': 'legend-title'}},
      ...ENTRIES.map(([full, short, draw, optional]) =>
        h(
          'li',
          {className: 'legend__item', attrs: optional ? {'data-optional': optional, hidden: true} : {}},
          key(draw),
          // One of the two is displayed, by the screen's width (legend.css); the other is not read either.
          h('span', {className: 'legend__text'}, full),
          h('span', {className: 'legend__text legend__text--short'}, short),
        ),
      ),
    ),
  );
}

/** Shows the entries for kinds of site the data has. */
export function showLegendEntries(legend: HTMLElement, present: Record<Optional, boolean>): void {
  for (const item of legend.querySelectorAll<HTMLElement>('[data-optional]')) item.hidden = !present[item.dataset.optional as Optional];
}

/** The legend's line for the areas held since 2014, in the data's words, with its precision. */
export function describeHeldArea(legend: HTMLElement, area: HeldAreaProperties): void {
  const texts = legend.querySelector('.key--held')?.closest('.legend__item')?.querySelectorAll('.legend__text');
  if (!texts) return;
  const [full, short] = texts;
  if (full) full.textContent = `${area.name} (edge within about ${area.precisionKm} km)`;
  if (short) short.textContent = area.name;
}
