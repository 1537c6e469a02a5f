/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone or daylight
 * saving change can shift a day.
 */
import type {IsoDate} from '../story/types.ts';

/** Milliseconds in a calendar day (in UTC, which has no daylight saving). */
export const MS_PER_DAY = 86_400_000;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so 2022-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function toUtcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDate(new Date(toUtcDate(date).getTime() + days * MS_PER_DAY));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / MS_PER_DAY);
}

export function clampDate(date: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  return date < start ? start : date > end ? end : date;
}
