/**
 * Readable dates and numbers. Dates in the data are calendar days with no time zone, so they are
 * formatted in UTC: a reader in Washington and one in Vladivostok see the same day.
 */
import type {Estimate, IsoDate, Source} from '../story/types.ts';

/**
 * Month names as British English writes them (the page's `en-GB`; CLDR's, so "Sept" is short for
 * September). Written out rather than asked of `Intl.DateTimeFormat`: building a formatter costs
 * milliseconds the first time, on the start-up of a slow phone, and a calendar day in UTC needs no
 * more than these names.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Year, month (0–11) and day of an ISO date (`2022-01-13`) or month (`2022-02`), read from the text. */
function parts(date: string): {year: number; month: number; day: number} {
  return {year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) - 1, day: Number(date.slice(8, 10))};
}

/** `2022-01-13` → `13 January 2022` */
export function formatDate(date: IsoDate): string {
  const {year, month, day} = parts(date);
  return `${day} ${MONTHS[month]} ${year}`;
}

/** `2022-02` → `February 2022` (a page dated by month only). */
export function formatMonth(month: string): string {
  const {year, month: index} = parts(month);
  return `${MONTHS[index]} ${year}`;
}

/** `2022-01-13` → `13 Jan` */
export function formatShortDate(date: IsoDate): string {
  const {month, day} = parts(date);
  return `${day} ${SHORT_MONTHS[month]}`;
}

/** `2022-01-13` → `Jan`; with `withYear`, `Jan 2022` (the timeline's month labels). */
export function formatShortMonth(date: IsoDate, withYear = false): string {
  const {year, month} = parts(date);
  return withYear ? `${SHORT_MONTHS[month]} ${year}` : SHORT_MONTHS[month]!;
}

/** `2022-01-03` → `3` (the timeline's day labels). */
export function formatDayOfMonth(date: IsoDate): string {
  return String(parts(date).day);
}

/** The record's own readable date when it has one (imprecise dates), else the formatted date. */
export function displayDate(record: {date?: IsoDate; dateText?: string}): string {
  return record.dateText ?? (record.date ? formatDate(record.date) : 'date not reported');
}

/** `175000` → `175,000`: whole numbers, grouped by thousands as British English writes them. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
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

/** The link text of a source: `Publisher: “Title”`, or `Publisher: [description]` (the page's citations, the story in text). */
export function sourceTitle(source: Pick<Source, 'publisher' | 'title' | 'titleIsDescription'>): string {
  return source.titleIsDescription ? `${source.publisher}: [${source.title}]` : `${source.publisher}: “${source.title}”`;
}
