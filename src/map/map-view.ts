import type {Theme} from '../lib/palette.ts';

/**
 * What the rest of the page needs from a base map, whichever draws it: the SVG drawn at first
 * paint or the MapLibre map that replaces it. Both draw land, sea, borders and the occupied areas;
 * the symbols and labels are drawn over either by the overlay (map-overlay.ts).
 */
export interface MapView {
  readonly kind: 'svg' | 'maplibre';
  /** Pixel position of a point relative to the map container's top-left corner. */
  project(lon: number, lat: number): {x: number; y: number};
  /** Pixels per kilometre on the ground at a latitude, in the current view. */
  pxPerKm(lat: number): number;
  /** Calls the listener after the camera or the size changes; returns the unsubscribe function. */
  onViewChange(listener: () => void): () => void;
  /**
   * Calls the listener with the container position of a click or tap on the map (not after a
   * drag), or of the pointer moving over it (`move`); returns the unsubscribe function.
   */
  onPointer(listener: (type: 'click' | 'move' | 'leave', x: number, y: number) => void): () => void;
  /** Sets the pointer's cursor over the map. */
  setCursor(cursor: 'pointer' | ''): void;
  /** Redraws the map in the light or dark palette. */
  setTheme(theme: Theme): void;
  /**
   * Brings these points into view, keeping the reader's zoom where it can (only zooming out when
   * they do not fit); `animate` is false when the reader prefers less motion.
   */
  showPoints(points: readonly [number, number][], animate: boolean): void;
  /** Goes back to the story's frame (the view the map opens with). */
  showHome(animate: boolean): void;
  /** The base map as drawn now, as an image a canvas can draw, `scale` times its size on the page. */
  snapshot(scale: number): Promise<CanvasImageSource>;
  destroy(): void;
}
