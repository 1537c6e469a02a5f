/**
 * How each kind of event looks, on the timeline and in the lists: a name, a colour from the
 * Okabe–Ito palette (darkened for 3:1 contrast on white) and a shape, so that colour is never the
 * only cue.
 */
import type {EventKind} from '../story/types.ts';

export type MarkShape = 'diamond' | 'circle' | 'triangle' | 'square';

export const EVENT_KINDS: Record<EventKind, {label: string; plural: string; colour: string; shape: MarkShape}> = {
  diplomacy: {label: 'Talks', plural: 'Talks', colour: '#0063a6', shape: 'diamond'},
  'build-up': {label: 'Build-up report', plural: 'Build-up', colour: '#c44e00', shape: 'circle'},
  statement: {label: 'Statement', plural: 'Statements', colour: '#9c4a86', shape: 'triangle'},
  decision: {label: 'Decision', plural: 'Decisions', colour: '#1f1f1f', shape: 'square'},
};

export const KIND_ORDER: EventKind[] = ['diplomacy', 'build-up', 'statement', 'decision'];

/** Draws a mark of `shape` centred on (x, y) with half-size `r` on a canvas path. */
export function traceShape(context: CanvasRenderingContext2D | Path2D, shape: MarkShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'diamond':
      context.moveTo(x, y - r * 1.25);
      context.lineTo(x + r * 1.25, y);
      context.lineTo(x, y + r * 1.25);
      context.lineTo(x - r * 1.25, y);
      context.closePath();
      break;
    case 'circle':
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'triangle':
      context.moveTo(x, y - r * 1.2);
      context.lineTo(x + r * 1.2, y + r);
      context.lineTo(x - r * 1.2, y + r);
      context.closePath();
      break;
    case 'square':
      context.rect(x - r, y - r, r * 2, r * 2);
      break;
  }
}

/** The same shape as an SVG path, for the legend and the events list. */
export function shapePath(shape: MarkShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'diamond':
      return `M${x},${y - r * 1.25}L${x + r * 1.25},${y}L${x},${y + r * 1.25}L${x - r * 1.25},${y}Z`;
    case 'circle':
      return `M${x + r},${y}A${r},${r} 0 1,1 ${x - r},${y}A${r},${r} 0 1,1 ${x + r},${y}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.2},${y + r}L${x - r * 1.2},${y + r}Z`;
    case 'square':
      return `M${x - r},${y - r}h${r * 2}v${r * 2}h${-r * 2}Z`;
  }
}

/**
 * The colour of a kind in the current theme: the CSS variable `--kind-<kind>` the page's
 * stylesheet sets for light and dark, else the light colour above.
 */
export function kindColour(kind: EventKind, root: Element = document.documentElement): string {
  return getComputedStyle(root).getPropertyValue(`--kind-${kind}`).trim() || EVENT_KINDS[kind].colour;
}
