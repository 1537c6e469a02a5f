import {describe, expect, it} from 'vitest';
import {countBefore, countUpTo, firstAtOrAfter, latestAtOrBelow} from './sorted.ts';

describe('sorted searches', () => {
  const sorted = [{date: '2022-01-10'}, {date: '2022-01-10'}, {date: '2022-01-12'}, {date: '2022-01-13'}];
  it('counts the records on or before a date, by binary search', () => {
    expect(countUpTo(sorted, '2022-01-09')).toBe(0);
    expect(countUpTo(sorted, '2022-01-10')).toBe(2);
    expect(countUpTo(sorted, '2022-01-11')).toBe(2);
    expect(countUpTo(sorted, '2022-01-13')).toBe(4);
    expect(countUpTo(sorted, '2099-01-01')).toBe(4);
    expect(countUpTo([], '2022-01-01')).toBe(0);
  });

  it('counts the records strictly before a date', () => {
    expect(countBefore(sorted, '2022-01-10')).toBe(0);
    expect(countBefore(sorted, '2022-01-11')).toBe(2);
    expect(countBefore(sorted, '2099-01-01')).toBe(4);
  });

  it('finds the first item at or after an x', () => {
    const marks = [{x: 1}, {x: 5}, {x: 5}, {x: 9}];
    expect(firstAtOrAfter(marks, 0)).toBe(0);
    expect(firstAtOrAfter(marks, 5)).toBe(1);
    expect(firstAtOrAfter(marks, 6)).toBe(3);
    expect(firstAtOrAfter(marks, 10)).toBe(4);
  });

  it('finds the last value at or below a number (the last day something changed on the map)', () => {
    expect(latestAtOrBelow([0, 10, 20], -1)).toBe(-1);
    expect(latestAtOrBelow([0, 10, 20], 9)).toBe(0);
    expect(latestAtOrBelow([0, 10, 20], 10)).toBe(10);
    expect(latestAtOrBelow([0, 10, 20], 99)).toBe(20);
  });
});
