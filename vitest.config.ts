import { defineConfig } from 'vitest/config';

/**
 * Test kinds show in the file suffix: `.unit.test.ts` (pure functions), `.build.test.ts` (real
 * builds) and `.browser.test.ts` (real builds loaded in Debian's Chromium via playwright-core).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.unit.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.build.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Builds are heavy; run the files one after another on these 2-core machines.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
