/**
 * The interactive WebGL base map: land, sea, borders and the occupied areas, which readers can pan
 * and zoom. Imported only after first paint (it is most of the page's weight) and only where WebGL
 * 2 works; the SVG map stays otherwise. The symbols and labels are drawn over it by the overlay.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  LngLatBounds,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type ErrorEvent as MapErrorEvent,
  type MapMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre builds its worker's URL at run time, so a bundler never sees it; importing the worker as
// a URL makes Vite emit it next to the page (same origin, so the CSP needs no `blob:`).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type {Geography} from '../story/geography-types.ts';
import {REGION_BBOX, STORY_BBOX, type BBox} from '../lib/regions.ts';
import type {Theme} from '../lib/palette.ts';
import {addMapIcons} from './map-icons.ts';
import {buildMapStyle} from './map-style.ts';
import type {MapView} from './map-view.ts';
import {framePadding, type Padding} from './map-frame.ts';

export interface MapLibreOptions {
  bbox: BBox;
  /** Space kept free around the frame in a map of a size, px; the SVG map uses the same. */
  padding: (width: number, height: number) => Padding;
  /** Ctrl/⌘ + scroll to zoom and two fingers to pan, for maps embedded in someone else's page. */
  cooperativeGestures: boolean;
  /** Called when the WebGL context is lost after start-up; the page then goes back to the SVG map. */
  onContextLost: () => void;
  /** Called once, when the map has drawn everything for the first time. */
  onFirstIdle: () => void;
  theme: Theme;
}

const defaults: MapLibreOptions = {
  bbox: STORY_BBOX,
  padding: (width, height) => framePadding(width, height),
  cooperativeGestures: false,
  onContextLost: () => {},
  onFirstIdle: () => {},
  theme: 'light',
};

/** Space kept around places the camera moves to, px. */
const CAMERA_PADDING = 60;

/** Readers can pan around the geography but not off it. */
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [REGION_BBOX[0], REGION_BBOX[1]],
  [REGION_BBOX[2], REGION_BBOX[3]],
];

/** The world is 512 px wide at zoom 0; its circumference at the equator, km. */
const EQUATOR_KM = 40075.017;

/**
 * Resolves with the map once its style has loaded; rejects when the browser cannot create a WebGL
 * context (MapLibre throws a `GPUInitializationError`), the style fails, or the context is lost
 * before the map has started.
 */
export function createMapLibreMap(container: HTMLElement, geography: Geography, options: Partial<MapLibreOptions> = {}): Promise<MapView> {
  const settings = {...defaults, ...options};
  setWorkerUrl(workerUrl);
  const element = document.createElement('div');
  element.className = 'maplibre-map';
  container.prepend(element);

  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: element,
      style: buildMapStyle({geography, theme: settings.theme}),
      bounds: settings.bbox,
      fitBoundsOptions: {padding: settings.padding(container.clientWidth, container.clientHeight)},
      maxBounds: MAX_BOUNDS,
      minZoom: 1.5,
      maxZoom: 9,
      maxPitch: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
      attributionControl: false,
      cooperativeGestures: settings.cooperativeGestures,
      // The style is type-checked here and validated by a unit test; validating it again costs start-up time.
      validateStyle: false,
    });
  } catch (error) {
    element.remove();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  let theme = settings.theme;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // The inset sits in the bottom-left corner (over the Balkans) and the estimate in the top-left
  // (bottom-right on small maps, over the Black Sea, above the controls there): the zoom buttons go
  // top-right, the scale and credits side by side along the bottom-right edge. The overlay's
  // labels keep clear of all of them.
  map.addControl(new NavigationControl({showCompass: false}), 'top-right');
  map.addControl(new ScaleControl({maxWidth: 100, unit: 'metric'}), 'bottom-right');
  map.addControl(
    new AttributionControl({
      compact: true,
      customAttribution: ['Borders: Natural Earth', 'Towns: GeoNames (CC BY 4.0)', 'Reports: news sources cited for each place'],
    }),
    'bottom-right',
  );
  // The style's patterns are drawn on a canvas, not loaded from a sprite: MapLibre asks for them here.
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    addMapIcons(map, Math.max(1, Math.round(window.devicePixelRatio)), id.endsWith('-dark') ? 'dark' : 'light');
  });
  /** Set once the style has loaded: a context lost before that fails the start instead (below). */
  let started = false;
  map.on('webglcontextlost', () => {
    if (started) settings.onContextLost();
  });
  map.once('idle', () => {
    // The compact attribution starts open; on a small map it would cover the south of it. It is
    // folded before the map is first shown.
    const attribution = element.querySelector('.maplibregl-ctrl-attrib');
    attribution?.classList.remove('maplibregl-compact-show');
    attribution?.removeAttribute('open');
    settings.onFirstIdle();
  });

  const move = (target: {center?: [number, number]; bounds?: LngLatBounds; zoom?: number}, animate: boolean) => {
    const camera = target.bounds ? map.cameraForBounds(target.bounds, {padding: CAMERA_PADDING}) : target;
    if (!camera) return;
    const options = {...camera, ...(target.zoom !== undefined ? {zoom: target.zoom} : {})};
    if (animate) map.easeTo({...options, duration: 900, essential: false});
    else map.jumpTo(options);
  };

  const view: MapView = {
    kind: 'maplibre',
    project(lon, lat) {
      const {x, y} = map.project([lon, lat]);
      return {x, y};
    },
    pxPerKm: (lat) => (512 * 2 ** map.getZoom()) / (EQUATOR_KM * Math.cos((lat * Math.PI) / 180)),
    onViewChange(listener) {
      map.on('move', listener);
      map.on('resize', listener);
      return () => {
        map.off('move', listener);
        map.off('resize', listener);
      };
    },
    onPointer(listener) {
      const click = (event: MapMouseEvent) => listener('click', event.point.x, event.point.y);
      const pointerMove = (event: MapMouseEvent) => listener('move', event.point.x, event.point.y);
      const leave = () => listener('leave', -1, -1);
      map.on('click', click);
      map.on('mousemove', pointerMove);
      map.on('mouseout', leave);
      return () => {
        map.off('click', click);
        map.off('mousemove', pointerMove);
        map.off('mouseout', leave);
      };
    },
    setCursor(cursor) {
      map.getCanvas().style.cursor = cursor;
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      // Only colours and pattern names differ between the themes: MapLibre applies the difference.
      map.setStyle(buildMapStyle({geography, theme}), {diff: true});
    },
    showPoints(points, animate) {
      const [first] = points;
      if (!first) return;
      const bounds = map.getBounds();
      // Mid-flight, what is in view now is not where the camera is going: a new target always moves it.
      if (!map.isMoving() && points.every((p) => bounds.contains(p))) return;
      const target = new LngLatBounds(first, first);
      for (const p of points) target.extend(p);
      const fit = map.cameraForBounds(target, {padding: CAMERA_PADDING});
      // The reader's zoom is kept; the camera zooms out only as far as the places need.
      move({bounds: target, zoom: Math.min(map.getZoom(), fit?.zoom ?? map.getZoom())}, animate);
    },
    showHome(animate) {
      const [west, south, east, north] = settings.bbox;
      const {clientWidth, clientHeight} = map.getContainer();
      const camera = map.cameraForBounds([west, south, east, north], {padding: settings.padding(clientWidth, clientHeight)});
      if (!camera) return;
      const centre = map.getCenter();
      const target = camera.center ? map.project(camera.center) : null;
      const here = map.project(centre);
      // Already there (within a few pixels and a tenth of a zoom level): stay still.
      if (target && Math.hypot(target.x - here.x, target.y - here.y) < 4 && Math.abs((camera.zoom ?? 0) - map.getZoom()) < 0.1) return;
      if (animate) map.easeTo({...camera, duration: 900, essential: false});
      else map.jumpTo(camera);
    },
    snapshot(scale) {
      // The WebGL canvas keeps no copy of what it drew (no preserveDrawingBuffer, which would slow
      // every frame): it is drawn once more at the export's resolution and copied in that frame.
      const ratio = map.getPixelRatio();
      map.setPixelRatio(scale);
      return new Promise<CanvasImageSource>((resolve) => {
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          copy.getContext('2d')?.drawImage(source, 0, 0);
          map.setPixelRatio(ratio);
          resolve(copy);
        });
        map.triggerRepaint();
      });
    },
    destroy() {
      map.remove();
      element.remove();
    },
  };

  return new Promise((resolve, reject) => {
    // Before `load`, any failure removes the map (its controls too) and settles the start, so the
    // page is never left with a half-started map over the SVG one.
    const fail = (message: string) => {
      map.off('error', onError);
      map.off('webglcontextlost', onLost);
      view.destroy();
      reject(new Error(message));
    };
    const onError = (event: MapErrorEvent) => {
      if (!map.loaded()) fail(event.error.message || 'The map failed to load');
    };
    const onLost = () => fail('The graphics context was lost while the map was starting');
    map.once('error', onError);
    map.once('webglcontextlost', onLost);
    map.once('load', () => {
      started = true;
      map.off('error', onError);
      map.off('webglcontextlost', onLost);
      map.on('error', (event) => console.warn('Map error:', event.error?.message));
      resolve(view);
    });
  });
}
