/**
 * The map's symbols and labels, drawn as SVG over whichever map is showing (the SVG base at first
 * paint, the WebGL map after it), at positions the current view projects: the hand-over between
 * the two changes nothing a reader sees. Redrawn at most once a frame.
 */
import {svg} from '../lib/dom.ts';
import {yieldToMain} from '../lib/yield-to-main.ts';
import {FONT_STACK} from '../lib/fonts.ts';
import {LINE_HEIGHT} from '../lib/label-placement.ts';
import {SHAPE_EXTENT, shapePath} from '../lib/shapes.ts';
import {layoutOverlay, type FontWeight, type Measure, type OverlayInput, type OverlayLayout, type OverlayText} from './overlay-layout.ts';

export interface MapOverlay {
  /** Draws for this input on the next frame (several calls in a frame draw once). */
  render(input: () => Omit<OverlayInput, 'measure'>): void;
  /**
   * Draws what is waiting for the next frame now, in two tasks: the layout, then the drawing.
   * Resolves when drawn.
   */
  drawNow(): Promise<void>;
  setHighlight(placeIds: readonly string[]): void;
  /** What is drawn now, for tests and the image export. */
  readonly layout: OverlayLayout | null;
  destroy(): void;
}

/**
 * Measures text with the page's font on a canvas; the page's own font once it has loaded. The
 * canvas is made at the first measurement, not while the page is being built (a first 2D context
 * costs a few milliseconds).
 */
export function canvasMeasure(): Measure {
  let context: CanvasRenderingContext2D | null | undefined;
  return (text, size, weight, spacing = 0) => {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${FONT_STACK}`;
    return context.measureText(text).width + spacing * size * text.length;
  };
}

function textAnchor(anchor: OverlayText['anchor']): 'start' | 'end' | 'middle' {
  if (anchor === 'right' || anchor === 'top-right' || anchor === 'bottom-right') return 'start';
  if (anchor === 'left' || anchor === 'top-left' || anchor === 'bottom-left') return 'end';
  return 'middle';
}

function drawText(text: OverlayText): SVGTextElement {
  const anchor = textAnchor(text.anchor);
  const {box} = text;
  const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
  const element = svg('text', {
    class: `map-label map-label--${text.kind}${text.muted ? ' map-label--muted' : ''}`,
    'text-anchor': anchor,
    'data-label': text.id,
  });
  let top = box.y0;
  for (const [i, line] of text.lines.entries()) {
    // The baseline sits about one font size below the top of a line box of LINE_HEIGHT.
    const baseline = top + line.size * (LINE_HEIGHT - 1) * 0.5 + line.size * 0.9;
    const span = svg('tspan', {x, y: baseline.toFixed(1), 'font-size': line.size, 'font-weight': line.weight as FontWeight});
    if (i > 0) span.setAttribute('class', 'map-label__detail');
    span.textContent = line.text;
    element.append(span);
    top += line.size * LINE_HEIGHT;
  }
  return element;
}

export function drawOverlay(target: SVGSVGElement, layout: OverlayLayout): void {
  const rings = svg('g', {class: 'map-overlay__rings'});
  for (const ring of layout.rings) rings.append(svg('circle', {cx: ring.x, cy: ring.y, r: ring.r, class: 'svg-map__precision'}));
  const symbols = svg('g', {class: 'map-overlay__symbols'});
  for (const symbol of layout.symbols) {
    const {x, y, r, id} = symbol;
    const common = {'data-symbol': symbol.kind, 'data-place': id};
    if (symbol.kind === 'site') {
      if (symbol.isNew) symbols.append(svg('circle', {cx: x, cy: y, r: r + 4, class: 'map-pulse'}));
      symbols.append(svg('circle', {...common, cx: x, cy: y, r, class: `svg-map__site svg-map__site--${symbol.status}`}));
    } else if (symbol.kind === 'venue') {
      symbols.append(svg('path', {...common, d: shapePath('diamond', x, y, r / SHAPE_EXTENT.diamond), class: 'svg-map__venue'}));
    } else if (symbol.kind === 'city') {
      symbols.append(svg('rect', {...common, x: x - r, y: y - r, width: r * 2, height: r * 2, class: 'svg-map__city'}));
    } else {
      symbols.append(svg('circle', {'data-symbol': symbol.kind, cx: x, cy: y, r, class: 'map-turning-point'}));
    }
  }
  const labels = svg('g', {class: 'map-overlay__labels'});
  for (const text of layout.texts) labels.append(drawText(text));
  target.replaceChildren(rings, symbols, labels);
}

export function createMapOverlay(container: HTMLElement): MapOverlay {
  const element = svg('svg', {class: 'map-overlay', 'aria-hidden': 'true', focusable: 'false'});
  container.append(element);
  const measure = canvasMeasure();
  let frame = 0;
  let pending: (() => Omit<OverlayInput, 'measure'>) | null = null;
  let last: (() => Omit<OverlayInput, 'measure'>) | null = null;
  let highlighted = new Set<string>();
  let layout: OverlayLayout | null = null;

  const applyHighlight = () => {
    for (const symbol of element.querySelectorAll('[data-place]'))
      symbol.classList.toggle('is-selected', highlighted.has(symbol.getAttribute('data-place') ?? ''));
  };
  /** The input waiting to be drawn, laid out; null if there is none or the map has no size. */
  const layOut = () => {
    frame = 0;
    const input = pending?.();
    pending = null;
    if (!input || !input.width || !input.height) return null;
    return {width: input.width, height: input.height, layout: layoutOverlay({...input, measure})};
  };
  const show = (next: {width: number; height: number; layout: OverlayLayout}) => {
    element.setAttribute('viewBox', `0 0 ${next.width} ${next.height}`);
    element.setAttribute('width', String(next.width));
    element.setAttribute('height', String(next.height));
    layout = next.layout;
    drawOverlay(element, layout);
    applyHighlight();
  };
  const draw = () => {
    const next = layOut();
    if (next) show(next);
  };
  // Labels were measured with a stand-in until the page's font arrives: measured again then.
  void document.fonts?.ready.then(() => {
    if (last && !pending) {
      pending = last;
      frame ||= requestAnimationFrame(draw);
    }
  });
  return {
    render(input) {
      pending = last = input;
      frame ||= requestAnimationFrame(draw);
    },
    async drawNow() {
      cancelAnimationFrame(frame);
      const next = layOut();
      if (!next) return;
      await yieldToMain();
      // Shown even if a newer input came in between: the next frame draws that one.
      show(next);
    },
    setHighlight(placeIds) {
      highlighted = new Set(placeIds);
      applyHighlight();
    },
    get layout() {
      return layout;
    },
    destroy() {
      cancelAnimationFrame(frame);
      element.remove();
    },
  };
}
