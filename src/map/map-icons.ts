/**
 * The hatching of the occupied areas, drawn on a canvas at start-up and handed to MapLibre, so the
 * style needs no sprite file. The SVG map draws the same pattern with an SVG `<pattern>`.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import {MAP_PALETTES, type Theme} from '../lib/palette.ts';

/** The pattern's tile, px. */
const HATCH_SIZE = 7;

function hatchImage(theme: Theme, pixelRatio: number): ImageData {
  const colours = MAP_PALETTES[theme];
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(HATCH_SIZE * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  context.scale(pixelRatio, pixelRatio);
  const size = HATCH_SIZE;
  context.fillStyle = colours.ukraine;
  context.fillRect(0, 0, size, size);
  context.strokeStyle = colours.occupied;
  context.lineWidth = 1.1;
  // Three strokes so the diagonal continues seamlessly across tile edges.
  context.beginPath();
  context.moveTo(0, size);
  context.lineTo(size, 0);
  context.moveTo(-size / 2, size / 2);
  context.lineTo(size / 2, -size / 2);
  context.moveTo(size / 2, size * 1.5);
  context.lineTo(size * 1.5, size / 2);
  context.stroke();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Each theme has its own pattern (`occupied-hatch-dark` …), drawn when first asked for. */
export const iconId = (icon: 'hatch', theme: Theme) => `occupied-${icon}-${theme}`;

/** Adds the pattern of `theme` when the map does not have it yet. */
export function addMapIcons(map: MapLibreMap, pixelRatio: number, theme: Theme): void {
  const id = iconId('hatch', theme);
  if (!map.hasImage(id)) map.addImage(id, hatchImage(theme, pixelRatio), {pixelRatio});
}
