/**
 * Symbols drawn on a canvas at start-up and handed to MapLibre, so the style needs no sprite file:
 * the meeting-place diamonds, the dashed ring of unverified sites and the Crimea hatching.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import {MAP_COLOURS} from './map-colours.ts';

type Draw = (context: CanvasRenderingContext2D, size: number) => void;

function image(size: number, pixelRatio: number, draw: Draw): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(size * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  context.scale(pixelRatio, pixelRatio);
  draw(context, size);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

const diamond =
  (radius: number): Draw =>
  (context, size) => {
    const c = size / 2;
    context.beginPath();
    context.moveTo(c, c - radius);
    context.lineTo(c + radius, c);
    context.lineTo(c, c + radius);
    context.lineTo(c - radius, c);
    context.closePath();
    context.fillStyle = MAP_COLOURS.venue;
    context.strokeStyle = MAP_COLOURS.venueStroke;
    context.lineWidth = 2;
    context.fill();
    context.stroke();
  };

const dashedRing: Draw = (context, size) => {
  context.beginPath();
  context.arc(size / 2, size / 2, size / 2 - 2, 0, Math.PI * 2);
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fill();
  context.setLineDash([3, 2.4]);
  context.strokeStyle = MAP_COLOURS.siteUnverified;
  context.lineWidth = 2;
  context.stroke();
};

const hatch: Draw = (context, size) => {
  context.fillStyle = MAP_COLOURS.ukraine;
  context.fillRect(0, 0, size, size);
  context.strokeStyle = MAP_COLOURS.occupied;
  context.lineWidth = 1.1;
  // Two strokes so the diagonal continues seamlessly across tile edges.
  context.beginPath();
  context.moveTo(0, size);
  context.lineTo(size, 0);
  context.moveTo(-size / 2, size / 2);
  context.lineTo(size / 2, -size / 2);
  context.moveTo(size / 2, size * 1.5);
  context.lineTo(size * 1.5, size / 2);
  context.stroke();
};

export const MAP_ICONS = {
  venue: 'venue-diamond',
  venueWeek: 'venue-diamond-large',
  unverified: 'site-unverified',
  hatch: 'crimea-hatch',
} as const;

/** Adds every icon the style uses that the map does not have yet. */
export function addMapIcons(map: MapLibreMap, pixelRatio: number): void {
  const icons: [string, number, Draw][] = [
    [MAP_ICONS.venue, 16, diamond(6)],
    [MAP_ICONS.venueWeek, 22, diamond(9)],
    [MAP_ICONS.unverified, 14, dashedRing],
    [MAP_ICONS.hatch, 7, hatch],
  ];
  for (const [id, size, draw] of icons) {
    if (!map.hasImage(id)) map.addImage(id, image(size, pixelRatio, draw), {pixelRatio});
  }
}
