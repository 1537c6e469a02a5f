/**
 * The timeline's frame: the week of talks as a band, a row per kind of event (labelled where there
 * is room) and the month axis (d3-axis), drawn into the chart's SVG.
 */
import {axisBottom} from 'd3-axis';
import {select} from 'd3-selection';
import {utcMonth} from 'd3-time';
import {svg} from '../lib/dom.ts';
import {EVENT_KINDS, KIND_ORDER} from '../lib/event-kinds.ts';
import {TRACK, type TimelineLayout} from './timeline-layout.ts';

const monthFormat = new Intl.DateTimeFormat('en-GB', {month: 'short', timeZone: 'UTC'});
const monthYearFormat = new Intl.DateTimeFormat('en-GB', {month: 'short', year: 'numeric', timeZone: 'UTC'});

export function drawAxisLayer(chart: SVGSVGElement, layout: TimelineLayout): void {
  const {x, week} = layout;
  if (week) {
    chart.append(svg('rect', {class: 'timeline__week', x: week.x0, y: 4, width: week.x1 - week.x0, height: TRACK.axis - 4}));
    const label = svg('text', {class: 'timeline__week-label', x: (week.x0 + week.x1) / 2, y: TRACK.axis + 28, 'text-anchor': 'middle'});
    label.textContent = 'Week of talks';
    chart.append(label);
  }

  for (const kind of KIND_ORDER) {
    const y = layout.rowY(kind);
    chart.append(svg('line', {class: 'timeline__row', x1: x.range()[0], x2: x.range()[1], y1: y, y2: y}));
    if (layout.narrow) continue;
    const label = svg('text', {class: 'timeline__row-label', x: 8, y: y + 4});
    label.textContent = EVENT_KINDS[kind].plural;
    chart.append(label);
  }

  // Ticks at the start of each month, with the year where it starts and in January.
  const [from, to] = x.domain();
  const months = utcMonth.range(utcMonth.ceil(from), to);
  const axis = axisBottom<Date>(x)
    .tickValues(months)
    .tickFormat((date) => (date.getUTCMonth() === 0 || date === months[0] ? monthYearFormat.format(date) : monthFormat.format(date)))
    .tickSizeOuter(0);
  const group = svg('g', {class: 'timeline__axis', transform: `translate(0,${TRACK.axis})`});
  chart.append(group);
  select(group).call(axis);
}
