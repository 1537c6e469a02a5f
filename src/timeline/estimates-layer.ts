/**
 * The headline troop estimates above the event rows, as a small chart with its own axis: a step
 * line through each estimate's low figure, a bar for ranges, and a label per estimate saying who
 * gave it, placed where nothing crosses it (the line, the bars, the dots, other labels). The
 * figures count different things; the chart's title (timeline.ts) says so.
 */
import type {Estimate} from '../story/types.ts';
import {svg} from '../lib/dom.ts';
import {placeLabels, type Box, type LabelCandidate} from '../lib/label-placement.ts';
import {linearScale} from './time-scale.ts';
import {TRACK, type TimelineLayout} from './timeline-layout.ts';

/** The axis's ticks are multiples of this; its top is the next one above the largest figure. */
const TICK_STEP = 100_000;
/** Text sizes, px (the presentation layout enlarges them through CSS and `scale`). */
const LABEL_SIZE = 12;

const tickLabel = (value: number) => (value === 0 ? '0' : `${value / 1000}k`);

export function drawEstimatesLayer(chart: SVGSVGElement, layout: TimelineLayout, estimates: readonly Estimate[], scale = 1): void {
  if (!estimates.length) return;
  const {width, dayX, x} = layout;
  const size = LABEL_SIZE * scale;
  const max = Math.ceil(Math.max(...estimates.map((e) => e.high ?? e.low)) / TICK_STEP) * TICK_STEP;
  const y = linearScale([0, max], [TRACK.chartBottom, TRACK.chartTop]);
  const [left, right] = x.range();
  const obstacles: Box[] = [];

  // The axis: a tick and a figure at each step, on the left of the chart.
  for (let value = 0; value <= max; value += TICK_STEP) {
    chart.append(svg('line', {class: 'timeline__chart-grid', x1: left, x2: right, y1: y(value), y2: y(value)}));
    const tick = svg('text', {class: 'timeline__chart-tick', x: left - 4, y: y(value) + size * 0.35, 'text-anchor': 'end'});
    tick.textContent = tickLabel(value);
    chart.append(tick);
  }

  let path = '';
  let previous: {x: number; y: number} | null = null;
  for (const estimate of estimates) {
    const ex = dayX(estimate.date);
    const ey = y(estimate.low);
    path += previous ? `H${ex}V${ey}` : `M${ex},${ey}`;
    // The line is something labels must not cross: its horizontal and vertical runs, as thin boxes.
    if (previous) {
      obstacles.push({x0: previous.x, y0: previous.y - 1, x1: ex, y1: previous.y + 1});
      obstacles.push({x0: ex - 1, y0: Math.min(previous.y, ey), x1: ex + 1, y1: Math.max(previous.y, ey)});
    }
    previous = {x: ex, y: ey};
  }
  if (previous) obstacles.push({x0: previous.x, y0: previous.y - 1, x1: right, y1: previous.y + 1});
  path += `H${right}`;
  chart.append(svg('path', {class: 'timeline__estimate-line', d: path}));

  const candidates: LabelCandidate[] = [];
  estimates.forEach((estimate, i) => {
    const ex = dayX(estimate.date);
    const top = y(estimate.high ?? estimate.low);
    if (estimate.high !== undefined) {
      chart.append(svg('line', {class: 'timeline__estimate-range', x1: ex, x2: ex, y1: y(estimate.low), y2: top}));
      obstacles.push({x0: ex - 2, y0: top, x1: ex + 2, y1: y(estimate.low)});
    }
    chart.append(svg('circle', {class: 'timeline__estimate', cx: ex, cy: top, r: 3}));
    obstacles.push({x0: ex - 3, y0: top - 3, x1: ex + 3, y1: top + 3});
    // The latest estimates matter most: they are placed first.
    candidates.push({id: String(i), x: ex, y: top, lines: [estimate.label], size, offset: 5, priority: estimates.length - i});
  });
  for (const placed of placeLabels(candidates, {width, height: TRACK.firstRow - 8}, obstacles)) {
    const estimate = estimates[Number(placed.id)]!;
    const anchor = placed.anchor.includes('left') ? 'end' : placed.anchor.includes('right') ? 'start' : 'middle';
    const label = svg('text', {
      class: 'timeline__estimate-label',
      x: anchor === 'start' ? placed.box.x0 : anchor === 'end' ? placed.box.x1 : (placed.box.x0 + placed.box.x1) / 2,
      y: placed.box.y1 - size * 0.3,
      'text-anchor': anchor,
      'data-estimate': estimate.id,
    });
    label.textContent = estimate.label;
    chart.append(label);
  }
}
