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

/** Midnight UTC of `date`, in milliseconds: read from its digits, not parsed as a date string, as
 * this runs for every report and event when the page starts (string parsing made it 2 ms here). */
function utcMilliseconds(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function toUtcDate(date: IsoDate): Date {
  return new Date(utcMilliseconds(date));
}

export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDate(new Date(toUtcDate(date).getTime() + days * MS_PER_DAY));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMilliseconds(to) - utcMilliseconds(from)) / MS_PER_DAY);
}

export function clampDate(date: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  return date < start ? start : date > end ? end : date;
}
