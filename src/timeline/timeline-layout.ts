/**
 * Where everything on the timeline goes, as pure functions of the story and the track's width:
 * days to pixels and back, a place for each event's mark (rows by kind, events of the same day
 * side by side), the week of talks. The layers draw from it; tested without a browser.
 */
import type {EventKind, IsoDate, StoryEvent} from '../story/types.ts';
import {addDays, clampDate, fromUtcDate, MS_PER_DAY, toUtcDate} from '../lib/dates.ts';
import {KIND_ORDER} from '../lib/event-kinds.ts';
import {firstAtOrAfter} from '../lib/sorted.ts';
import type {StoryIndex} from '../state/story-index.ts';
import {utcScale, type UtcScale} from './time-scale.ts';

/**
 * Vertical layout, px from the top of the track: the estimates' chart (its title is above the
 * track, in the page, so that it stays in view when the track scrolls), the rows of events, the
 * month axis, and under it the names of the week of talks and of the turning points.
 */
export const TRACK = {chartTop: 24, chartBottom: 68, firstRow: 84, rowGap: 14, axis: 142, below: 170, height: 178} as const;
/** Half-size of an event mark, px. */
export const MARK_RADIUS = 4.5;
/** A pointer this close to a mark, px, points at it. */
const MARK_HIT = 9;
/** Below this width the row labels give way to the marks. */
const NARROW_WIDTH = 520;
/** Same-day events of one kind sit this far apart, px; at most this many steps. */
const SAME_DAY_STEP = 5;
const SAME_DAY_MAX = 3;

export interface Mark {
  event: StoryEvent;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  /** A narrow track has no row labels. */
  narrow: boolean;
  x: UtcScale;
  /** The x of the middle of a day: marks and the handle sit there. */
  dayX(date: IsoDate): number;
  /** The day under pixel `px`, inside the story. */
  dateAt(px: number): IsoDate;
  rowY(kind: EventKind): number;
  /** Sorted by x. */
  marks: readonly Mark[];
  markById: ReadonlyMap<string, Mark>;
  /** The week of talks, from its first to its last event, with the x of each day it had talks. */
  week: {x0: number; x1: number; days: {date: IsoDate; x: number}[]} | null;
  /** The turning points (21 and 24 February): their day's x and their name. */
  turningPoints: {id: string; x: number; name: string}[];
}

export function timelineLayout(index: StoryIndex, width: number): TimelineLayout {
  const {start, end} = index.story.period;
  const narrow = width < NARROW_WIDTH;
  // Room for the estimates' axis on narrow screens, and for the row labels on wide ones.
  const x = utcScale([toUtcDate(start), toUtcDate(addDays(end, 1))], [narrow ? 40 : 96, width - 16]);
  const dayWidth = x(toUtcDate(addDays(start, 1))) - x(toUtcDate(start));
  const dayX = (date: IsoDate) => x(toUtcDate(date)) + dayWidth / 2;
  const dateAt = (px: number) => clampDate(fromUtcDate(new Date(Math.floor(x.invert(px).getTime() / MS_PER_DAY) * MS_PER_DAY)), start, end);
  const rowY = (kind: EventKind) => TRACK.firstRow + KIND_ORDER.indexOf(kind) * TRACK.rowGap;

  const marks: Mark[] = [];
  let previous: StoryEvent | undefined;
  let sameDay = 0;
  for (const event of index.story.events) {
    sameDay = previous && previous.date === event.date && previous.kind === event.kind ? sameDay + 1 : 0;
    previous = event;
    marks.push({event, x: dayX(event.date) + Math.min(sameDay, SAME_DAY_MAX) * SAME_DAY_STEP, y: rowY(event.kind)});
  }
  marks.sort((a, b) => a.x - b.x);

  const first = index.talksWeek[0];
  const last = index.talksWeek.at(-1);
  const weekDays = [...new Set(index.talksWeek.map((e) => e.date))].map((date) => ({date, x: dayX(date)}));
  const week = first && last ? {x0: x(toUtcDate(first.date)), x1: x(toUtcDate(addDays(last.date, 1))), days: weekDays} : null;
  const turningPoints = index.story.events.flatMap((e) => (e.turningPoint ? [{id: e.id, x: dayX(e.date), name: e.turningPoint.name}] : []));
  return {width, narrow, x, dayX, dateAt, rowY, marks, markById: new Map(marks.map((m) => [m.event.id, m])), week, turningPoints};
}

/** The mark nearest to (px, py) within reach of a pointer, if any. */
export function nearestMark(layout: TimelineLayout, px: number, py: number): Mark | undefined {
  const {marks} = layout;
  let best: Mark | undefined;
  let bestDistance = MARK_HIT * MARK_HIT;
  for (let i = firstAtOrAfter(marks, px - MARK_HIT); i < marks.length && marks[i]!.x <= px + MARK_HIT; i++) {
    const mark = marks[i]!;
    const distance = (mark.x - px) ** 2 + (mark.y - py) ** 2;
    if (distance <= bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}
