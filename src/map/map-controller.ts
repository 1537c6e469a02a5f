/**
 * Owns the map on the page: draws the SVG map at once, upgrades to MapLibre after first paint, and
 * falls back to the SVG map (with a one-line note) when WebGL is missing, MapLibre fails to start,
 * or the WebGL context is lost later. Readiness is published on the container as
 * `data-map-state`: `svg` (SVG drawn), `idle` (MapLibre drawn), `fallback` (SVG for good).
 */
import type {Geography} from '../data/types.ts';
import {createSvgMap} from './svg-map.ts';
import type {MapFeatures, PlaceTarget} from './map-features.ts';
import type {MapView} from './map-view.ts';
import {createPlaceTargets, type PlaceTargets} from './place-targets.ts';
import {supportsWebGL2} from './webgl-support.ts';

export type MapState = 'loading' | 'svg' | 'idle' | 'fallback' | 'error';

export interface MapControllerOptions {
  /** Where the one-line fallback note goes. */
  note: HTMLElement;
  onActivatePlace: (placeId: string, button: HTMLButtonElement) => void;
  cooperativeGestures: boolean;
}

export interface MapController {
  update(features: MapFeatures, targets: readonly PlaceTarget[]): void;
  setSelected(placeId: string | null): void;
  readonly targets: PlaceTargets;
  destroy(): void;
}

/** Frame padding shared by both maps, so the hand-over does not jump. */
const FRAME_PADDING = 24;

export function setMapState(container: HTMLElement, state: MapState): void {
  container.dataset.mapState = state;
}

/** Runs `task` once the page has painted and the browser is idle, so the map never delays first paint. */
function afterFirstPaint(task: () => void): void {
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(task, {timeout: 1500}) : setTimeout(task, 50));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, {once: true});
}

export function createMapController(
  container: HTMLElement,
  geography: Geography,
  initial: MapFeatures,
  options: MapControllerOptions,
): MapController {
  const svg = createSvgMap(container, geography, {padding: FRAME_PADDING});
  svg.setFeatures(initial);
  let view: MapView = svg;
  let features = initial;
  let selected: string | null = null;
  let destroyed = false;
  const targets = createPlaceTargets(container, {onActivate: options.onActivatePlace});
  targets.setView(svg);
  setMapState(container, 'svg');

  const fallBack = (reason: string) => {
    if (destroyed) return;
    if (view !== svg) {
      view.destroy();
      view = svg;
      svg.setFeatures(features);
      svg.setSelected(selected);
      targets.setView(svg);
    }
    container.classList.remove('map--webgl');
    options.note.textContent = `Showing a simplified map: ${reason}`;
    options.note.hidden = false;
    setMapState(container, 'fallback');
  };

  afterFirstPaint(() => {
    if (destroyed) return;
    if (!supportsWebGL2()) {
      fallBack('this browser cannot draw the interactive map (WebGL 2 is unavailable).');
      return;
    }
    import('./maplibre-map.ts')
      .then(({createMapLibreMap}) =>
        createMapLibreMap(container, geography, features, {
          padding: FRAME_PADDING,
          cooperativeGestures: options.cooperativeGestures,
          onContextLost: () => fallBack('the interactive map stopped (the graphics context was lost).'),
          onFirstIdle: () => {
            if (view.kind === 'maplibre') setMapState(container, 'idle');
          },
        }),
      )
      .then((mapLibre) => {
        if (destroyed) return mapLibre.destroy();
        view = mapLibre;
        mapLibre.setFeatures(features);
        mapLibre.setSelected(selected);
        targets.setView(mapLibre);
        container.classList.add('map--webgl');
      })
      .catch((error: unknown) => {
        console.warn('Interactive map unavailable:', error);
        fallBack('the interactive map could not start in this browser.');
      });
  });

  return {
    targets,
    update(next, nextTargets) {
      features = next;
      view.setFeatures(next);
      targets.setTargets(nextTargets);
    },
    setSelected(placeId) {
      selected = placeId;
      view.setSelected(placeId);
      targets.setSelected(placeId);
    },
    destroy() {
      destroyed = true;
      targets.destroy();
      if (view !== svg) view.destroy();
      svg.destroy();
    },
  };
}
