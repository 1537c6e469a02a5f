/**
 * What the page sees of the map (map-controller.ts): its options, its methods, and the readiness
 * it publishes on the container as `data-map-state`.
 */
import type {IsoDate} from '../story/types.ts';
import type {Theme} from '../lib/palette.ts';
import type {CameraRequest} from '../state/app-state.ts';
import type {PlaceTargets} from './place-targets.ts';

/**
 * `loading` (the data is on its way), `svg` (the SVG map drawn, with its symbols and labels),
 * `idle` (MapLibre's map drawn), `fallback` (the SVG map for good), `error` (the data failed).
 */
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

export interface MapSnapshot {
  /** The map as drawn, with everything over it, at the resolution asked for. */
  image: CanvasImageSource;
  /** Its size on the page, CSS px. */
  width: number;
  height: number;
}

export interface MapController {
  /** Shows the map on `date` from the next frame on; cheap enough to call on every step of the timeline. */
  setDate(date: IsoDate): void;
  /** Labels' size relative to the usual: larger in the presentation layout. */
  setLabelScale(scale: number): void;
  /** The map as drawn now, drawn `pixelWidth` device pixels wide (sharp at that size, not enlarged). */
  snapshot(pixelWidth: number): Promise<MapSnapshot>;
  setHighlight(placeIds: readonly string[]): void;
  setTheme(theme: Theme): void;
  /**
   * Follows the state's camera request: a new request moves the camera to show its places (those
   * in the inset need no move) or back to the story's frame, flying or, when the reader prefers
   * less motion, jumping.
   */
  setCamera(request: CameraRequest | null): void;
  readonly targets: PlaceTargets;
  destroy(): void;
}

export function setMapState(container: HTMLElement, state: MapState): void {
  container.dataset.mapState = state;
}
