/**
 * The interactive WebGL map. Imported only after first paint (it is most of the page's weight) and
 * only where WebGL 2 works; the SVG map stays otherwise.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  LngLatBounds,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type ErrorEvent as MapErrorEvent,
  type GeoJSONSource,
  type LngLatLike,
  type MapMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre builds its worker's URL at run time, so a bundler never sees it; importing the worker as
// a URL makes Vite emit it next to the page (same origin, so the CSP needs no `blob:`).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type {Geography} from '../story/geography-types.ts';
import {REGION_BBOX, STORY_BBOX, type BBox} from '../lib/regions.ts';
import type {Theme} from '../lib/palette.ts';
import {latestChange, type DatedMapContent, type StaticMapContent} from './map-features.ts';
import {addMapIcons} from './map-icons.ts';
import {buildMapStyle} from './map-style.ts';
import type {MapView} from './map-view.ts';

export interface MapLibreOptions {
  bbox: BBox;
  /** Space kept free around the first frame, px; the SVG map uses the same. */
  padding: number;
  /** Ctrl/⌘ + scroll to zoom and two fingers to pan, for maps embedded in someone else's page. */
  cooperativeGestures: boolean;
  /** Called when the WebGL context is lost after start-up; the page then goes back to the SVG map. */
  onContextLost: () => void;
  /** Called once, when the map has drawn everything for the first time. */
  onFirstIdle: () => void;
  theme: Theme;
  /** Labels' size relative to the usual (larger in the presentation layout). */
  labelScale: number;
}

const defaults: MapLibreOptions = {
  bbox: STORY_BBOX,
  padding: 24,
  cooperativeGestures: false,
  onContextLost: () => {},
  onFirstIdle: () => {},
  theme: 'light',
  labelScale: 1,
};

/** Space kept around places the camera moves to, px. */
const CAMERA_PADDING = 60;
/** The camera never zooms closer than this to show an event's places (town level would lose the context). */
const CAMERA_MAX_ZOOM = 5.5;

/** Readers can pan around the geography but not off it. */
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [REGION_BBOX[0], REGION_BBOX[1]],
  [REGION_BBOX[2], REGION_BBOX[3]],
];

/**
 * Resolves with the map once its style has loaded; rejects when the browser cannot create a WebGL
 * context (MapLibre throws a `GPUInitializationError`) or the style fails.
 */
export function createMapLibreMap(
  container: HTMLElement,
  geography: Geography,
  content: StaticMapContent,
  dated: DatedMapContent,
  day: number,
  options: Partial<MapLibreOptions> = {},
): Promise<MapView> {
  const settings = {...defaults, ...options};
  setWorkerUrl(workerUrl);
  const element = document.createElement('div');
  element.className = 'maplibre-map';
  container.prepend(element);

  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: element,
      style: buildMapStyle({
        geography,
        content,
        dated,
        day: latestChange(content.changeDays, day),
        theme: settings.theme,
        labelScale: settings.labelScale,
        base: document.baseURI,
      }),
      bounds: settings.bbox,
      fitBoundsOptions: {padding: settings.padding},
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
      // The style is written and type-checked here; validating it again costs start-up time.
      validateStyle: import.meta.env.DEV,
    });
  } catch (error) {
    element.remove();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  let shownDay = latestChange(content.changeDays, day);
  let theme = settings.theme;
  let labelScale = settings.labelScale;
  let shownDated = dated;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({showCompass: false}), 'top-left');
  map.addControl(new ScaleControl({maxWidth: 110, unit: 'metric'}), 'bottom-left');
  map.addControl(
    new AttributionControl({
      compact: true,
      customAttribution: ['Borders: Natural Earth', 'Towns: GeoNames (CC BY 4.0)', 'Reports: news sources cited for each place'],
    }),
    'bottom-right',
  );
  // The style's icons are drawn on a canvas, not loaded from a sprite: MapLibre asks for them here.
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

  const view: MapView = {
    kind: 'maplibre',
    project(lon, lat) {
      const {x, y} = map.project([lon, lat]);
      return {x, y};
    },
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
      const move = (event: MapMouseEvent) => listener('move', event.point.x, event.point.y);
      const leave = () => listener('leave', -1, -1);
      map.on('click', click);
      map.on('mousemove', move);
      map.on('mouseout', leave);
      return () => {
        map.off('click', click);
        map.off('mousemove', move);
        map.off('mouseout', leave);
      };
    },
    setCursor(cursor) {
      map.getCanvas().style.cursor = cursor;
    },
    setDatedContent(next) {
      shownDated = next;
      for (const id of ['venues', 'cities'] as const) map.getSource<GeoJSONSource>(id)?.setData(next[id]);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      // Only colours and icon names differ between the themes: MapLibre applies the difference.
      map.setStyle(buildMapStyle({geography, content, dated: shownDated, day: shownDay, theme, labelScale, base: document.baseURI}), {
        diff: true,
      });
    },
    setLabelScale(next) {
      if (next === labelScale) return;
      labelScale = next;
      map.setGlobalStateProperty('labelScale', next);
    },
    setDay(next) {
      // The style reads the day in filters and labels, which makes MapLibre re-lay-out the sites;
      // it is told only on the days when something on the map actually changes.
      const change = latestChange(content.changeDays, next);
      if (change === shownDay) return;
      shownDay = change;
      map.setGlobalStateProperty('day', change);
    },
    setHighlight(placeIds) {
      map.setGlobalStateProperty('highlight', [...placeIds]);
    },
    showPoints(points, animate) {
      const [first] = points;
      if (!first) return;
      // Mid-flight, what is in view now is not where the camera is going: a new target always moves it.
      const visible = !map.isMoving() && points.every((p) => map.getBounds().contains(p));
      let target: {center: LngLatLike; zoom?: number} | undefined;
      if (points.length === 1) {
        // One place: bring it into view at the reader's zoom, never closer (the context matters).
        if (visible) return;
        target = {center: first};
      } else {
        const bounds = new LngLatBounds(first, first);
        for (const p of points) bounds.extend(p);
        const camera = map.cameraForBounds(bounds, {padding: CAMERA_PADDING, maxZoom: CAMERA_MAX_ZOOM});
        if (!camera?.center) return;
        // Zoom in on places already in view only as far as they all stay in view; zoom out for the others.
        target = {center: camera.center, zoom: visible ? Math.max(map.getZoom(), camera.zoom ?? map.getZoom()) : camera.zoom};
      }
      if (animate) map.flyTo({...target, duration: 1200, essential: false});
      else map.jumpTo(target);
    },
    snapshot() {
      // The WebGL canvas keeps no copy of what it drew (no preserveDrawingBuffer, which would slow
      // every frame): it is copied in the frame it is drawn.
      return new Promise((resolve) => {
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          copy.getContext('2d')?.drawImage(source, 0, 0);
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
