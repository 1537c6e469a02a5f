import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'data/scripts/**/*.test.ts'],
    environment: 'node',
    // The data build loads all of Natural Earth and GeoNames; give slow shared machines room.
    testTimeout: 60_000,
  },
});
