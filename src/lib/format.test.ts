import {describe, expect, it} from 'vitest';
import {formatDate, formatDayOfMonth, formatMonth, formatNumber, formatShortDate, formatShortMonth} from './format.ts';
import {addDays} from './dates.ts';

/** What `Intl` writes in British English for a day in UTC: the formats these functions stand in for. */
const intl = (options: Intl.DateTimeFormatOptions, date: string) =>
  new Intl.DateTimeFormat('en-GB', {...options, timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));

describe('dates and numbers as the page writes them', () => {
  it('writes every day of three years as Intl does in British English', () => {
    for (let date = '2020-01-01'; date < '2023-01-01'; date = addDays(date, 1)) {
      expect(formatDate(date)).toBe(intl({day: 'numeric', month: 'long', year: 'numeric'}, date));
      expect(formatShortDate(date)).toBe(intl({day: 'numeric', month: 'short'}, date));
      expect(formatShortMonth(date)).toBe(intl({month: 'short'}, date));
      expect(formatShortMonth(date, true)).toBe(intl({month: 'short', year: 'numeric'}, date));
      expect(formatDayOfMonth(date)).toBe(intl({day: 'numeric'}, date));
    }
    expect(formatDate('2022-01-13')).toBe('13 January 2022');
    expect(formatMonth('2022-02')).toBe('February 2022');
  });

  // (Intl writes -0.4 as "-0"; this writes "0", and the data has no negative figures.)
  it('writes whole numbers grouped by thousands, as Intl does', () => {
    const intlNumber = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});
    for (const value of [0, 7, 999, 1000, 12_345, 100_000, 175_000, 1_234_567, 92_000.4, 2.5, -1500])
      expect(formatNumber(value), String(value)).toBe(intlNumber.format(value));
  });
});
