/**
 * The events' marks, drawn on a canvas so that a hundred thousand events cost no more per step of
 * the timeline than forty: one path per kind, filled and stroked once.
 */
import {EVENT_KINDS, KIND_ORDER} from '../lib/event-kinds.ts';
import {KIND_COLOURS, PAGE_PALETTES, type Theme} from '../lib/palette.ts';
import {traceShape} from '../lib/shapes.ts';
import {MARK_RADIUS, TRACK, type Mark} from './timeline-layout.ts';

export interface MarksLayerOptions {
  width: number;
  theme: Theme;
  /** Larger, with a strong outline: the events of what the reader points at or opened. */
  emphasised: boolean;
}

export function drawMarksLayer(canvas: HTMLCanvasElement, marks: readonly Mark[], {width, theme, emphasised}: MarksLayerOptions): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(TRACK.height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${TRACK.height}px`;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const palette = PAGE_PALETTES[theme];
  for (const kind of KIND_ORDER) {
    const path = new Path2D();
    for (const mark of marks)
      if (mark.event.kind === kind) traceShape(path, EVENT_KINDS[kind].shape, mark.x, mark.y, emphasised ? MARK_RADIUS + 1.5 : MARK_RADIUS);
    context.fillStyle = KIND_COLOURS[theme][kind];
    context.strokeStyle = emphasised ? palette.focus : palette.timelineMarkOutline;
    context.lineWidth = emphasised ? 2 : 1;
    context.fill(path);
    context.stroke(path);
  }
}
