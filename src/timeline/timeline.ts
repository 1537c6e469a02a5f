/**
 * The timeline under the map: a D3 time axis from the first report to 24 February 2022, a mark per
 * event (shaped and coloured by kind), the week of talks highlighted, the headline troop estimates
 * as a step chart above, and a handle that is the page's `slider` named "Timeline".
 *
 * This module puts the pieces together: the layout (timeline-layout.ts) is computed once per
 * width, the layers draw from it, slider-input.ts turns the reader's keys and pointers into
 * callbacks, and `render` moves only the handle and the rings, so a step costs next to nothing.
 * On a phone the track is wider than the screen and scrolls to follow the handle.
 */
import type {IsoDate, StoryEvent} from '../story/types.ts';
import {daysBetween} from '../lib/dates.ts';
import {h, svg} from '../lib/dom.ts';
import {estimateFigure, formatDate} from '../lib/format.ts';
import type {Theme} from '../lib/palette.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {afterNextFrame} from '../lib/yield-to-main.ts';
import {drawAxisLayer} from './axis-layer.ts';
import {drawEstimatesLayer} from './estimates-layer.ts';
import {createMarksLayer} from './marks-layer.ts';
import {attachSliderInput} from './slider-input.ts';
import {MARK_RADIUS, TRACK, timelineLayout, type Mark, type TimelineLayout} from './timeline-layout.ts';

export interface TimelineOptions {
  /** The reader moved to a day: dragging, clicking the track, the arrow keys, Home or End. */
  onDate: (date: IsoDate) => void;
  /** The reader chose an event's mark. */
  onSelectEvent: (eventId: string) => void;
  /** PageDown (+1) or PageUp (-1) on the handle: the next or previous event. */
  onStep: (direction: 1 | -1) => void;
  /** The reader points at an event's mark, or at none. */
  onHover: (eventId: string | null) => void;
  theme: Theme;
  /**
   * The day shown first. The track is centred on it when first measured, which may come before
   * the first `render` (the page is built over several tasks).
   */
  date?: IsoDate;
}

export interface TimelineState {
  date: IsoDate;
  eventId: string | null;
  /** Events to emphasise: those of the place pointed at or open, or the event pointed at. */
  highlighted: readonly StoryEvent[];
}

export interface Timeline {
  /** Cheap when only the date changed: moves the handle and updates what a screen reader hears. */
  render(state: TimelineState): void;
  /** Draws everything again in the other palette. */
  setTheme(theme: Theme): void;
  /** Labels' size relative to the usual: larger in the presentation layout. */
  setLabelScale(scale: number): void;
  /** The handle, to give it focus. */
  readonly handle: HTMLElement;
  /** The whole track as drawn now, `pixelWidth` pixels wide, with its size on the page (for "Download image"). */
  snapshot(pixelWidth: number): Promise<{image: CanvasImageSource; width: number; height: number}>;
  destroy(): void;
}

export function createTimeline(container: HTMLElement, index: StoryIndex, options: TimelineOptions): Timeline {
  const {start, end} = index.story.period;
  let theme = options.theme;
  let labelScale = 1;

  const track = h('div', {className: 'timeline__track'});
  const chart = svg('svg', {class: 'timeline__chart', 'aria-hidden': 'true', focusable: 'false'});
  const marksLayer = createMarksLayer('timeline__marks', index.story.events.length);
  const highlightLayer = createMarksLayer('timeline__marks timeline__marks--highlight', index.story.events.length);
  // The day's line runs through the rows of events, not through the estimates' chart and its labels.
  const cursorLine = svg('line', {class: 'timeline__cursor', y1: TRACK.firstRow - 10, y2: TRACK.axis});
  const selectedRing = svg('circle', {class: 'timeline__selected', r: MARK_RADIUS + 4});
  const hoverRing = svg('circle', {class: 'timeline__hover', r: MARK_RADIUS + 3});
  const overlay = svg('svg', {class: 'timeline__overlay', 'aria-hidden': 'true', focusable: 'false'}, cursorLine, selectedRing, hoverRing);
  const handle = h('div', {
    className: 'timeline__handle',
    attrs: {
      role: 'slider',
      tabindex: 0,
      'aria-label': 'Timeline',
      'aria-valuemin': 0,
      'aria-valuemax': daysBetween(start, end),
      'aria-orientation': 'horizontal',
      'aria-describedby': 'timeline-estimates',
    },
  });
  const tooltip = h('div', {className: 'timeline__tooltip', attrs: {'aria-hidden': 'true'}});
  track.append(chart, marksLayer.element, highlightLayer.element, overlay, handle, tooltip);
  // On a phone the track keeps a readable width (CSS) and scrolls sideways inside this box,
  // following the handle, rather than squeezing a day into two pixels.
  const scroller = h('div', {className: 'timeline__scroller'}, track);
  const heading = h('p', {className: 'timeline__heading', attrs: {'aria-hidden': 'true'}}, 'Headline troop estimates, not like-for-like');
  const estimatesNote = h(
    'p',
    {className: 'visually-hidden', id: 'timeline-estimates'},
    `Headline troop estimates, which count different things: ${index.story.estimates
      .map((e) => `${estimateFigure(e)} (${e.who}, ${formatDate(e.date)})`)
      .join('; ')}.`,
  );
  container.append(heading, scroller, estimatesNote);

  let layout: TimelineLayout = timelineLayout(index, 1);
  let state: TimelineState = {date: options.date ?? start, eventId: null, highlighted: []};
  let highlightKey = '';
  let hovered: Mark | null = null;
  let scroll = {scrollable: false, left: 0, visible: 0};
  const onScroll = () => {
    scroll.left = scroller.scrollLeft;
  };
  scroller.addEventListener('scroll', onScroll, {passive: true});

  function draw() {
    const width = track.clientWidth;
    if (!width) return;
    if (layout.width !== width) layout = timelineLayout(index, width);
    for (const layer of [chart, overlay]) {
      layer.setAttribute('width', String(width));
      layer.setAttribute('height', String(TRACK.height));
    }
    chart.replaceChildren();
    drawAxisLayer(chart, layout);
    drawEstimatesLayer(chart, layout, index.story.estimates, labelScale);
    marksLayer.draw(layout.marks, {width, theme, emphasised: false});
    highlightKey = '';
    renderState();
  }

  function pointAt(mark: Mark | null) {
    if (hovered === mark) return;
    hovered = mark;
    hoverRing.style.display = mark ? '' : 'none';
    tooltip.hidden = !mark;
    if (mark) {
      hoverRing.setAttribute('cx', String(mark.x));
      hoverRing.setAttribute('cy', String(mark.y));
      tooltip.textContent = `${formatDate(mark.event.date)}: ${mark.event.title}`;
      const left = Math.min(Math.max(mark.x, 90), layout.width - 90);
      tooltip.style.transform = `translate(calc(${left}px - 50%), ${mark.y - 40}px)`;
    }
    options.onHover(mark?.event.id ?? null);
  }

  /**
   * Scrolls the track, when it scrolls, just enough to keep the handle clear of the edges; after
   * a resize, the handle is centred.
   */
  function keepInView(handleX: number, centre = false) {
    if (!scroll.scrollable) return;
    const margin = Math.min(48, scroll.visible / 4);
    let left = scroll.left;
    if (centre) left = handleX - scroll.visible / 2;
    else if (handleX < left + margin) left = handleX - margin;
    else if (handleX > left + scroll.visible - margin) left = handleX - scroll.visible + margin;
    if (left !== scroll.left) {
      scroll.left = Math.max(0, Math.min(left, layout.width - scroll.visible));
      scroller.scrollLeft = scroll.left;
    }
  }

  function renderState() {
    const handleX = layout.dayX(state.date);
    handle.style.transform = `translate(${handleX.toFixed(1)}px, ${TRACK.axis}px)`;
    keepInView(handleX);
    cursorLine.setAttribute('x1', handleX.toFixed(1));
    cursorLine.setAttribute('x2', handleX.toFixed(1));
    handle.setAttribute('aria-valuenow', String(daysBetween(start, state.date)));
    handle.setAttribute('aria-valuetext', formatDate(state.date));
    const selected = state.eventId ? layout.markById.get(state.eventId) : undefined;
    selectedRing.style.display = selected ? '' : 'none';
    if (selected) {
      selectedRing.setAttribute('cx', String(selected.x));
      selectedRing.setAttribute('cy', String(selected.y));
    }
    const key = state.highlighted.map((e) => e.id).join();
    if (key !== highlightKey) {
      highlightKey = key;
      const marks = state.highlighted.map((e) => layout.markById.get(e.id)).filter((m): m is Mark => m !== undefined);
      highlightLayer.draw(marks, {width: layout.width, theme, emphasised: true});
    }
  }

  const detachInput = attachSliderInput({
    track,
    handle,
    layout: () => layout,
    date: () => state.date,
    period: {start, end},
    onDate: options.onDate,
    onSelectEvent: options.onSelectEvent,
    onStep: options.onStep,
    onPointAt: pointAt,
  });

  /** Measured on the first drawing and once per resize, so that a step of the timeline never reads layout. */
  const measureScroll = () => {
    scroll = {scrollable: scroller.scrollWidth > scroller.clientWidth, left: scroller.scrollLeft, visible: scroller.clientWidth};
  };
  /** Drawn first in a task of its own once the page is laid out (below), then on every resize. */
  let started = false;
  const resizeObserver = new ResizeObserver(() => {
    if (!started) return;
    measureScroll();
    if (track.clientWidth !== layout.width) draw();
    else {
      highlightKey = '';
      renderState();
    }
    keepInView(layout.dayX(state.date), true);
  });
  resizeObserver.observe(track);
  resizeObserver.observe(scroller);
  hoverRing.style.display = 'none';
  selectedRing.style.display = 'none';
  tooltip.hidden = true;
  // Not in the task that builds the page: a slow phone would wait for both at once.
  void afterNextFrame().then(() => {
    if (started) return;
    started = true;
    measureScroll();
    // Scrolled to the day while the page's layout is fresh (the drawing below changes it).
    layout = timelineLayout(index, track.clientWidth);
    keepInView(layout.dayX(state.date), true);
    draw();
  });

  return {
    handle,
    render(next) {
      state = next;
      renderState();
    },
    setTheme(next) {
      theme = next;
      draw();
    },
    async snapshot(pixelWidth) {
      const {svgImage} = await import('../lib/svg-image.ts');
      const {width} = layout;
      const scale = pixelWidth / width;
      const image = document.createElement('canvas');
      image.width = Math.round(width * scale);
      image.height = Math.round(TRACK.height * scale);
      const context = image.getContext('2d');
      if (!context) throw new Error('The browser could not make the image.');
      context.scale(scale, scale);
      context.fillStyle = getComputedStyle(track).backgroundColor;
      context.fillRect(0, 0, width, TRACK.height);
      context.drawImage(await svgImage(chart, width * scale, TRACK.height * scale), 0, 0, width, TRACK.height);
      for (const layer of [marksLayer, highlightLayer]) await layer.paint(context, scale);
      context.drawImage(await svgImage(overlay, width * scale, TRACK.height * scale), 0, 0, width, TRACK.height);
      // The handle: the day shown.
      context.beginPath();
      context.arc(layout.dayX(state.date), TRACK.axis, 8, 0, Math.PI * 2);
      context.fillStyle = getComputedStyle(handle).backgroundColor;
      context.fill();
      return {image, width, height: TRACK.height};
    },
    setLabelScale(next) {
      if (next === labelScale) return;
      labelScale = next;
      draw();
    },
    destroy() {
      started = true; // a first drawing still to come is not wanted any more
      resizeObserver.disconnect();
      detachInput();
      scroller.removeEventListener('scroll', onScroll);
      heading.remove();
      scroller.remove();
      estimatesNote.remove();
    },
  };
}
