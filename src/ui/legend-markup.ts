/**
 * The legend's markup, as the build writes it into the page (data/scripts/page-html.ts): text with
 * small drawn keys. It is the map's key for sighted readers and a plain description of the symbols
 * for everyone else. The page's script never builds it (legend.ts brings it up to date).
 */
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';
import {escapeHtml, tag} from '../lib/markup.ts';
import type {OptionalEntry as Optional} from './legend.ts';

/** A drawn key: decorative (its text says it all), so hidden from screen readers, never focusable. */
const key = (...shapes: string[]) =>
  tag('svg', {viewBox: '0 0 28 20', width: 28, height: 20, 'aria-hidden': 'true', focusable: 'false'}, shapes.join(''));

const shape = (name: string, attrs: Record<string, string | number>) => tag(name, attrs);

const hatchKey = (held: boolean) =>
  key(
    shape('rect', {x: 2, y: 3, width: 24, height: 14, class: `key key--ukraine key--thin${held ? ' key--held' : ''}`}),
    ...[4, 10, 16, 22].map((x) => shape('line', {x1: x - 2, y1: 17, x2: x + 6, y2: 3, class: 'key key--hatch'})),
  );

/** An entry: its full text, a shorter one for phones, its drawn key, and whether it is optional. */
interface Entry {
  full: string;
  short: string;
  drawn: string;
  optional?: Optional;
  /** The entry whose text the data gives (the areas held since 2014). */
  fromData?: true;
}

const HELD_AREA_LINE = 'Held by Russia-backed forces since 2014';

// Colours come from the palette through CSS variables (src/lib/palette.ts).
const ENTRIES: Entry[] = [
  {
    full: 'Troop concentration reported',
    short: 'Troops reported',
    drawn: key(shape('circle', {cx: 14, cy: 10, r: 6, class: 'key key--site'})),
  },
  {
    full: 'Approximate position: somewhere in the ring',
    short: 'Approximate position',
    drawn: key(shape('circle', {cx: 14, cy: 10, r: 8.5, class: 'key key--precision'})),
  },
  {
    full: 'Most forces reported to have left',
    short: 'Forces reported gone',
    drawn: key(shape('circle', {cx: 14, cy: 10, r: 6, class: 'key key--departed'})),
    optional: 'departed',
  },
  {
    full: 'Named in coverage, no report found',
    short: 'Unverified',
    drawn: key(shape('circle', {cx: 14, cy: 10, r: 6, class: 'key key--unverified'})),
    optional: 'unverified',
  },
  {
    full: 'Meeting place',
    short: 'Meeting place',
    drawn: key(shape('path', {d: shapePath('diamond', 14, 10, 8 / SHAPE_EXTENT.diamond), class: 'key key--venue'})),
  },
  {
    full: 'Turning point (21 and 24 February)',
    short: 'Turning point',
    drawn: key(shape('circle', {cx: 14, cy: 10, r: 7, class: 'key key--turning-point'})),
  },
  {
    full: 'Ukraine, within its internationally recognised border',
    short: 'Ukraine’s recognised border',
    drawn: key(shape('rect', {x: 2, y: 3, width: 24, height: 14, class: 'key key--ukraine'})),
  },
  {full: 'Crimea: part of Ukraine, occupied by Russia since 2014', short: 'Crimea (Ukraine): occupied since 2014', drawn: hatchKey(false)},
  // The data's own key line replaces it (legendHtml, describeHeldArea).
  {full: HELD_AREA_LINE, short: HELD_AREA_LINE, drawn: hatchKey(true), fromData: true},
];

/**
 * The map's key, as markup for the page: `heldAreaLine` is the data's line for the areas held since
 * 2014, `entries` the optional entries the data needs (`legendEntriesFor`).
 */
export function legendHtml({heldAreaLine, entries = []}: {heldAreaLine?: string; entries?: readonly Optional[]} = {}): string {
  const items = ENTRIES.map(({full, short, drawn, optional, fromData}) =>
    tag(
      'li',
      {class: 'legend__item', 'data-optional': optional, hidden: optional !== undefined && !entries.includes(optional)},
      drawn +
        // One of the two is displayed, by the screen's width (legend.css); the other is not read either.
        tag('span', {class: 'legend__text'}, escapeHtml(fromData && heldAreaLine ? heldAreaLine : full)) +
        tag('span', {class: 'legend__text legend__text--short'}, escapeHtml(short)),
    ),
  );
  return tag(
    'section',
    {id: 'legend', class: 'legend', 'aria-labelledby': 'legend-title'},
    tag('h2', {id: 'legend-title', class: 'legend__title'}, 'Key') +
      // On a phone the list scrolls sideways: focusable, so that the keyboard can scroll it too.
      tag('ul', {class: 'legend__list', tabindex: 0, 'aria-labelledby': 'legend-title'}, items.join('')),
  );
}
