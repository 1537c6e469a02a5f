import {describe, expect, it} from 'vitest';
import {addDays, clampDate, daysBetween, isIsoDate, toUtcDate} from './dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2022-01-13')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2022-02-30', '2022-13-01', '2022-1-13', '13/01/2022', 'garbage', '', null, 20220113])
      expect(isIsoDate(bad), String(bad)).toBe(false);
  });

  it('adds and counts days across months, years and the end of daylight saving', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays('2021-10-30', 2)).toBe('2021-11-01');
    expect(daysBetween('2021-11-01', '2022-02-24')).toBe(115);
    expect(clampDate('2023-01-01', '2021-11-01', '2022-02-24')).toBe('2022-02-24');
  });

  it('reads a date as the same midnight UTC as the date-string parser, day by day over three years', () => {
    const first = Date.parse('2020-01-01T00:00:00Z');
    for (let day = 0; day < 3 * 366; day++) {
      const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
      expect(toUtcDate(date).getTime(), date).toBe(Date.parse(`${date}T00:00:00Z`));
      expect(daysBetween('2020-01-01', date), date).toBe(day);
    }
  });
});
