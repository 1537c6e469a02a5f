/**
 * Owns the map on the page: the SVG base map at once, MapLibre's when the reader shows up (see
 * load-trigger.ts), and the SVG again, with a one-line note, when WebGL is missing, MapLibre fails
 * to start, or the WebGL context is lost later. Over whichever base is showing: the overlay of
 * symbols and labels, the inset "Where they talked", the latest estimate, and the place targets.
 * Readiness is published on the container as `data-map-state` (map-controller-types.ts).
 */
import type {Geography} from '../story/geography-types.ts';
import type {IsoDate} from '../story/types.ts';
import {INSET_EAST_LIMIT} from '../lib/regions.ts';
import type {Box} from '../lib/label-placement.ts';
import type {CameraRequest} from '../state/app-state.ts';
import {latestEstimate, meetingPlacesOnDate} from '../state/selectors.ts';
import {isOnMap, type StoryIndex} from '../state/story-index.ts';
import {createEstimateNote} from './estimate-note.ts';
import {whenReaderArrives} from './load-trigger.ts';
import {datedMapContent, dayOf, placeTargetsOnDate, staticMapContent, type DatedMapContent} from './map-features.ts';
import {canvasMeasure, createMapOverlay} from './map-overlay.ts';
import {STORY_COUNTRIES} from './overlay-layout.ts';
import {controlBoxes, nearMapButtons} from './map-frame.ts';
import type {MapView} from './map-view.ts';
import {createPlaceTargets} from './place-targets.ts';
import {setMapState, type MapController, type MapControllerOptions} from './map-controller-types.ts';
import {createSvgMap} from './svg-map.ts';
import {createTalksInset} from './talks-inset.ts';
import {supportsWebGL2} from './webgl-support.ts';
import {afterNextFrame, yieldToMain, type Pause} from '../lib/yield-to-main.ts';

/** Whether the reader asked for less motion; checked at each move, since it can change. */
const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function createMapController(
  container: HTMLElement,
  geography: Geography,
  index: StoryIndex,
  initialDate: IsoDate,
  options: MapControllerOptions,
): MapController {
  const content = staticMapContent(index);
  /** The story's countries' shapes, for their names (overlay-layout.ts). */
  const countryShapes = new Map(
    geography.countries.features.filter((c) => STORY_COUNTRIES.includes(c.properties.iso)).map((c) => [c.properties.iso, c.geometry]),
  );
  const firstTalks = index.talksWeek[0]?.date;
  const lastTalks = index.talksWeek.at(-1)?.date;
  let date = initialDate;
  let day = dayOf(index, date);
  let dated: DatedMapContent = datedMapContent(index, date);
  let highlight = new Set<string>();
  let theme = options.theme;
  let labelScale = 1;
  let camera: CameraRequest | null = null;
  let destroyed = false;

  const svgMap = createSvgMap(container, geography);
  let view: MapView = svgMap;
  const overlay = createMapOverlay(container);
  const estimate = createEstimateNote(container);
  /** How far down the estimate takes the inset's side of the map (on small maps it sits bottom-right). */
  const takenAbove = (mapHeight: number) => {
    const note = estimate.box();
    return note && note.y0 < mapHeight / 2 ? note.y1 : 0;
  };
  const inset = createTalksInset(container, geography, content, canvasMeasure(), takenAbove);
  const targets = createPlaceTargets(container, {
    onActivate: options.onActivatePlace,
    onHover: options.onHoverPlace,
    underControls: nearMapButtons,
  });
  /** Places far west are found in the inset; the rest where the base map projects them. */
  const locate = (lon: number, lat: number) => (lon < INSET_EAST_LIMIT ? inset.locate(lon, lat) : view.project(lon, lat));

  const reserved = (width: number, height: number): Box[] => [
    inset.box(),
    ...(estimate.box() ? [estimate.box()!] : []),
    ...controlBoxes(width, height),
  ];
  /** Symbols and labels are drawn once the first view's other parts are (see drawFirstView). */
  let overlayStarted = false;
  const drawOverlay = () =>
    overlayStarted &&
    overlay.render(() => {
      const width = container.clientWidth;
      const height = container.clientHeight;
      return {
        width,
        height,
        project: view.project,
        pxPerKm: view.pxPerKm,
        content,
        dated,
        day,
        countryLabels: geography.countryLabels,
        countryShapes,
        reserved: reserved(width, height),
        labelScale,
      };
    });
  /** The inset comes forward in the week of talks, and whenever a place of it is highlighted. */
  const drawInset = () => {
    const westHighlighted = dated.venues.features.some((v) => v.properties.inset && highlight.has(v.properties.id));
    const talks = firstTalks !== undefined && lastTalks !== undefined && date >= firstTalks && date <= lastTalks;
    inset.render({day, dated, forward: talks || westHighlighted, highlight, labelScale});
  };
  inset.onChange(() => {
    targets.reposition();
    drawOverlay();
  });

  let frame = 0;
  let drawnDate = '';
  /**
   * Brings everything to `date`; with `pause`, in steps (each measures the page it changed), which
   * a newer date, brought in between, ends.
   */
  const applyDate = async (pause?: Pause) => {
    frame = 0;
    if (date === drawnDate || destroyed) return;
    const applying = (drawnDate = date);
    const goOn = async () => {
      if (pause) await pause();
      return drawnDate === applying && !destroyed;
    };
    day = dayOf(index, date);
    const meetings = meetingPlacesOnDate(index, date);
    dated = datedMapContent(index, date, meetings);
    estimate.render(latestEstimate(index, date));
    if (!(await goOn())) return;
    drawInset();
    drawOverlay();
    if (!(await goOn())) return;
    targets.setTargets(placeTargetsOnDate(index, applying, meetings));
  };
  targets.setView(view, locate);

  /**
   * The first view is drawn in steps, each a task of its own, after the page has been laid out:
   * the base map (in as many tasks as it needs); the day's estimate, inset and place buttons; then
   * the symbols and labels, which need the inset's and the estimate's boxes, laid out and drawn.
   * One long task would keep a slow phone from answering for a quarter of a second.
   */
  const drawFirstView = async () => {
    await afterNextFrame();
    if (destroyed) return;
    await svgMap.draw();
    await yieldToMain();
    if (destroyed) return;
    await applyDate(yieldToMain);
    await afterNextFrame();
    if (destroyed) return;
    overlayStarted = true;
    drawOverlay();
    await overlay.drawNow();
    if (destroyed) return;
    if (container.dataset.mapState === 'loading') setMapState(container, 'svg');
  };
  void drawFirstView();

  const show = (next: MapView) => {
    view = next;
    next.setTheme(theme);
    targets.setView(next, locate);
    next.onViewChange(drawOverlay);
    drawOverlay();
  };
  svgMap.onViewChange(drawOverlay);

  const fallBack = (reason: string) => {
    if (destroyed) return;
    if (view !== svgMap) {
      view.destroy();
      show(svgMap);
    }
    container.classList.remove('map--webgl');
    options.note.textContent = `Showing a simplified map: ${reason}`;
    options.note.hidden = false;
    setMapState(container, 'fallback');
  };

  let drawnOnce = false;
  const cancelStart = whenReaderArrives(() => {
    if (destroyed) return;
    if (!supportsWebGL2()) {
      fallBack('this browser cannot draw the interactive map (WebGL 2 is unavailable).');
      return;
    }
    import('./maplibre-map.ts')
      .then(({createMapLibreMap}) =>
        createMapLibreMap(container, geography, {
          cooperativeGestures: options.cooperativeGestures,
          theme,
          onContextLost: () => fallBack('the interactive map stopped (the graphics context was lost).'),
          onFirstIdle: () => {
            // The first full drawing can come before the map is handed over (a light style draws
            // in the frame it loads): whichever comes second says the map is ready.
            drawnOnce = true;
            if (view.kind === 'maplibre') setMapState(container, 'idle');
          },
        }),
      )
      .then((mapLibre) => {
        if (destroyed) return mapLibre.destroy();
        show(mapLibre);
        if (camera) follow(camera, false);
        container.classList.add('map--webgl');
        if (drawnOnce) setMapState(container, 'idle');
      })
      .catch((error: unknown) => {
        console.warn('Interactive map unavailable:', error);
        fallBack('the interactive map could not start in this browser.');
      });
  });

  function follow(request: CameraRequest, animate: boolean) {
    if ('home' in request) {
      view.showHome(animate);
      return;
    }
    const points = request.placeIds
      .map((id) => index.placeById.get(id))
      .filter(isOnMap)
      .filter((p) => p.position.lon >= INSET_EAST_LIMIT)
      .map((p): [number, number] => [p.position.lon, p.position.lat]);
    view.showPoints(points, animate);
  }

  return {
    targets,
    setDate(next) {
      if (next === date) return;
      date = next;
      // Drawing waits for the next frame: a drag or playback can change the date several times
      // a frame, and only the last one is ever seen.
      frame ||= requestAnimationFrame(() => void applyDate());
    },
    setTheme(next) {
      theme = next;
      view.setTheme(next);
    },
    setLabelScale(next) {
      if (next === labelScale) return;
      labelScale = next;
      drawInset();
      drawOverlay();
    },
    setHighlight(placeIds) {
      highlight = new Set(placeIds);
      overlay.setHighlight(placeIds);
      targets.setSelected(placeIds);
      drawInset();
    },
    setCamera(request) {
      if (request === camera) return;
      camera = request;
      if (request) follow(request, !prefersReducedMotion());
    },
    async snapshot(pixelWidth) {
      const width = container.clientWidth;
      const height = container.clientHeight;
      const scale = Math.max(1, pixelWidth / Math.max(1, width));
      const {composeMapImage} = await import('./map-image.ts');
      const image = await composeMapImage(container, await view.snapshot(scale), {width, height, scale});
      return {image, width, height};
    },
    destroy() {
      destroyed = true;
      cancelStart();
      cancelAnimationFrame(frame);
      targets.destroy();
      overlay.destroy();
      inset.destroy();
      estimate.destroy();
      if (view !== svgMap) view.destroy();
      svgMap.destroy();
    },
  };
}
