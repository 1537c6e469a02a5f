import type {Theme} from '../lib/palette.ts';
import type {DatedMapContent} from './map-features.ts';

/**
 * What the rest of the page needs from a map, whichever draws it: the SVG drawn at first paint or
 * the MapLibre map that replaces it. Both are given the static content when created.
 */
export interface MapView {
  readonly kind: 'svg' | 'maplibre';
  /** Pixel position of a point relative to the map container's top-left corner. */
  project(lon: number, lat: number): {x: number; y: number};
  /** Calls the listener after the camera or the size changes; returns the unsubscribe function. */
  onViewChange(listener: () => void): () => void;
  /**
   * Calls the listener with the container position of a click or tap on the map (not after a
   * drag), or of the pointer moving over it (`move`); returns the unsubscribe function.
   */
  onPointer(listener: (type: 'click' | 'move' | 'leave', x: number, y: number) => void): () => void;
  /** Sets the pointer's cursor over the map. */
  setCursor(cursor: 'pointer' | ''): void;
  /** The meeting places and city labels of the day shown. */
  setDatedContent(content: DatedMapContent): void;
  /** The day shown, as days since the story's first day. */
  setDay(day: number): void;
  /** Emphasises these places (the selection and what the reader points at). */
  setHighlight(placeIds: readonly string[]): void;
  /** Redraws the map in the light or dark palette. */
  setTheme(theme: Theme): void;
  /** Labels' size relative to the usual: larger in the presentation layout. */
  setLabelScale(scale: number): void;
  /** Moves the camera to show these points; `animate` is false when the reader prefers less motion. */
  showPoints(points: readonly [number, number][], animate: boolean): void;
  /** The map as drawn now, as an image a canvas can draw (for "Download image"). */
  snapshot(): Promise<CanvasImageSource>;
  destroy(): void;
}
