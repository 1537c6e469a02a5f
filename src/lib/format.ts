/**
 * Readable dates and numbers. Dates in the data are calendar days with no time zone, so they are
 * formatted in UTC: a reader in Washington and one in Vladivostok see the same day.
 */
import type {Estimate, IsoDate} from '../story/types.ts';

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
const dayMonth = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', timeZone: 'UTC'});
const integer = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});

/**
 * Formatting a date with Intl costs microseconds, and the page formats the same few hundred days
 * on every step of the timeline: each is formatted once.
 */
function memoised(format: (date: IsoDate) => string): (date: IsoDate) => string {
  const cache = new Map<IsoDate, string>();
  return (date) => {
    let text = cache.get(date);
    if (text === undefined) cache.set(date, (text = format(date)));
    return text;
  };
}

/** `2022-01-13` → `13 January 2022` */
export const formatDate = memoised((date) => dayMonthYear.format(new Date(`${date}T00:00:00Z`)));

const monthYear = new Intl.DateTimeFormat('en-GB', {month: 'long', year: 'numeric', timeZone: 'UTC'});

/** `2022-02` → `February 2022` (a page dated by month only). */
export const formatMonth = memoised((month) => monthYear.format(new Date(`${month}-01T00:00:00Z`)));

/** `2022-01-13` → `13 Jan` */
export const formatShortDate = memoised((date) => dayMonth.format(new Date(`${date}T00:00:00Z`)));

/** The record's own readable date when it has one (imprecise dates), else the formatted date. */
export function displayDate(record: {date?: IsoDate; dateText?: string}): string {
  return record.dateText ?? (record.date ? formatDate(record.date) : 'date not reported');
}

export function formatNumber(value: number): string {
  return integer.format(value);
}

export function formatKm(km: number): string {
  return `${formatNumber(km)} km`;
}

/** A headline estimate's figure: "about 100,000", "more than 92,000", "169,000–190,000". */
export function estimateFigure(estimate: Estimate): string {
  return estimate.qualifier === 'range'
    ? `${formatNumber(estimate.low)}–${formatNumber(estimate.high ?? estimate.low)}`
    : `${estimate.qualifier} ${formatNumber(estimate.low)}`;
}

/**
 * The key's line for the areas held since 2014, with how far the drawn edge may be from the real
 * line: written into the page at build time (data/scripts/page-html.ts) and by the key at run time.
 */
export function heldAreaKeyLine(area: {name: string; precisionKm: number}): string {
  return `${area.name} (edge within about ${area.precisionKm} km)`;
}
