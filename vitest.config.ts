import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests scale with PROPERTY_RUNS; give the large runs room without a timed assertion.
    testTimeout: process.env['PROPERTY_RUNS'] ? 0 : 60_000,
  },
});
