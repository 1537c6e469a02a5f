/**
 * The events' marks, one path per kind, filled and stroked once: as SVG for a story of a few
 * dozen events, on a canvas for a hundred thousand.
 *
 * SVG costs nothing to start (a browser's first canvas drawing waits for its canvas machinery,
 * half a second here with software graphics) and a few paths are cheap to draw. A canvas costs
 * the same per step of the timeline whatever the number of marks, where the same marks as SVG
 * would be painted again wherever the day's line moves over them.
 */
import {EVENT_KINDS, KIND_ORDER} from '../lib/event-kinds.ts';
import {h, svg} from '../lib/dom.ts';
import {KIND_COLOURS, PAGE_PALETTES, type Theme} from '../lib/palette.ts';
import {shapePath, traceShape} from '../lib/shapes.ts';
import {MARK_RADIUS, TRACK, type Mark} from './timeline-layout.ts';

export interface MarksLayerOptions {
  width: number;
  theme: Theme;
  /** Larger, with a strong outline: the events of what the reader points at or opened. */
  emphasised: boolean;
}

export interface MarksLayer {
  readonly element: HTMLCanvasElement | SVGSVGElement;
  draw(marks: readonly Mark[], options: MarksLayerOptions): void;
  /** Draws the layer as drawn now onto an image's canvas, scaled to the track's size there. */
  paint(context: CanvasRenderingContext2D, scale: number): Promise<void>;
}

/** Up to this many events the marks are SVG; beyond, a canvas. */
export const SVG_MARKS_LIMIT = 2000;

const style = ({theme, emphasised}: MarksLayerOptions) => ({
  radius: emphasised ? MARK_RADIUS + 1.5 : MARK_RADIUS,
  stroke: emphasised ? PAGE_PALETTES[theme].focus : PAGE_PALETTES[theme].timelineMarkOutline,
  lineWidth: emphasised ? 2 : 1,
});

export function createMarksLayer(className: string, eventCount: number): MarksLayer {
  return eventCount <= SVG_MARKS_LIMIT ? svgMarksLayer(className) : canvasMarksLayer(className);
}

function svgMarksLayer(className: string): MarksLayer {
  const element = svg('svg', {class: className, 'aria-hidden': 'true', focusable: 'false'});
  let width = 0;
  return {
    element,
    draw(marks, options) {
      width = options.width;
      const {radius, stroke, lineWidth} = style(options);
      element.setAttribute('width', String(width));
      element.setAttribute('height', String(TRACK.height));
      element.replaceChildren(
        ...KIND_ORDER.map((kind) =>
          svg('path', {
            d: marks
              .filter((mark) => mark.event.kind === kind)
              .map((mark) => shapePath(EVENT_KINDS[kind].shape, mark.x, mark.y, radius))
              .join(''),
            fill: KIND_COLOURS[options.theme][kind],
            stroke,
            'stroke-width': lineWidth,
          }),
        ),
      );
    },
    async paint(context, scale) {
      const {svgImage} = await import('../lib/svg-image.ts');
      context.drawImage(await svgImage(element, width * scale, TRACK.height * scale), 0, 0, width, TRACK.height);
    },
  };
}

function canvasMarksLayer(className: string): MarksLayer {
  const canvas = h('canvas', {className, attrs: {'aria-hidden': 'true'}});
  let width = 0;
  return {
    element: canvas,
    draw(marks, options) {
      width = options.width;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(TRACK.height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${TRACK.height}px`;
      const context = canvas.getContext('2d');
      if (!context) return;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      const {radius, stroke, lineWidth} = style(options);
      for (const kind of KIND_ORDER) {
        const path = new Path2D();
        for (const mark of marks) if (mark.event.kind === kind) traceShape(path, EVENT_KINDS[kind].shape, mark.x, mark.y, radius);
        context.fillStyle = KIND_COLOURS[options.theme][kind];
        context.strokeStyle = stroke;
        context.lineWidth = lineWidth;
        context.fill(path);
        context.stroke(path);
      }
    },
    async paint(context) {
      context.drawImage(canvas, 0, 0, width, TRACK.height);
    },
  };
}
