import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../src/config/site.ts';

/**
 * No code file outside `src/pages/` and `tests/` is longer than 250 lines unless its header says
 * why (README, "Folder map"): a long file is usually several jobs that want a file each.
 */
const MAX_LINES = 250;
const REASON = 'Longer than 250 lines on purpose';
const CODE = /\.(ts|mts|js|mjs|astro|css)$/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT_DIR,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => CODE.test(f) && !/^(src\/pages|tests|content|public)\//.test(f))
  .filter((f) => existsSync(path.join(ROOT_DIR, f)));

const lineCount = (f: string) => readFileSync(path.join(ROOT_DIR, f), 'utf8').split('\n').length;

describe('file length', () => {
  it('finds the code files', () => {
    expect(files).toContain('src/lib/urls.ts');
    expect(files).toContain('src/styles/global.css');
    expect(files.some((f) => f.startsWith('src/pages/'))).toBe(false);
  });

  it(`keeps code files at ${MAX_LINES} lines or says why in their header`, () => {
    const long = files.filter((f) => lineCount(f) > MAX_LINES);
    expect(long).toContain('src/styles/global.css');
    const unexplained = long.filter(
      (f) => !readFileSync(path.join(ROOT_DIR, f), 'utf8').slice(0, 2000).includes(REASON),
    );
    expect(unexplained).toEqual([]);
  });
});
