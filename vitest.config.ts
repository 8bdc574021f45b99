import { defineConfig } from 'vitest/config';

/**
 * Test kinds show in the file suffix: `.unit.test.ts` (pure functions), `.build.test.ts` (real
 * builds) and `.browser.test.ts` (real builds loaded in Debian's Chromium via playwright-core).
 */
export default defineConfig({
  test: {
    // Each distinct site (content folder × build clock) is built once per run and shared by every
    // project of the run: tests/support/shared-build.ts.
    globalSetup: ['tests/support/shared-builds.setup.ts'],
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
          // Run in one invocation with the browser project (`npm run test:sites`), the build
          // project goes first and the browser project after it, not both at once.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          // A whole-site crawl in Chromium on a 2-core machine shared with other work can take minutes.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
