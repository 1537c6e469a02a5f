import type {MapFeatures} from './map-features.ts';

/**
 * What the rest of the page needs from a map, whichever draws it: the SVG drawn at first paint or
 * the MapLibre map that replaces it.
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
  setFeatures(features: MapFeatures): void;
  /** Emphasises one place, or none. */
  setSelected(placeId: string | null): void;
  destroy(): void;
}
