/**
 * The inset "Where they talked": a small map of western and central Europe in a corner of the main
 * map, with the meeting places far from the story's ground (Geneva, Brussels, Vienna, Rome) and the
 * route of the three sessions. It is always there, and comes forward (larger, with its venues
 * named) during the week of talks and whenever a meeting there is chosen.
 */
import {geoMercator, type GeoProjection} from 'd3-geo';
import {framingProjection} from './svg-map.ts';
import {mercatorPath} from '../lib/mercator-path.ts';
import {fittedInsetWidth, insetRoom} from './map-frame.ts';
import type {Geography} from '../story/geography-types.ts';
import {countriesIn} from './countries-in-view.ts';
import {h, svg} from '../lib/dom.ts';
import {placeLabels, type Box, type LabelCandidate} from '../lib/label-placement.ts';
import {TALKS_BBOX} from '../lib/regions.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';
import type {DatedMapContent, StaticMapContent} from './map-features.ts';
import type {Measure} from './overlay-layout.ts';

export interface TalksInsetState {
  day: number;
  dated: DatedMapContent;
  /** Larger, with venues named: the week of talks, or a meeting there chosen. */
  forward: boolean;
  highlight: ReadonlySet<string>;
  labelScale: number;
}

export interface TalksInset {
  render(state: TalksInsetState): void;
  /** Where a place of the inset is, relative to the map's container, or null outside it. */
  locate(lon: number, lat: number): {x: number; y: number} | null;
  /** The inset's box relative to the map's container (the main map's labels keep clear of it). */
  box(): Box;
  /** Calls the listener when the inset moves or changes size. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

const LABEL_SIZE = 12;

export function createTalksInset(
  container: HTMLElement,
  geography: Geography,
  content: StaticMapContent,
  measureText: Measure,
  /** How far down the top-left corner of a map this tall is taken (by the latest estimate): the inset stays below. */
  takenAbove: (mapHeight: number) => number,
): TalksInset {
  const drawing = svg('svg', {class: 'talks-inset__map', 'aria-hidden': 'true', focusable: 'false'});
  const figure = h('figure', {className: 'talks-inset', attrs: {'aria-hidden': 'true'}}, h('figcaption', {}, 'Where they talked'));
  figure.append(drawing);
  container.append(figure);
  const base = svg('g', {class: 'talks-inset__base'});
  const marks = svg('g', {class: 'talks-inset__marks'});
  drawing.append(base, marks);

  let projection: GeoProjection = geoMercator();
  // Only the countries the inset shows are drawn (a fifth of them), found when first drawn.
  let countries: ReturnType<typeof countriesIn> | null = null;
  let size = {width: 0, height: 0};
  /** The drawing's top-left corner, and the figure's box, relative to the container. */
  let offset = {x: 0, y: 0};
  let figureBox: Box = {x0: 0, y0: 0, x1: 0, y1: 0};
  let state: TalksInsetState | null = null;
  const listeners = new Set<() => void>();

  function drawBase() {
    projection = framingProjection(TALKS_BBOX, size.width, size.height, {top: 2, right: 2, bottom: 2, left: 2});
    const frame = {scale: projection.scale(), translate: projection.translate()};
    const view = {x0: 0, y0: 0, x1: size.width, y1: size.height};
    drawing.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    base.replaceChildren(
      svg('rect', {width: size.width, height: size.height, class: 'svg-map__sea'}),
      ...(countries ??= countriesIn(geography, TALKS_BBOX)).map((c) =>
        svg('path', {d: mercatorPath(c.geometry, frame, view), class: 'svg-map__country'}),
      ),
    );
  }

  function drawMarks() {
    if (!state) return;
    const {day, dated, highlight, labelScale} = state;
    const frame = {scale: projection.scale(), translate: projection.translate()};
    marks.replaceChildren();
    // Straight in Web Mercator, as the route is on the main map.
    for (const leg of content.route.features)
      if (leg.properties.fromDay <= day) marks.append(svg('path', {d: mercatorPath(leg.geometry, frame), class: 'svg-map__route'}));
    const obstacles: Box[] = [];
    const candidates: LabelCandidate[] = [];
    for (const venue of dated.venues.features) {
      if (!venue.properties.inset) continue;
      const [x = 0, y = 0] = projection(venue.geometry.coordinates as [number, number]) ?? [];
      const {id, name, venue: where, today} = venue.properties;
      const r = 6;
      marks.append(
        svg('path', {
          d: shapePath('diamond', x, y, r / SHAPE_EXTENT.diamond),
          class: `svg-map__venue${highlight.has(id) ? ' is-selected' : ''}`,
          'data-place': id,
          'data-symbol': 'venue',
        }),
      );
      obstacles.push({x0: x - r, y0: y - r, x1: x + r, y1: y + r});
      // The venue is named for the meeting of the day, or the one chosen; the others by their city.
      const text = where && (today || highlight.has(id)) ? [name, where] : [name];
      const widths = text.map((line, i) => measureText(line, LABEL_SIZE * labelScale, i === 0 ? 700 : 400));
      const label = {id, x, y, size: LABEL_SIZE * labelScale, offset: r + 2};
      candidates.push({...label, lines: text, widths, priority: today ? 0 : 1});
      // In a small inset the venue may not fit: the city alone then, after the others.
      if (text.length > 1) candidates.push({...label, lines: [name], widths: widths.slice(0, 1), priority: 2});
    }
    for (const placed of placeLabels(candidates, size, obstacles)) {
      const text = candidates[placed.index]?.lines ?? [];
      const anchor = placed.anchor.includes('left') ? 'end' : placed.anchor.includes('right') ? 'start' : 'middle';
      const x = anchor === 'start' ? placed.box.x0 : anchor === 'end' ? placed.box.x1 : (placed.box.x0 + placed.box.x1) / 2;
      const label = svg('text', {class: 'map-label map-label--venue', 'text-anchor': anchor, 'data-label': placed.id});
      text.forEach((line, i) => {
        const lineSize = LABEL_SIZE * labelScale;
        const span = svg('tspan', {x, y: (placed.box.y0 + lineSize * (i * 1.2 + 1)).toFixed(1), 'font-size': lineSize});
        if (i > 0) span.setAttribute('class', 'map-label__detail');
        span.textContent = line;
        label.append(span);
      });
      marks.append(label);
    }
  }

  /**
   * The map's size, read when it is laid out anyway (a resize): `fit` runs on every step of the
   * timeline, and reading the size there made the browser lay out the page on every step.
   */
  let mapSize = {width: 0, height: 0};
  const readMapSize = () => {
    mapSize = {width: container.clientWidth, height: container.clientHeight};
  };
  /** Its width, set here rather than in CSS: the map's frame keeps clear of it (map-frame.ts). */
  const fit = () => {
    if (!mapSize.width) readMapSize();
    const {width: mapWidth, height: mapHeight} = mapSize;
    const width = fittedInsetWidth(mapWidth, mapHeight, state?.forward ?? false, insetRoom(mapHeight, takenAbove(mapHeight)));
    if (figure.style.width !== `${width}px`) figure.style.width = `${width}px`;
  };
  const measure = () => {
    readMapSize();
    // Not before its first render: the inset is hidden until then, at no size of its own.
    if (!state) return;
    fit();
    const box = drawing.getBoundingClientRect();
    const outer = container.getBoundingClientRect();
    const next = {width: Math.round(box.width), height: Math.round(box.height)};
    const frame = figure.getBoundingClientRect();
    const nextOffset = {x: box.left - outer.left, y: box.top - outer.top};
    const nextBox = {x0: frame.left - outer.left, y0: frame.top - outer.top, x1: frame.right - outer.left, y1: frame.bottom - outer.top};
    const resized = next.width !== size.width || next.height !== size.height;
    // Measured again on every resize and transition: the map's labels are laid out again only
    // when the inset did move or change size (each layout is a long task on a slow phone).
    const moved = resized || JSON.stringify([nextOffset, nextBox]) !== JSON.stringify([offset, figureBox]);
    offset = nextOffset;
    figureBox = nextBox;
    if (resized) {
      size = next;
      drawBase();
      drawMarks();
    }
    if (moved) for (const listener of listeners) listener();
  };
  const observer = new ResizeObserver(measure);
  observer.observe(drawing);
  observer.observe(container);
  // The inset grows and shrinks with a transition: measured again when it ends.
  figure.addEventListener('transitionend', measure);

  return {
    render(next) {
      const forwardChanged = next.forward !== state?.forward;
      if (!state) requestAnimationFrame(() => figure.classList.add('is-ready'));
      state = next;
      figure.classList.toggle('is-forward', next.forward);
      fit();
      drawMarks();
      if (forwardChanged) requestAnimationFrame(measure);
    },
    locate(lon, lat) {
      const [x, y] = projection([lon, lat]) ?? [];
      if (x === undefined || y === undefined || x < 0 || y < 0 || x > size.width || y > size.height) return null;
      return {x: offset.x + x, y: offset.y + y};
    },
    box: () => figureBox,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      observer.disconnect();
      listeners.clear();
      figure.remove();
    },
  };
}
