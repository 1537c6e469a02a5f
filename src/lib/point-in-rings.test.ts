import {describe, expect, it} from 'vitest';
import {insideRings} from './point-in-rings.ts';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('insideRings', () => {
  it('finds a point inside a ring, outside it, and in a hole as outside', () => {
    expect(insideRings([square(0, 0, 10)], 5, 5)).toBe(true);
    expect(insideRings([square(0, 0, 10)], 15, 5)).toBe(false);
    expect(insideRings([square(0, 0, 10), square(3, 3, 4)], 5, 5)).toBe(false);
    expect(insideRings([square(0, 0, 10), square(20, 0, 10)], 25, 5)).toBe(true);
  });
});
