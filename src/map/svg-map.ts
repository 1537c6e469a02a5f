/**
 * The map drawn as SVG with d3-geo at first paint, before MapLibre (about 430 KB gzipped) arrives,
 * and kept wherever WebGL is missing or fails. Same projection (Web Mercator), same frame and same
 * symbols as the MapLibre map, so the hand-over is seamless.
 */
import {geoMercator, geoPath, type GeoProjection} from 'd3-geo';
import type {Feature, Point} from 'geojson';
import type {Geography} from '../story/types.ts';
import {STORY_BBOX, type BBox} from '../lib/regions.ts';
import {ACTOR_COUNTRIES} from '../lib/palette.ts';
import {siteStatusOnDay, type DatedMapContent, type StaticMapContent} from './map-features.ts';
import {placeLabels, type Box, type LabelCandidate} from '../lib/label-placement.ts';
import type {MapView} from './map-view.ts';
import {svg} from '../lib/dom.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';

export interface SvgMapOptions {
  /** The area to frame, [west, south, east, north]. */
  bbox: BBox;
  /** Space kept free around the frame, px (the MapLibre map uses the same). */
  padding: number;
}

const defaults: SvgMapOptions = {bbox: STORY_BBOX, padding: 24};

/** A projection that frames `bbox` in a `width`×`height` box with `padding` on every side. */
export function framingProjection(bbox: BBox, width: number, height: number, padding: number): GeoProjection {
  const [west, south, east, north] = bbox;
  // Fit the corners, not a polygon: d3 would bend a polygon's edges along great circles.
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
    ],
    corners,
  );
}

export function createSvgMap(
  container: HTMLElement,
  geography: Geography,
  content: StaticMapContent,
  options: Partial<SvgMapOptions> = {},
): MapView {
  const settings = {...defaults, ...options};
  const element = svg('svg', {class: 'svg-map', 'aria-hidden': 'true', focusable: 'false'});
  container.prepend(element);
  let dated: DatedMapContent | null = null;
  let day = 0;
  let highlighted = new Set<string>();
  let frame = 0;
  let projection = framingProjection(settings.bbox, 1, 1, settings.padding);
  const listeners = new Set<() => void>();

  const project = (lon: number, lat: number) => {
    const [x = 0, y = 0] = projection([lon, lat]) ?? [];
    return {x, y};
  };

  /** The size the base layer was drawn for. */
  let drawnSize = '';
  const base = svg('g', {class: 'svg-map__base'});
  const points = svg('g', {class: 'svg-map__points'});
  element.append(base, points);

  /** Draws what changes with the size only: sea, countries, Crimea, borders. */
  function renderBase(width: number, height: number) {
    // Lines are straight in Web Mercator on the WebGL map too, so no resampling (precision 0);
    // what lies outside the frame is cut off before it becomes path data.
    projection = framingProjection(settings.bbox, width, height, settings.padding)
      .precision(0)
      .clipExtent([
        [-20, -20],
        [width + 20, height + 20],
      ]);
    const path = geoPath(projection);
    element.setAttribute('viewBox', `0 0 ${width} ${height}`);
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
    base.replaceChildren();

    const defs = svg('defs');
    const hatch = svg('pattern', {
      id: 'crimea-hatch',
      patternUnits: 'userSpaceOnUse',
      width: 6,
      height: 6,
      patternTransform: 'rotate(45)',
    });
    hatch.append(
      svg('rect', {width: 6, height: 6, class: 'svg-map__hatch-ground'}),
      svg('line', {x1: 0, y1: 0, x2: 0, y2: 6, class: 'svg-map__hatch-line'}),
    );
    defs.append(hatch);
    base.append(defs, svg('rect', {width, height, class: 'svg-map__sea'}));

    const land = svg('g', {class: 'svg-map__land'});
    for (const country of geography.countries.features) {
      const iso = country.properties.iso;
      const kind =
        iso === 'UA'
          ? ' svg-map__country--ukraine'
          : (ACTOR_COUNTRIES as readonly string[]).includes(iso)
            ? ' svg-map__country--actor'
            : '';
      land.append(svg('path', {d: path(country) ?? '', class: `svg-map__country${kind}`}));
    }
    land.append(svg('path', {d: path(geography.crimea) ?? '', fill: 'url(#crimea-hatch)'}));
    for (const border of geography.borders.features) {
      const ukraine = border.properties.ukraine;
      land.append(
        svg('path', {
          d: path(border) ?? '',
          class: ukraine ? 'svg-map__border svg-map__border--ukraine' : 'svg-map__border',
        }),
      );
    }
    base.append(land);
  }

  /** Draws the base layer when the size changed, then the points and labels of the day. */
  function render() {
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (!width || !height) return;
    const size = `${width}x${height}`;
    if (size !== drawnSize) {
      drawnSize = size;
      renderBase(width, height);
      for (const listener of listeners) listener();
    }
    points.replaceChildren();
    if (dated) drawPoints(dated, width, height);
  }

  function drawPoints(today: DatedMapContent, width: number, height: number) {
    const symbols = svg('g', {class: 'svg-map__symbols'});
    const obstacles: Box[] = [];
    const candidates: LabelCandidate[] = [];
    const pxPerKm = (lat: number) => projection.scale() / (6371 * Math.cos((lat * Math.PI) / 180));
    const at = (f: Feature<Point>) => project(f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0);

    for (const label of geography.countryLabels.features) {
      const {x, y} = at(label);
      const lines = [label.properties.name.toUpperCase(), ...(label.properties.nativeName ? [label.properties.nativeName] : [])];
      candidates.push({
        id: `country-${label.properties.iso}`,
        x,
        y,
        lines,
        size: 12,
        secondarySize: 11,
        offset: 0,
        priority: 50 + label.properties.rank,
        centred: true,
      });
    }
    const routePath = geoPath(projection);
    for (const leg of content.route.features) {
      if (leg.properties.fromDay <= day) symbols.append(svg('path', {d: routePath(leg) ?? '', class: 'svg-map__route'}));
    }
    for (const site of content.sites.features) {
      const {x, y} = at(site);
      const p = site.properties;
      const status = siteStatusOnDay(p, day);
      if (!status) continue;
      const strong = p.strengthDay <= day;
      const detail = strong ? p.detail : '';
      if (p.precisionKm > 0) {
        symbols.append(
          svg('circle', {cx: x, cy: y, r: p.precisionKm * pxPerKm(site.geometry.coordinates[1] ?? 50), class: 'svg-map__precision'}),
        );
      }
      // Smaller on a small map, as the WebGL map does at low zoom.
      const radius = (strong ? p.strongRadius : p.radius) * (width < 600 ? 0.7 : 1);
      symbols.append(svg('circle', {cx: x, cy: y, r: radius, class: `svg-map__site svg-map__site--${status}`, 'data-place': p.id}));
      obstacles.push({x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius});
      // Strength figures only where the map is wide enough for them (as the WebGL map does by zoom).
      const lines = [p.name, ...(detail && width >= 600 ? [detail] : []), ...(status === 'unverified' ? ['(unverified)'] : [])];
      candidates.push({
        id: p.id,
        x,
        y,
        lines,
        size: 12,
        secondarySize: 11,
        offset: radius + 3,
        priority: 100 + (status === 'active' ? 0 : 50),
      });
    }
    for (const city of today.cities.features) {
      const {x, y} = at(city);
      const size = city.properties.capital ? 3.5 : 2.5;
      symbols.append(svg('rect', {x: x - size, y: y - size, width: size * 2, height: size * 2, class: 'svg-map__city'}));
      obstacles.push({x0: x - size, y0: y - size, x1: x + size, y1: y + size});
      candidates.push({
        id: city.properties.id,
        x,
        y,
        lines: [city.properties.name],
        size: 11,
        offset: size + 3,
        priority: 200 - city.properties.capital * 20,
      });
    }
    for (const venue of today.venues.features) {
      const {x, y} = at(venue);
      const size = venue.properties.talksWeek ? 8 : 6;
      symbols.append(
        svg('path', {
          d: shapePath('diamond', x, y, size / SHAPE_EXTENT.diamond),
          class: 'svg-map__venue',
          'data-place': venue.properties.id,
        }),
      );
      obstacles.push({x0: x - size, y0: y - size, x1: x + size, y1: y + size});
      const lines = venue.properties.venue ? [venue.properties.name, venue.properties.venue] : [venue.properties.name];
      candidates.push({
        id: venue.properties.id,
        x,
        y,
        lines,
        size: 13,
        secondarySize: 11,
        offset: size + 3,
        priority: venue.properties.today ? 0 : venue.properties.talksWeek ? 5 : 20,
      });
    }
    points.append(symbols);

    const labels = svg('g', {class: 'svg-map__labels'});
    const byId = new Map(candidates.map((c) => [c.id, c]));
    for (const placed of placeLabels(candidates, {width, height}, obstacles)) {
      const candidate = byId.get(placed.id);
      if (!candidate) continue;
      const anchor = placed.anchor === 'right' ? 'start' : placed.anchor === 'left' ? 'end' : 'middle';
      const text = svg('text', {
        x: placed.anchor === 'right' ? placed.box.x0 : placed.anchor === 'left' ? placed.box.x1 : candidate.x,
        y: placed.box.y0,
        'text-anchor': anchor,
        class: candidate.centred
          ? 'svg-map__label svg-map__label--country'
          : `svg-map__label${candidate.priority < 100 ? ' svg-map__label--venue' : ''}`,
      });
      candidate.lines.forEach((line, i) => {
        const size = i === 0 ? candidate.size : (candidate.secondarySize ?? candidate.size);
        const tspan = svg('tspan', {x: text.getAttribute('x') ?? 0, dy: i === 0 ? size : size * 1.2, 'font-size': size});
        if (i > 0) tspan.setAttribute('class', 'svg-map__label-detail');
        tspan.textContent = line;
        text.append(tspan);
      });
      labels.append(text);
    }
    points.append(labels);
    applySelection();
  }

  function applySelection() {
    for (const symbol of element.querySelectorAll('[data-place]')) {
      symbol.classList.toggle('is-selected', highlighted.has(symbol.getAttribute('data-place') ?? ''));
    }
  }

  /** Several updates in one frame (a drag, playback) redraw once. */
  const scheduleRender = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  const resizeObserver = new ResizeObserver(() => render());
  resizeObserver.observe(container);
  render();

  return {
    kind: 'svg',
    project,
    onViewChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onPointer(listener) {
      const position = (event: MouseEvent) => {
        const box = element.getBoundingClientRect();
        return [event.clientX - box.left, event.clientY - box.top] as const;
      };
      const click = (event: MouseEvent) => listener('click', ...position(event));
      const move = (event: MouseEvent) => listener('move', ...position(event));
      const leave = () => listener('leave', -1, -1);
      element.addEventListener('click', click);
      element.addEventListener('mousemove', move);
      element.addEventListener('mouseleave', leave);
      return () => {
        element.removeEventListener('click', click);
        element.removeEventListener('mousemove', move);
        element.removeEventListener('mouseleave', leave);
      };
    },
    setCursor(cursor) {
      element.style.cursor = cursor;
    },
    setDatedContent(next) {
      dated = next;
      scheduleRender();
    },
    setDay(next) {
      if (next === day) return;
      day = next;
      scheduleRender();
    },
    setHighlight(placeIds) {
      highlighted = new Set(placeIds);
      applySelection();
    },
    // The SVG map is a fixed frame of the whole story: every place is already in view.
    showPoints() {},
    // Its colours are CSS variables that follow the theme (applyPaletteVariables).
    setTheme() {},
    // Its labels are sized in CSS, which the presentation layout enlarges.
    setLabelScale() {},
    snapshot() {
      const box = element.getBoundingClientRect();
      // Loaded when asked for: exporting is rare, and first paint should not wait for it.
      return import('../lib/svg-image.ts').then(({svgImage}) => svgImage(element, box.width, box.height));
    },
    destroy() {
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      listeners.clear();
      element.remove();
    },
  };
}
