/**
 * The symbols of the page, defined once and drawn wherever they appear: on a canvas (timeline
 * marks, the WebGL map's icons), and as SVG paths (the SVG map, the legend, the Events list).
 * Colour is never the only cue: each kind of event and each kind of place has its own shape.
 */
export type MarkShape = 'diamond' | 'circle' | 'triangle' | 'square';

/** Corners of each polygon, in units of the half-size `r`, clockwise from the top. */
const CORNERS: Record<Exclude<MarkShape, 'circle'>, readonly (readonly [number, number])[]> = {
  diamond: [
    [0, -1.25],
    [1.25, 0],
    [0, 1.25],
    [-1.25, 0],
  ],
  triangle: [
    [0, -1.2],
    [1.2, 1],
    [-1.2, 1],
  ],
  square: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
};

/** How far a shape reaches from its centre, in units of `r` (for hit boxes and icon sizes). */
export const SHAPE_EXTENT: Record<MarkShape, number> = {diamond: 1.25, circle: 1, triangle: 1.2, square: 1};

/** Adds the outline of `shape`, centred on (x, y) with half-size `r`, to a canvas path. */
export function traceShape(context: CanvasRenderingContext2D | Path2D, shape: MarkShape, x: number, y: number, r: number): void {
  if (shape === 'circle') {
    context.moveTo(x + r, y);
    context.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  CORNERS[shape].forEach(([cx, cy], i) => (i === 0 ? context.moveTo(x + cx * r, y + cy * r) : context.lineTo(x + cx * r, y + cy * r)));
  context.closePath();
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The same outline as SVG path data. */
export function shapePath(shape: MarkShape, x: number, y: number, r: number): string {
  if (shape === 'circle')
    return `M${round(x + r)},${round(y)}A${r},${r} 0 1,1 ${round(x - r)},${round(y)}A${r},${r} 0 1,1 ${round(x + r)},${round(y)}Z`;
  return `${CORNERS[shape].map(([cx, cy], i) => `${i === 0 ? 'M' : 'L'}${round(x + cx * r)},${round(y + cy * r)}`).join('')}Z`;
}
