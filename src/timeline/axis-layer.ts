/**
 * The timeline's frame: the week of talks as a band with a tick on each day it had talks, the
 * turning points as lines, a row per kind of event (labelled where there is room) and the month
 * axis, with the week's and the turning points' names under it. The axis is drawn here rather than
 * with d3-axis: a line and a tick per month is all it needs, and d3-axis brings d3-selection, bytes
 * every reader would download before the first paint.
 */
import {utcMonth} from 'd3-time';
import {svg} from '../lib/dom.ts';
import {EVENT_KINDS, KIND_ORDER} from '../lib/event-kinds.ts';
import {TRACK, type TimelineLayout} from './timeline-layout.ts';
import {formatDayOfMonth, formatShortMonth} from '../lib/format.ts';
import {fromUtcDate} from '../lib/dates.ts';

function text(attrs: Record<string, string | number>, content: string): SVGTextElement {
  const element = svg('text', attrs);
  element.textContent = content;
  return element;
}

export function drawAxisLayer(chart: SVGSVGElement, layout: TimelineLayout): void {
  const {x, week} = layout;
  if (week) {
    chart.append(
      svg('rect', {
        class: 'timeline__week',
        x: week.x0,
        y: TRACK.chartTop - 6,
        width: week.x1 - week.x0,
        height: TRACK.axis - TRACK.chartTop + 6,
      }),
    );
    for (const day of week.days)
      chart.append(svg('line', {class: 'timeline__week-tick', x1: day.x, x2: day.x, y1: TRACK.axis - 6, y2: TRACK.axis + 6}));
    const days = week.days.map((d) => formatDayOfMonth(d.date));
    const month = week.days[0] ? formatShortMonth(week.days[0].date) : '';
    chart.append(
      text(
        {class: 'timeline__week-label', x: (week.x0 + week.x1) / 2, y: TRACK.below, 'text-anchor': 'middle'},
        `Week of talks: ${days.join(', ')} ${month}`,
      ),
    );
  }

  for (const kind of KIND_ORDER) {
    const y = layout.rowY(kind);
    chart.append(svg('line', {class: 'timeline__row', x1: x.range()[0], x2: x.range()[1], y1: y, y2: y}));
    if (!layout.narrow) chart.append(text({class: 'timeline__row-label', x: 8, y: y + 4}, EVENT_KINDS[kind].plural));
  }

  // The turning points: a line through the rows, and their names under the axis, ending at the last.
  const points = layout.turningPoints;
  for (const point of points)
    chart.append(svg('line', {class: 'timeline__turning', x1: point.x, x2: point.x, y1: TRACK.firstRow - 10, y2: TRACK.axis}));
  const last = points.at(-1);
  if (last) {
    const names = points.map((p) => p.name).join(' · ');
    chart.append(text({class: 'timeline__turning-label', x: last.x + 4, y: TRACK.below, 'text-anchor': 'end'}, names));
  }

  // Ticks at the start of each month, named with the year where the axis starts and in January.
  const [from, to] = x.domain();
  const months = utcMonth.range(utcMonth.ceil(from), to);
  const axis = svg('g', {class: 'timeline__axis', transform: `translate(0,${TRACK.axis})`});
  axis.append(svg('path', {class: 'domain', d: `M${x.range()[0]},0.5H${x.range()[1]}`}));
  months.forEach((month, i) => {
    const tick = svg('g', {class: 'tick', transform: `translate(${x(month)},0)`});
    tick.append(
      svg('line', {y2: 6}),
      text({y: 9, dy: '0.71em', 'text-anchor': 'middle'}, formatShortMonth(fromUtcDate(month), i === 0 || month.getUTCMonth() === 0)),
    );
    axis.append(tick);
  });
  chart.append(axis);
}
