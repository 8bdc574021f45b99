import { defineConfig } from 'vitest/config';
import HeavyFirstSequencer from './tests/support/sequencer.ts';

/**
 * Test kinds show in the file suffix: `.unit.test.ts` (pure functions), `.build.test.ts` (real
 * builds) and `.browser.test.ts` (real builds loaded in Debian's Chromium via playwright-core).
 */
export default defineConfig({
  test: {
    // Each distinct site (content folder × build clock) is built once per run and shared by every
    // project of the run: tests/support/shared-build.ts.
    globalSetup: ['tests/support/shared-builds.setup.ts'],
    // Two files at a time on these 2-core machines (vitest's default would be one: cores − 1).
    maxWorkers: 2,
    // Longest files first, the shared crawl's readers last (tests/support/sequencer.ts).
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.unit.test.ts'],
          // `npm test` runs the unit project beside `astro check` and lint; a validator run over a
          // whole content copy that takes 1 s alone took 11 s there on a busy shared machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.build.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Run in one invocation with the browser project (`npm run test:sites`), build and
          // browser files share the two workers. Astro builds still run one at a time, whichever
          // worker asks (tests/support/build-lock.ts): two at once break each other.
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
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
