/**
 * The order the build and browser files start in when two run at a time (vitest.config.ts). On a
 * clean clone vitest knows no durations and would start them in name order, so the longest files
 * start first here (longest-first keeps both workers busy to the end), and the files that read the
 * shared crawl of the accessibility gate start last, when it is done, instead of waiting for it
 * with a worker idle. Files not listed keep vitest's order, between the two lists. Order only:
 * every file runs, and each file's result does not depend on it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first (seconds on a 2-core machine, one file at a time, December 2026). */
const FIRST = [
  'tests/browser/accessibility.browser.test.ts', // ~135: both shared sites' crawl
  'tests/browser/cms.browser.test.ts', // ~55
  'tests/browser/untrusted-content.browser.test.ts', // ~54
  'tests/browser/search.browser.test.ts', // ~51
  'tests/build/incremental.build.test.ts', // ~38: three builds
  'tests/browser/keyboard.browser.test.ts', // ~37
  'tests/build/residents-services.build.test.ts', // ~25: two builds
  'tests/build/embargo.build.test.ts', // ~18: two builds
];
/** Readers of the accessibility gate's crawl (shared-crawl.ts). */
const LAST = ['tests/browser/privacy.browser.test.ts', 'tests/browser/security-headers.browser.test.ts'];

function rank(spec: TestSpecification): number {
  const file = spec.moduleId.replaceAll('\\', '/');
  const first = FIRST.findIndex((name) => file.endsWith(name));
  if (first >= 0) return first - FIRST.length;
  const last = LAST.findIndex((name) => file.endsWith(name));
  return last >= 0 ? last + 1 : 0;
}

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Stable: files of equal rank keep vitest's order; groups (sequence.groupOrder) stay apart.
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort(
        (a, b) =>
          a.spec.project.config.sequence.groupOrder - b.spec.project.config.sequence.groupOrder ||
          rank(a.spec) - rank(b.spec) ||
          a.index - b.index,
      )
      .map(({ spec }) => spec);
  }
}
