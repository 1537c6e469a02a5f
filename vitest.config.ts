import {defineConfig} from 'vitest/config';

// Dates are formatted in UTC on purpose; a fixed zone proves it does not depend on the machine's.
// (A zone set in the environment wins, to check another one: TZ=Asia/Tokyo npm run test:unit.)
if (!process.env.TZ) process.env.TZ = 'UTC';

/**
 * Two groups, run one after the other by `npm test`:
 *   - unit: the page's code (src/) and the project's scripts (scripts/), in seconds;
 *   - data: the data build (data/scripts/), which loads all of Natural Earth and GeoNames.
 * `npm run test:unit` and `npm run test:data` run one group; `npx vitest run` runs both.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts']},
      },
      {
        extends: true,
        test: {
          name: 'data',
          include: ['data/scripts/**/*.test.ts'],
          // Building the geography in a beforeAll takes tens of seconds on a slow shared machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
