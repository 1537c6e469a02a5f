/**
 * The base map drawn as SVG with d3-geo at first paint, before MapLibre (about 430 KB gzipped)
 * arrives, and kept wherever WebGL is missing or fails. Same projection (Web Mercator) and same
 * frame as the MapLibre map, and the same overlay of symbols and labels over both, so the
 * hand-over is seamless.
 */
import {geoMercator, type GeoProjection} from 'd3-geo';
import {mercatorPath, type PathGeometry} from '../lib/mercator-path.ts';
import type {Geography} from '../story/geography-types.ts';
import {svg} from '../lib/dom.ts';
import {ACTOR_COUNTRIES} from '../lib/palette.ts';
import {STORY_BBOX, type BBox} from '../lib/regions.ts';
import type {MapView} from './map-view.ts';
import {framePadding, type Padding} from './map-frame.ts';
import {reachesInto} from './countries-in-view.ts';
import {timeSlices, type Pause} from '../lib/yield-to-main.ts';

export interface SvgMapOptions {
  /** The area to frame, [west, south, east, north]. */
  bbox: BBox;
  /** Space kept free around the frame in a map of a size, px (the MapLibre map uses the same). */
  padding: (width: number, height: number) => Padding;
}

const defaults: SvgMapOptions = {bbox: STORY_BBOX, padding: (width, height) => framePadding(width, height)};

/** The sphere d3-geo projects, km: a projection's scale is pixels per radian of it. */
const EARTH_RADIUS_KM = 6371;

/** A projection that frames `bbox` in a `width`×`height` box, `padding` inside its edges. */
export function framingProjection(bbox: BBox, width: number, height: number, padding: Padding): GeoProjection {
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
  return (
    geoMercator()
      // The geography is clipped to REGION_BBOX, far from the antimeridian: d3's cut along it
      // (its default pre-clip) would find nothing to cut, at a quarter of the drawing's cost.
      .preclip((stream) => stream)
      .fitExtent(
        [
          [padding.left, padding.top],
          [Math.max(padding.left + 1, width - padding.right), Math.max(padding.top + 1, height - padding.bottom)],
        ],
        corners,
      )
  );
}

/** How far beyond the drawing's edges its shapes are drawn, px (a line's width, with room). */
const MARGIN = 20;

/** The SVG map; it draws when first asked (`draw`), then again whenever its size changes. */
export interface SvgMap extends MapView {
  /** Draws the map for the first time; resolves when it is drawn. */
  draw(): Promise<void>;
}

export function createSvgMap(container: HTMLElement, geography: Geography, options: Partial<SvgMapOptions> = {}): SvgMap {
  const settings = {...defaults, ...options};
  const element = svg('svg', {class: 'svg-map', 'aria-hidden': 'true', focusable: 'false'});
  container.prepend(element);
  /** The projection of the map shown; none before the first drawing (see `currentProjection`). */
  let projection: GeoProjection | null = null;
  /** Before the first drawing, places are projected into a 1 px map: nothing is shown yet. */
  const currentProjection = () => (projection ??= framingProjection(settings.bbox, 1, 1, settings.padding(1, 1)));
  const listeners = new Set<() => void>();

  const project = (lon: number, lat: number) => {
    const [x = 0, y = 0] = currentProjection()([lon, lat]) ?? [];
    return {x, y};
  };

  /** The size the base layer was drawn (or is being drawn) for. */
  let drawnSize = '';
  const base = svg('g', {class: 'svg-map__base'});
  element.append(base);

  /**
   * Draws the base layer for a size: the sea, the countries, then the lines over them (Crimea, the
   * areas held since 2014, the borders). The paths are built away from the page, a few at a time
   * (`pause` between them lets the browser in), and shown together with the projection they were
   * drawn in, so that the overlay never sits on a half-drawn or older map. False, and nothing
   * shown, if a newer size came in the meantime.
   */
  async function renderBase(width: number, height: number, size: string, pause: Pause): Promise<boolean> {
    const next = framingProjection(settings.bbox, width, height, settings.padding(width, height));
    // Lines are straight in Web Mercator on the WebGL map too; the SVG's box cuts off the rest.
    const frame = {scale: next.scale(), translate: next.translate()};
    // What lies wholly outside the drawing (MARGIN px beyond its edges) is not drawn at all.
    const view = {x0: -MARGIN, y0: -MARGIN, x1: width + MARGIN, y1: height + MARGIN};
    const path = (geometry: PathGeometry) => mercatorPath(geometry, frame, view);
    /** Lets the browser in; false once a newer size has started a drawing of its own. */
    const goOn = async () => {
      await pause();
      return drawnSize === size;
    };

    const land = svg('g', {class: 'svg-map__land'});
    // Only the countries in that view are projected (its corners' coordinates, as a rectangle).
    const [west, north] = next.invert!([view.x0, view.y0])!;
    const [east, south] = next.invert!([view.x1, view.y1])!;
    for (const country of geography.countries.features) {
      if (!(await goOn())) return false;
      if (!reachesInto(country, [west, south, east, north])) continue;
      const iso = country.properties.iso;
      const kind =
        iso === 'UA'
          ? ' svg-map__country--ukraine'
          : (ACTOR_COUNTRIES as readonly string[]).includes(iso)
            ? ' svg-map__country--actor'
            : '';
      land.append(svg('path', {d: path(country.geometry), class: `svg-map__country${kind}`}));
    }
    land.append(svg('path', {d: path(geography.crimea.geometry), fill: 'url(#crimea-hatch)'}));
    land.append(svg('path', {d: path(geography.heldSince2014.geometry), fill: 'url(#crimea-hatch)', class: 'svg-map__held'}));
    for (const border of geography.borders.features) {
      if (!(await goOn())) return false;
      const ukraine = border.properties.ukraine;
      land.append(
        svg('path', {
          d: path(border.geometry),
          class: ukraine ? 'svg-map__border svg-map__border--ukraine' : 'svg-map__border',
        }),
      );
    }
    projection = next;
    element.setAttribute('viewBox', `0 0 ${width} ${height}`);
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
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
    base.replaceChildren(defs, svg('rect', {width, height, class: 'svg-map__sea'}), land);
    return true;
  }

  /** Draws the map again when its size changed, in tasks short enough for a slow phone to answer in between. */
  async function render() {
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (!width || !height) return;
    const size = `${width}x${height}`;
    if (size === drawnSize) return;
    drawnSize = size;
    if (!(await renderBase(width, height, size, timeSlices()))) return;
    for (const listener of listeners) listener();
  }

  let started = false;
  const resizeObserver = new ResizeObserver(() => {
    if (started) void render();
  });
  resizeObserver.observe(container);

  return {
    kind: 'svg',
    draw() {
      started = true;
      return render();
    },
    project,
    pxPerKm: (lat) => currentProjection().scale() / (EARTH_RADIUS_KM * Math.cos((lat * Math.PI) / 180)),
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
    // The SVG map is a fixed frame of the story: every place on it is already in view.
    showPoints() {},
    showHome() {},
    // Its colours are CSS variables that follow the theme.
    setTheme() {},
    snapshot(scale) {
      const box = element.getBoundingClientRect();
      // Loaded when asked for: exporting is rare, and first paint should not wait for it.
      return import('../lib/svg-image.ts').then(({svgImage}) => svgImage(element, box.width * scale, box.height * scale));
    },
    destroy() {
      resizeObserver.disconnect();
      listeners.clear();
      element.remove();
    },
  };
}
