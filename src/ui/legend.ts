/**
 * The legend, as text with small drawn keys. It is the map's key for sighted readers and a plain
 * description of the symbols for everyone else.
 */
import type {HeldAreaProperties} from '../story/geography-types.ts';
import type {Story} from '../story/types.ts';
import {h, svg, svgIcon} from '../lib/dom.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';
import {heldAreaKeyLine} from '../lib/format.ts';

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

const HELD_AREA_LINE = 'Held by Russia-backed forces since 2014';

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
    'Turning point (21 and 24 February)',
    'Turning point',
    (s) => shape(s, 'circle', {cx: 14, cy: 10, r: 7, class: 'key key--turning-point'}),
  ],
  [
    'Ukraine, within its internationally recognised border',
    'Ukraine’s recognised border',
    (s) => shape(s, 'rect', {x: 2, y: 3, width: 24, height: 14, class: 'key key--ukraine'}),
  ],
  ['Crimea: part of Ukraine, occupied by Russia since 2014', 'Crimea (Ukraine): occupied since 2014', hatchKey(false)],
  // The data's own key line and precision replace it (createLegend, describeHeldArea).
  [HELD_AREA_LINE, HELD_AREA_LINE, hatchKey(true)],
];

/**
 * The map's key: under the map, on screen with it; a plain description of the symbols for everyone.
 * `heldAreaLine` (the data's line for the areas held since 2014) and `entries` (the optional entries
 * the data needs), as the build wrote them into the page: the key is complete when the page is
 * first painted, before the data arrives, and nothing in it moves when the data is read.
 */
export function createLegend({heldAreaLine, entries}: {heldAreaLine?: string; entries?: readonly string[]} = {}): HTMLElement {
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
          {className: 'legend__item', attrs: optional ? {'data-optional': optional, hidden: !entries?.includes(optional)} : {}},
          key(draw),
          // One of the two is displayed, by the screen's width (legend.css); the other is not read either.
          h('span', {className: 'legend__text'}, full === HELD_AREA_LINE && heldAreaLine ? heldAreaLine : full),
          h('span', {className: 'legend__text legend__text--short'}, short),
        ),
      ),
    ),
  );
}

/** The optional entries for the kinds of site the story has. */
export function legendEntriesFor(story: Pick<Story, 'sites' | 'places'>): Optional[] {
  const present: Record<Optional, boolean> = {
    departed: story.sites.some((s) => s.departed),
    unverified: story.places.some((p) => p.kind === 'troop-site' && p.status === 'unverified'),
  };
  return (Object.keys(present) as Optional[]).filter((entry) => present[entry]);
}

/** Shows the optional entries given, and hides the others. */
export function showLegendEntries(legend: HTMLElement, entries: readonly Optional[]): void {
  for (const item of legend.querySelectorAll<HTMLElement>('[data-optional]'))
    item.hidden = !entries.includes(item.dataset.optional as Optional);
}

/** The legend's line for the areas held since 2014, in the data's words, with its precision. */
export function describeHeldArea(legend: HTMLElement, area: HeldAreaProperties): void {
  const texts = legend.querySelector('.key--held')?.closest('.legend__item')?.querySelectorAll('.legend__text');
  if (!texts) return;
  const [full, short] = texts;
  if (full) full.textContent = heldAreaKeyLine(area);
  if (short) short.textContent = area.name;
}
