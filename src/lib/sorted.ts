/**
 * Binary searches over sorted arrays (d3-array's `bisector`): what changes with the date costs a
 * search, not a pass over every event, so the page stays fast with a hundred thousand of them.
 */
import {bisector} from 'd3-array';
import type {IsoDate} from '../story/types.ts';

const byDate = bisector((record: {date: IsoDate}) => record.date);

/** How many of `sorted` (ordered by date) fall on or before `date`. */
export function countUpTo(sorted: readonly {date: IsoDate}[], date: IsoDate): number {
  return byDate.right(sorted, date);
}

/** How many of `sorted` fall strictly before `date`. */
export function countBefore(sorted: readonly {date: IsoDate}[], date: IsoDate): number {
  return byDate.left(sorted, date);
}

const byX = bisector((item: {x: number}) => item.x);

/** The first index of `sorted` (ordered by x) whose x is at least `x`. */
export function firstAtOrAfter(sorted: readonly {x: number}[], x: number): number {
  return byX.left(sorted, x);
}

/** The last value of `sorted` (ascending numbers) at or below `value`, or -1. */
export function latestAtOrBelow(sorted: readonly number[], value: number): number {
  return sorted[bisector((n: number) => n).right(sorted, value) - 1] ?? -1;
}
