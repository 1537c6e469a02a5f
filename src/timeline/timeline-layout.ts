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

/** Vertical layout, px from the top of the track. */
export const TRACK = {chartTop: 22, chartBottom: 62, firstRow: 78, rowGap: 14, axis: 138, height: 166} as const;
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
  /** The week of talks, from its first to its last event, or null in a story without one. */
  week: {x0: number; x1: number} | null;
}

export function timelineLayout(index: StoryIndex, width: number): TimelineLayout {
  const {start, end} = index.story.period;
  const narrow = width < NARROW_WIDTH;
  // Room for the first month's label on narrow screens, and for the row labels on wide ones.
  const x = utcScale([toUtcDate(start), toUtcDate(addDays(end, 1))], [narrow ? 26 : 92, width - 14]);
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
  const week = first && last ? {x0: x(toUtcDate(first.date)), x1: x(toUtcDate(addDays(last.date, 1)))} : null;
  return {width, narrow, x, dayX, dateAt, rowY, marks, markById: new Map(marks.map((m) => [m.event.id, m])), week};
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
