/**
 * The headline troop estimates above the event rows: a step line through each estimate's low
 * figure, a bar for ranges, and a label per estimate saying who gave it, placed where labels do
 * not collide. The figures count different things; the chart's title says so.
 */
import type {Estimate} from '../story/types.ts';
import {svg} from '../lib/dom.ts';
import {placeLabels, type LabelCandidate} from '../lib/label-placement.ts';
import {linearScale} from './time-scale.ts';
import {TRACK, type TimelineLayout} from './timeline-layout.ts';

/** The top of the scale is rounded up to a multiple of this. */
const SCALE_STEP = 50_000;

export function drawEstimatesLayer(chart: SVGSVGElement, layout: TimelineLayout, estimates: readonly Estimate[]): void {
  if (!estimates.length) return;
  const {width, dayX, x} = layout;
  const max = Math.ceil(Math.max(...estimates.map((e) => e.high ?? e.low)) / SCALE_STEP) * SCALE_STEP;
  const y = linearScale([0, max], [TRACK.chartBottom, TRACK.chartTop]);
  const title = svg('text', {class: 'timeline__chart-title', x: layout.narrow ? 14 : 8, y: 12});
  title.textContent = 'Headline troop estimates (not like-for-like)';
  chart.append(title);

  let path = '';
  estimates.forEach((estimate, i) => {
    const ex = dayX(estimate.date);
    const ey = y(estimate.low);
    path += i === 0 ? `M${ex},${ey}` : `H${ex}V${ey}`;
  });
  path += `H${x.range()[1]}`;
  chart.append(svg('path', {class: 'timeline__estimate-line', d: path}));

  const candidates: LabelCandidate[] = [];
  estimates.forEach((estimate, i) => {
    const ex = dayX(estimate.date);
    if (estimate.high !== undefined)
      chart.append(svg('line', {class: 'timeline__estimate-range', x1: ex, x2: ex, y1: y(estimate.low), y2: y(estimate.high)}));
    const top = y(estimate.high ?? estimate.low);
    chart.append(svg('circle', {class: 'timeline__estimate', cx: ex, cy: top, r: 2.5}));
    candidates.push({id: String(i), x: ex, y: top, lines: [estimate.label], size: 10, offset: 4, priority: estimates.length - i});
  });
  for (const placed of placeLabels(candidates, {width, height: TRACK.chartBottom + 4})) {
    const estimate = estimates[Number(placed.id)]!;
    const label = svg('text', {
      class: 'timeline__estimate-label',
      x: placed.anchor === 'left' ? placed.box.x1 : placed.anchor === 'right' ? placed.box.x0 : placed.x,
      y: placed.box.y1 - 2,
      'text-anchor': placed.anchor === 'left' ? 'end' : placed.anchor === 'right' ? 'start' : 'middle',
    });
    label.textContent = estimate.label;
    chart.append(label);
  }
}
