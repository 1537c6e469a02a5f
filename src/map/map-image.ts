/**
 * The map as one image for "Download image": the base map as drawn, with the overlay, the inset
 * and the estimate note over it, drawn at `scale` times the size on the page (the SVG parts are
 * drawn at that resolution, not enlarged). Loaded only when an image is asked for.
 */
import {svgImage} from '../lib/svg-image.ts';
import {FONT_STACK} from '../lib/fonts.ts';

export interface MapImageSize {
  width: number;
  height: number;
  scale: number;
}

/** Draws an element's text lines at its place on the canvas, in its computed font and colour. */
function drawTextBox(context: CanvasRenderingContext2D, element: HTMLElement, origin: DOMRect) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  context.fillStyle = style.backgroundColor;
  context.fillRect(box.left - origin.left, box.top - origin.top, box.width, box.height);
  context.strokeStyle = style.borderTopColor;
  context.strokeRect(box.left - origin.left + 0.5, box.top - origin.top + 0.5, box.width - 1, box.height - 1);
  for (const line of element.querySelectorAll<HTMLElement>('p, figcaption')) {
    const lineBox = line.getBoundingClientRect();
    const lineStyle = getComputedStyle(line);
    context.font = `${lineStyle.fontWeight} ${lineStyle.fontSize} ${FONT_STACK}`;
    context.fillStyle = lineStyle.color;
    context.textBaseline = 'top';
    // Wrapped text: drawn word by word within the line's own width, as the page wraps it.
    const words = (line.textContent ?? '').split(/\s+/).filter(Boolean);
    const size = parseFloat(lineStyle.fontSize);
    let row = '';
    let y = lineBox.top - origin.top;
    for (const word of words) {
      const next = row ? `${row} ${word}` : word;
      if (row && context.measureText(next).width > lineBox.width) {
        context.fillText(row, lineBox.left - origin.left, y);
        row = word;
        y += size * 1.3;
      } else row = next;
    }
    if (row) context.fillText(row, lineBox.left - origin.left, y);
  }
}

export async function composeMapImage(
  container: HTMLElement,
  base: CanvasImageSource,
  {width, height, scale}: MapImageSize,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not make the image.');
  context.drawImage(base, 0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  const origin = container.getBoundingClientRect();
  const overlay = container.querySelector<SVGSVGElement>('.map-overlay');
  if (overlay) context.drawImage(await svgImage(overlay, width * scale, height * scale), 0, 0, width, height);
  const inset = container.querySelector<HTMLElement>('.talks-inset');
  const insetMap = inset?.querySelector<SVGSVGElement>('svg');
  if (inset && insetMap) {
    drawTextBox(context, inset, origin);
    const box = insetMap.getBoundingClientRect();
    const image = await svgImage(insetMap, box.width * scale, box.height * scale);
    context.drawImage(image, box.left - origin.left, box.top - origin.top, box.width, box.height);
  }
  const note = container.querySelector<HTMLElement>('.estimate-note:not([hidden])');
  if (note) drawTextBox(context, note, origin);
  return canvas;
}
