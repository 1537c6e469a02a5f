import {describe, expect, it} from 'vitest';
import {daySummary} from './day-view.ts';

describe('daySummary', () => {
  it('counts in words a reader would say, none and one included', () => {
    expect(daySummary('1 November 2021', 0, 0, 0)).toBe(
      'By 1 November 2021, no troop concentration had been reported near Ukraine, and no talks had been held yet.',
    );
    expect(daySummary('7 December 2021', 1, 0, 1)).toBe(
      'By 7 December 2021, 1 troop concentration was reported near Ukraine, and talks had been held in 1 place since November.',
    );
    expect(daySummary('13 January 2022', 6, 1, 6)).toBe(
      'By 13 January 2022, 6 troop concentrations were reported near Ukraine (and 1 reported departed), and talks had been held in 6 places since November.',
    );
  });
});
