/**
 * Symbols drawn on a canvas at start-up and handed to MapLibre, so the style needs no sprite file:
 * the meeting-place diamonds, the dashed ring of unverified sites and the Crimea hatching.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import {MAP_PALETTES, type MapPalette, type Theme} from '../lib/palette.ts';
import {SHAPE_EXTENT, traceShape} from '../lib/shapes.ts';

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

/** A meeting place's diamond reaching `radius` px from its centre. */
const diamond =
  (radius: number, colours: MapPalette): Draw =>
  (context, size) => {
    context.beginPath();
    traceShape(context, 'diamond', size / 2, size / 2, radius / SHAPE_EXTENT.diamond);
    context.fillStyle = colours.venue;
    context.strokeStyle = colours.venueStroke;
    context.lineWidth = 2;
    context.fill();
    context.stroke();
  };

const dashedRing =
  (colours: MapPalette): Draw =>
  (context, size) => {
    context.beginPath();
    context.arc(size / 2, size / 2, size / 2 - 2, 0, Math.PI * 2);
    context.fillStyle = colours.hollow;
    context.fill();
    context.setLineDash([3, 2.4]);
    context.strokeStyle = colours.siteUnverified;
    context.lineWidth = 2;
    context.stroke();
  };

const hatch =
  (colours: MapPalette): Draw =>
  (context, size) => {
    context.fillStyle = colours.ukraine;
    context.fillRect(0, 0, size, size);
    context.strokeStyle = colours.occupied;
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

/** Each theme has its own set of icons (`venue-diamond-dark` …), drawn when first asked for. */
export const iconId = (icon: keyof typeof MAP_ICONS, theme: Theme) => `${MAP_ICONS[icon]}-${theme}`;

/** Adds every icon of `theme` that the map does not have yet. */
export function addMapIcons(map: MapLibreMap, pixelRatio: number, theme: Theme): void {
  const colours = MAP_PALETTES[theme];
  const icons: [keyof typeof MAP_ICONS, number, Draw][] = [
    ['venue', 16, diamond(6, colours)],
    ['venueWeek', 22, diamond(9, colours)],
    ['unverified', 14, dashedRing(colours)],
    ['hatch', 7, hatch(colours)],
  ];
  for (const [icon, size, draw] of icons) {
    const id = iconId(icon, theme);
    if (!map.hasImage(id)) map.addImage(id, image(size, pixelRatio, draw), {pixelRatio});
  }
}
