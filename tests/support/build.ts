/**
 * Runs the real build (`npm run build`: content validation, then `astro build`) into a folder of
 * the test's choosing, with the content folder and the build clock the test sets.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withBuildLock } from './build-lock.ts';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together. */
  output: string;
  outDir: string;
}

export function buildSite(
  options: {
    contentDir?: string;
    buildTime?: string;
    outDir?: string;
    /** `false` runs `astro build` alone, without the content validator in front (defence-in-depth tests). */
    validate?: boolean;
  } = {},
): BuildResult {
  const outDir = options.outDir ?? mkdtempSync(path.join(tmpdir(), 'trygg-dist-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  else delete env.CONTENT_DIR;
  if (options.buildTime) env.BUILD_TIME = options.buildTime;
  else delete env.BUILD_TIME;
  const command =
    options.validate === false
      ? ['exec', '--', 'astro', 'build', '--outDir', outDir]
      : ['run', '--silent', 'build', '--', '--outDir', outDir];
  const asked = Date.now();
  let started = asked;
  const result = withBuildLock(() => {
    started = Date.now();
    return spawnSync('npm', command, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  });
  // `TEST_BUILD_LOG=<file>` appends one line per build (content, clock, validator, seconds
  // building, exit code, seconds waiting for another worker's build): how the number of builds per
  // run is counted (README, "Quality gates").
  if (process.env.TEST_BUILD_LOG) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const waited = ((started - asked) / 1000).toFixed(1);
    appendFileSync(
      process.env.TEST_BUILD_LOG,
      `${[options.contentDir ?? '(default)', options.buildTime ?? '(now)', options.validate !== false, seconds, result.status, waited].join('\t')}\n`,
    );
  }
  return { code: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
