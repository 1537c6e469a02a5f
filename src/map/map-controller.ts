/**
 * Owns the map on the page: draws the SVG map at once, upgrades to MapLibre when the reader shows up
 * (see load-trigger.ts), and
 * falls back to the SVG map (with a one-line note) when WebGL is missing, MapLibre fails to start,
 * or the WebGL context is lost later. Readiness is published on the container as
 * `data-map-state`: `svg` (SVG drawn), `idle` (MapLibre drawn), `fallback` (SVG for good).
 */
import type {IsoDate} from '../story/types.ts';
import type {Geography} from '../story/geography-types.ts';
import type {Theme} from '../lib/palette.ts';
import type {CameraRequest} from '../state/app-state.ts';
import {meetingPlacesOnDate} from '../state/selectors.ts';
import {isOnMap, type StoryIndex} from '../state/story-index.ts';
import {createSvgMap} from './svg-map.ts';
import {datedMapContent, dayOf, placeTargetsOnDate, staticMapContent, type DatedMapContent} from './map-features.ts';
import type {MapView} from './map-view.ts';
import {createPlaceTargets, type PlaceTargets} from './place-targets.ts';
import {whenReaderArrives} from './load-trigger.ts';
import {supportsWebGL2} from './webgl-support.ts';

export type MapState = 'loading' | 'svg' | 'idle' | 'fallback' | 'error';

export interface MapControllerOptions {
  /** Where the one-line fallback note goes. */
  note: HTMLElement;
  onActivatePlace: (placeId: string, button: HTMLButtonElement) => void;
  /** The reader points at a place (or at none): the other views highlight what belongs to it. */
  onHoverPlace: (placeId: string | null) => void;
  cooperativeGestures: boolean;
  theme: Theme;
}

export interface MapController {
  /** Shows the map on `date` from the next frame on; cheap enough to call on every step of the timeline. */
  setDate(date: IsoDate): void;
  /** Labels' size relative to the usual: larger in the presentation layout. */
  setLabelScale(scale: number): void;
  /** The map as drawn now, with its size on the page in CSS pixels. */
  snapshot(): Promise<{image: CanvasImageSource; width: number; height: number}>;
  setHighlight(placeIds: readonly string[]): void;
  setTheme(theme: Theme): void;
  /**
   * Follows the state's camera request: a new request moves the camera to show its places (where
   * the map can move), flying or, when the reader prefers less motion, jumping.
   */
  setCamera(request: CameraRequest | null): void;
  readonly targets: PlaceTargets;
  destroy(): void;
}

/** Frame padding shared by both maps, so the hand-over does not jump. */
const FRAME_PADDING = 24;

/** Whether the reader asked for less motion; checked at each move, since it can change. */
const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function setMapState(container: HTMLElement, state: MapState): void {
  container.dataset.mapState = state;
}

export function createMapController(
  container: HTMLElement,
  geography: Geography,
  index: StoryIndex,
  initialDate: IsoDate,
  options: MapControllerOptions,
): MapController {
  const content = staticMapContent(index);
  let date = initialDate;
  let day = dayOf(index, date);
  let dated: DatedMapContent = datedMapContent(index, date);
  let highlight: readonly string[] = [];
  let theme = options.theme;
  let labelScale = 1;
  /** The places the camera was last asked to show: the WebGL map, arriving later, starts there. */
  let shown: [number, number][] = [];
  let camera: CameraRequest | null = null;
  let destroyed = false;

  const svg = createSvgMap(container, geography, content, {padding: FRAME_PADDING});
  svg.setDay(day);
  svg.setDatedContent(dated);
  let view: MapView = svg;
  const targets = createPlaceTargets(container, {onActivate: options.onActivatePlace, onHover: options.onHoverPlace});
  targets.setTargets(placeTargetsOnDate(index, date));
  targets.setView(svg);
  setMapState(container, 'svg');

  let frame = 0;
  let drawnDate = date;
  /** Brings the map and the place buttons to `date`. */
  const applyDate = () => {
    frame = 0;
    if (date === drawnDate || destroyed) return;
    drawnDate = date;
    day = dayOf(index, date);
    const meetings = meetingPlacesOnDate(index, date);
    const nextDated = datedMapContent(index, date, meetings);
    if (nextDated.key !== dated.key) view.setDatedContent(nextDated);
    dated = nextDated;
    view.setDay(day);
    targets.setTargets(placeTargetsOnDate(index, date, meetings));
  };

  const show = (next: MapView) => {
    view = next;
    next.setTheme(theme);
    next.setLabelScale(labelScale);
    next.setDatedContent(dated);
    next.setDay(day);
    next.setHighlight(highlight);
    targets.setView(next);
  };

  const fallBack = (reason: string) => {
    if (destroyed) return;
    if (view !== svg) {
      view.destroy();
      show(svg);
    }
    container.classList.remove('map--webgl');
    options.note.textContent = `Showing a simplified map: ${reason}`;
    options.note.hidden = false;
    setMapState(container, 'fallback');
  };

  const cancelStart = whenReaderArrives(() => {
    if (destroyed) return;
    if (!supportsWebGL2()) {
      fallBack('this browser cannot draw the interactive map (WebGL 2 is unavailable).');
      return;
    }
    import('./maplibre-map.ts')
      .then(({createMapLibreMap}) =>
        createMapLibreMap(container, geography, content, dated, day, {
          padding: FRAME_PADDING,
          cooperativeGestures: options.cooperativeGestures,
          theme,
          labelScale,
          onContextLost: () => fallBack('the interactive map stopped (the graphics context was lost).'),
          onFirstIdle: () => {
            if (view.kind === 'maplibre') setMapState(container, 'idle');
          },
        }),
      )
      .then((mapLibre) => {
        if (destroyed) return mapLibre.destroy();
        show(mapLibre);
        mapLibre.showPoints(shown, false);
        container.classList.add('map--webgl');
      })
      .catch((error: unknown) => {
        console.warn('Interactive map unavailable:', error);
        fallBack('the interactive map could not start in this browser.');
      });
  });

  return {
    targets,
    setDate(next) {
      if (next === date) return;
      date = next;
      // Drawing waits for the next frame: a drag or playback can change the date several times
      // a frame, and only the last one is ever seen.
      frame ||= requestAnimationFrame(applyDate);
    },
    setTheme(next) {
      theme = next;
      view.setTheme(next);
    },
    setLabelScale(next) {
      labelScale = next;
      view.setLabelScale(next);
    },
    setHighlight(placeIds) {
      highlight = placeIds;
      view.setHighlight(placeIds);
      targets.setSelected(placeIds);
    },
    setCamera(request) {
      if (request === camera) return;
      camera = request;
      if (!request) return;
      shown = request.placeIds
        .map((id) => index.placeById.get(id))
        .filter(isOnMap)
        .map((p) => [p.position.lon, p.position.lat]);
      view.showPoints(shown, !prefersReducedMotion());
    },
    snapshot() {
      return view.snapshot().then((image) => ({image, width: container.clientWidth, height: container.clientHeight}));
    },
    destroy() {
      destroyed = true;
      cancelStart();
      cancelAnimationFrame(frame);
      targets.destroy();
      if (view !== svg) view.destroy();
      svg.destroy();
    },
  };
}
