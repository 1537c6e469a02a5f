/**
 * The timeline under the map: a D3 time axis from the first report to 24 February 2022, a mark per
 * event (shaped and coloured by kind, drawn on a canvas so that a hundred thousand events cost no
 * more per step than forty), the week of talks highlighted, the headline troop estimates as a step
 * chart above, and a handle that is the page's `slider` named "Timeline".
 *
 * Keys on the handle: Left/Right (and Down/Up) move a day, PageUp/PageDown jump to the previous or
 * next event, Home/End go to the ends. A pointer drags the handle or clicks anywhere on the track;
 * clicking a mark selects its event. Touch drags scrub horizontally and leave vertical scrolling to
 * the page. On a phone the track is wider than the screen and scrolls to follow the handle.
 */
import {axisBottom} from 'd3-axis';
import {select} from 'd3-selection';
import {utcMonth} from 'd3-time';
import {linearScale, utcScale} from './time-scale.ts';
import type {Estimate, IsoDate, StoryEvent} from '../story/types.ts';
import {addDays, clampDate, fromUtcDate, toUtcDate} from '../lib/dates.ts';
import {adjacentEvent} from '../state/selectors.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {placeLabels, type LabelCandidate} from '../lib/label-placement.ts';
import {h} from '../lib/dom.ts';
import {formatDate, formatNumber} from '../lib/format.ts';
import {EVENT_KINDS, KIND_ORDER, kindColour, traceShape} from '../lib/event-kinds.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface TimelineOptions {
  /** The reader moved to a day: dragging, clicking the track, the arrow keys, Home or End. */
  onDate: (date: IsoDate) => void;
  /** The reader chose an event: a mark, PageUp or PageDown. */
  onSelectEvent: (eventId: string) => void;
  /** The reader points at an event's mark, or at none. */
  onHover: (eventId: string | null) => void;
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
  /** Draws everything again (the colours changed). */
  redraw(): void;
  /** The handle, to give it focus. */
  readonly handle: HTMLElement;
  destroy(): void;
}

/** Vertical layout, px from the top of the track. */
const LAYOUT = {chartTop: 22, chartBottom: 62, firstRow: 78, rowGap: 14, axis: 138, height: 166} as const;
/** Half-size of an event mark, px. */
const MARK_RADIUS = 4.5;
/** A pointer this close to a mark, px, points at it. */
const MARK_HIT = 9;
/** A pointer moving less than this between down and up is a click, not a drag. */
const CLICK_SLOP = 4;
/** The week of talks: Geneva on the 10th to Vienna on the 13th. */
const TALKS_WEEK = {start: '2022-01-10', end: '2022-01-13'} as const;

const monthFormat = new Intl.DateTimeFormat('en-GB', {month: 'short', timeZone: 'UTC'});
const monthYearFormat = new Intl.DateTimeFormat('en-GB', {month: 'short', year: 'numeric', timeZone: 'UTC'});

interface Mark {
  event: StoryEvent;
  x: number;
  y: number;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

function estimateFigure(estimate: Estimate): string {
  const value =
    estimate.qualifier === 'range'
      ? `${formatNumber(estimate.low)}–${formatNumber(estimate.high ?? estimate.low)}`
      : `${estimate.qualifier} ${formatNumber(estimate.low)}`;
  return `${value} (${estimate.who}, ${formatDate(estimate.date)})`;
}

/** First index in `marks` (sorted by x) whose x is at least `x`. */
function lowerBound(marks: readonly Mark[], x: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (marks[middle]!.x < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createTimeline(container: HTMLElement, index: StoryIndex, options: TimelineOptions): Timeline {
  const {start, end} = index.story.period;
  const events = index.story.events;

  const track = h('div', {className: 'timeline__track'});
  const chart = svgElement('svg', {class: 'timeline__chart', 'aria-hidden': 'true', focusable: 'false'});
  const canvas = h('canvas', {className: 'timeline__marks', attrs: {'aria-hidden': 'true'}});
  const highlightCanvas = h('canvas', {className: 'timeline__marks timeline__marks--highlight', attrs: {'aria-hidden': 'true'}});
  const overlay = svgElement('svg', {class: 'timeline__overlay', 'aria-hidden': 'true', focusable: 'false'});
  const cursorLine = svgElement('line', {class: 'timeline__cursor'});
  const selectedRing = svgElement('circle', {class: 'timeline__selected', r: MARK_RADIUS + 4});
  const hoverRing = svgElement('circle', {class: 'timeline__hover', r: MARK_RADIUS + 3});
  overlay.append(cursorLine, selectedRing, hoverRing);
  const handle = h('div', {
    className: 'timeline__handle',
    attrs: {role: 'slider', tabindex: 0, 'aria-label': 'Timeline', 'aria-valuemin': 0, 'aria-orientation': 'horizontal'},
  });
  const tooltip = h('div', {className: 'timeline__tooltip', attrs: {'aria-hidden': 'true'}});
  track.append(chart, canvas, highlightCanvas, overlay, handle, tooltip);
  // On a phone the track keeps a readable width (CSS) and scrolls sideways inside this box,
  // following the handle, rather than squeezing a day into two pixels.
  const scroller = h('div', {className: 'timeline__scroller'}, track);
  container.append(scroller);
  let scroll = {scrollable: false, left: 0, visible: 0};
  const onScroll = () => {
    scroll.left = scroller.scrollLeft;
  };
  scroller.addEventListener('scroll', onScroll, {passive: true});

  const estimatesDescription = `Headline troop estimates, which count different things: ${index.story.estimates.map(estimateFigure).join('; ')}.`;
  const estimatesNote = h('p', {className: 'visually-hidden', id: 'timeline-estimates'}, estimatesDescription);
  container.append(estimatesNote);
  handle.setAttribute('aria-describedby', 'timeline-estimates');

  let x = utcScale([toUtcDate(start), toUtcDate(addDays(end, 1))], [0, 1]);
  let width = 0;
  let marks: Mark[] = [];
  const markById = new Map<string, Mark>();
  let state: TimelineState = {date: start, eventId: null, highlighted: []};
  let highlightKey = '';
  let hovered: Mark | null = null;

  const totalDays = Math.round((toUtcDate(end).getTime() - toUtcDate(start).getTime()) / 86_400_000);
  handle.setAttribute('aria-valuemax', String(totalDays));

  /** The x of the middle of a day: marks and the handle sit there. */
  const dayX = (date: IsoDate) => x(toUtcDate(date)) + (x(toUtcDate(addDays(date, 1))) - x(toUtcDate(date))) / 2;
  const dateAt = (px: number): IsoDate =>
    clampDate(fromUtcDate(new Date(Math.floor(x.invert(px).getTime() / 86_400_000) * 86_400_000)), start, end);
  const narrow = () => width < 520;

  function layout() {
    width = track.clientWidth;
    if (!width) return;
    // Room for the first month's label on narrow screens, and for the row labels on wide ones.
    const left = narrow() ? 26 : 92;
    x = utcScale([toUtcDate(start), toUtcDate(addDays(end, 1))], [left, width - 14]);
    drawChart();
    placeMarks();
    drawMarks(canvas, marks, false);
    highlightKey = '';
    renderState(true);
  }

  function drawChart() {
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(LAYOUT.height));
    overlay.setAttribute('width', String(width));
    overlay.setAttribute('height', String(LAYOUT.height));
    chart.replaceChildren();

    // The week of talks.
    const weekX0 = x(toUtcDate(TALKS_WEEK.start));
    const weekX1 = x(toUtcDate(addDays(TALKS_WEEK.end, 1)));
    chart.append(svgElement('rect', {class: 'timeline__week', x: weekX0, y: 4, width: weekX1 - weekX0, height: LAYOUT.axis - 4}));
    const weekLabel = svgElement('text', {
      class: 'timeline__week-label',
      x: (weekX0 + weekX1) / 2,
      y: LAYOUT.axis + 28,
      'text-anchor': 'middle',
    });
    weekLabel.textContent = 'Week of talks';
    chart.append(weekLabel);

    // Rows of marks, labelled by kind where there is room.
    KIND_ORDER.forEach((kind, row) => {
      const y = LAYOUT.firstRow + row * LAYOUT.rowGap;
      chart.append(svgElement('line', {class: 'timeline__row', x1: x.range()[0]!, x2: x.range()[1]!, y1: y, y2: y}));
      if (!narrow()) {
        const label = svgElement('text', {class: 'timeline__row-label', x: 8, y: y + 4});
        label.textContent = EVENT_KINDS[kind].plural;
        chart.append(label);
      }
    });

    drawEstimates();

    // The axis: months, with the year where it changes.
    const [from, to] = x.domain();
    const months = utcMonth.range(utcMonth.ceil(from), to);
    // Ticks at the start of each month, with the year where it starts and in January.
    const axis = axisBottom<Date>(x)
      .tickValues(months)
      .tickFormat((date) => (date.getUTCMonth() === 0 || date === months[0] ? monthYearFormat.format(date) : monthFormat.format(date)))
      .tickSizeOuter(0);
    const axisGroup = svgElement('g', {class: 'timeline__axis', transform: `translate(0,${LAYOUT.axis})`});
    chart.append(axisGroup);
    select(axisGroup).call(axis);
  }

  function drawEstimates() {
    const estimates = index.story.estimates;
    if (!estimates.length) return;
    // Round the top of the scale up to the next 50,000.
    const max = Math.ceil(Math.max(...estimates.map((e) => e.high ?? e.low)) / 50_000) * 50_000;
    const y = linearScale([0, max], [LAYOUT.chartBottom, LAYOUT.chartTop]);
    const title = svgElement('text', {class: 'timeline__chart-title', x: narrow() ? 14 : 8, y: 12});
    title.textContent = 'Headline troop estimates (not like-for-like)';
    chart.append(title);
    let path = '';
    estimates.forEach((estimate, i) => {
      const ex = dayX(estimate.date);
      const ey = y(estimate.low);
      path += i === 0 ? `M${ex},${ey}` : `H${ex}V${ey}`;
    });
    path += `H${x.range()[1]}`;
    chart.append(svgElement('path', {class: 'timeline__estimate-line', d: path}));
    const candidates: LabelCandidate[] = [];
    estimates.forEach((estimate, i) => {
      const ex = dayX(estimate.date);
      if (estimate.high !== undefined) {
        chart.append(svgElement('line', {class: 'timeline__estimate-range', x1: ex, x2: ex, y1: y(estimate.low), y2: y(estimate.high)}));
      }
      chart.append(svgElement('circle', {class: 'timeline__estimate', cx: ex, cy: y(estimate.high ?? estimate.low), r: 2.5}));
      candidates.push({
        id: String(i),
        x: ex,
        y: y(estimate.high ?? estimate.low),
        lines: [estimate.label],
        size: 10,
        offset: 4,
        priority: estimates.length - i,
      });
    });
    for (const placed of placeLabels(candidates, {width, height: LAYOUT.chartBottom + 4}, [])) {
      const estimate = estimates[Number(placed.id)]!;
      const label = svgElement('text', {
        class: 'timeline__estimate-label',
        x: placed.anchor === 'left' ? placed.box.x1 : placed.anchor === 'right' ? placed.box.x0 : placed.x,
        y: placed.box.y1 - 2,
        'text-anchor': placed.anchor === 'left' ? 'end' : placed.anchor === 'right' ? 'start' : 'middle',
      });
      label.textContent = estimate.label;
      chart.append(label);
    }
  }

  function placeMarks() {
    marks = [];
    markById.clear();
    // Events of the same day and kind sit side by side instead of on top of each other.
    let previous: StoryEvent | undefined;
    let sameDay = 0;
    for (const event of events) {
      sameDay = previous && previous.date === event.date && previous.kind === event.kind ? sameDay + 1 : 0;
      previous = event;
      const row = KIND_ORDER.indexOf(event.kind);
      const mark = {event, x: dayX(event.date) + Math.min(sameDay, 3) * 5, y: LAYOUT.firstRow + row * LAYOUT.rowGap};
      marks.push(mark);
      markById.set(event.id, mark);
    }
    marks.sort((a, b) => a.x - b.x);
  }

  function sizeCanvas(target: HTMLCanvasElement): CanvasRenderingContext2D | null {
    const ratio = window.devicePixelRatio || 1;
    target.width = Math.round(width * ratio);
    target.height = Math.round(LAYOUT.height * ratio);
    target.style.width = `${width}px`;
    target.style.height = `${LAYOUT.height}px`;
    const context = target.getContext('2d');
    context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    return context;
  }

  function drawMarks(target: HTMLCanvasElement, list: readonly Mark[], emphasised: boolean) {
    const context = sizeCanvas(target);
    if (!context) return;
    // One path per kind: a hundred thousand marks draw in a few fills.
    const outline = getComputedStyle(track).getPropertyValue('--timeline-mark-outline').trim() || '#ffffff';
    const emphasis = getComputedStyle(track).getPropertyValue('--focus').trim() || '#111111';
    for (const kind of KIND_ORDER) {
      const {shape} = EVENT_KINDS[kind];
      const colour = kindColour(kind);
      const path = new Path2D();
      for (const mark of list)
        if (mark.event.kind === kind) traceShape(path, shape, mark.x, mark.y, emphasised ? MARK_RADIUS + 1.5 : MARK_RADIUS);
      context.fillStyle = colour;
      context.strokeStyle = emphasised ? emphasis : outline;
      context.lineWidth = emphasised ? 2 : 1;
      context.fill(path);
      context.stroke(path);
    }
  }

  function nearestMark(px: number, py: number): Mark | undefined {
    let best: Mark | undefined;
    let bestDistance = MARK_HIT * MARK_HIT;
    for (let i = lowerBound(marks, px - MARK_HIT); i < marks.length && marks[i]!.x <= px + MARK_HIT; i++) {
      const mark = marks[i]!;
      const distance = (mark.x - px) ** 2 + (mark.y - py) ** 2;
      if (distance <= bestDistance) {
        best = mark;
        bestDistance = distance;
      }
    }
    return best;
  }

  function showHover(mark: Mark | null) {
    if (hovered === mark) return;
    hovered = mark;
    hoverRing.style.display = mark ? '' : 'none';
    tooltip.hidden = !mark;
    if (mark) {
      hoverRing.setAttribute('cx', String(mark.x));
      hoverRing.setAttribute('cy', String(mark.y));
      tooltip.textContent = `${formatDate(mark.event.date)}: ${mark.event.title}`;
      const left = Math.min(Math.max(mark.x, 90), width - 90);
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
      scroll.left = Math.max(0, Math.min(left, width - scroll.visible));
      scroller.scrollLeft = scroll.left;
    }
  }

  function renderState(force = false) {
    const handleX = dayX(state.date);
    handle.style.transform = `translate(${handleX.toFixed(1)}px, ${LAYOUT.axis}px)`;
    keepInView(handleX);
    cursorLine.setAttribute('x1', handleX.toFixed(1));
    cursorLine.setAttribute('x2', handleX.toFixed(1));
    cursorLine.setAttribute('y1', '4');
    cursorLine.setAttribute('y2', String(LAYOUT.axis));
    const day = Math.round((toUtcDate(state.date).getTime() - toUtcDate(start).getTime()) / 86_400_000);
    handle.setAttribute('aria-valuenow', String(day));
    handle.setAttribute('aria-valuetext', formatDate(state.date));
    const selected = state.eventId ? markById.get(state.eventId) : undefined;
    selectedRing.style.display = selected ? '' : 'none';
    if (selected) {
      selectedRing.setAttribute('cx', String(selected.x));
      selectedRing.setAttribute('cy', String(selected.y));
    }
    const key = state.highlighted.map((e) => e.id).join();
    if (force || key !== highlightKey) {
      highlightKey = key;
      drawMarks(
        highlightCanvas,
        state.highlighted.map((e) => markById.get(e.id)).filter((m): m is Mark => m !== undefined),
        true,
      );
    }
  }

  // Pointer: drag the handle, click the track, or click a mark.
  let drag: {id: number; x: number; moved: boolean; mark?: Mark} | null = null;
  const trackX = (event: PointerEvent) => event.clientX - track.getBoundingClientRect().left;
  const trackY = (event: PointerEvent) => event.clientY - track.getBoundingClientRect().top;
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const px = trackX(event);
    const mark = nearestMark(px, trackY(event));
    drag = {id: event.pointerId, x: px, moved: false, ...(mark ? {mark} : {})};
    track.setPointerCapture(event.pointerId);
    handle.focus({preventScroll: true});
    if (!mark) options.onDate(dateAt(px));
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent) => {
    const px = trackX(event);
    if (drag && drag.id === event.pointerId) {
      if (Math.abs(px - drag.x) > CLICK_SLOP) drag.moved = true;
      if (drag.moved) options.onDate(dateAt(px));
      return;
    }
    if (event.pointerType === 'mouse') showHover(nearestMark(px, trackY(event)) ?? null);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag || drag.id !== event.pointerId) return;
    if (!drag.moved && drag.mark) options.onSelectEvent(drag.mark.event.id);
    drag = null;
  };
  const onPointerLeave = () => showHover(null);
  track.addEventListener('pointerdown', onPointerDown);
  track.addEventListener('pointermove', onPointerMove);
  track.addEventListener('pointerup', onPointerUp);
  track.addEventListener('pointercancel', onPointerUp);
  track.addEventListener('pointerleave', onPointerLeave);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => options.onDate(clampDate(addDays(state.date, 1), start, end)),
      ArrowUp: () => options.onDate(clampDate(addDays(state.date, 1), start, end)),
      ArrowLeft: () => options.onDate(clampDate(addDays(state.date, -1), start, end)),
      ArrowDown: () => options.onDate(clampDate(addDays(state.date, -1), start, end)),
      Home: () => options.onDate(start),
      End: () => options.onDate(end),
      PageDown: () => step(1),
      PageUp: () => step(-1),
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move();
  };
  const step = (direction: 1 | -1) => {
    const target = adjacentEvent(index, state, direction);
    if (target) options.onSelectEvent(target.id);
  };
  handle.addEventListener('keydown', onKeyDown);

  const resizeObserver = new ResizeObserver(() => {
    // Measured here, once per resize, so that a step of the timeline never reads layout.
    scroll = {scrollable: scroller.scrollWidth > scroller.clientWidth, left: scroller.scrollLeft, visible: scroller.clientWidth};
    if (track.clientWidth !== width) layout();
    else renderState(true);
    keepInView(dayX(state.date), true);
  });
  resizeObserver.observe(track);
  resizeObserver.observe(scroller);
  hoverRing.style.display = 'none';
  selectedRing.style.display = 'none';
  tooltip.hidden = true;
  layout();

  return {
    handle,
    render(next) {
      state = next;
      renderState();
    },
    redraw: layout,
    destroy() {
      resizeObserver.disconnect();
      handle.removeEventListener('keydown', onKeyDown);
      scroller.removeEventListener('scroll', onScroll);
      track.removeEventListener('pointerdown', onPointerDown);
      track.removeEventListener('pointermove', onPointerMove);
      track.removeEventListener('pointerup', onPointerUp);
      track.removeEventListener('pointercancel', onPointerUp);
      track.removeEventListener('pointerleave', onPointerLeave);
      scroller.remove();
      estimatesNote.remove();
    },
  };
}
