/**
 * Shared site builds: each distinct site (a content folder under `content/` × a build clock) is
 * built once per `vitest` run and handed to every test file that asks for it, in any project of
 * that run (`npm test` runs the build and browser projects in one invocation for this).
 *
 * How to use it (instead of `buildSite` when the content is the repository's own, unmodified):
 *
 *     const build = sharedBuild({ contentDir: 'content/nykoping' }); // default folder if omitted
 *     // … read build.outDir; never write into it, never remove it (the run removes it)
 *
 * A test that builds a modified copy of the content (fixtures, malformed entries) still calls
 * `buildSite` and removes its own output. `sharedBuild` refuses folders outside `content/`, so a
 * copy that a test edits can never be shared. The run's folder comes from the root `globalSetup`
 * (shared-builds.setup.ts); inside it, one folder per site holds `dist/` and `result.json` (exit
 * code and output; a failed build is shared as failed, not retried). A lock (an atomically
 * created folder holding the builder's pid) makes a second worker wait for the first one's build.
 * Each hand-out checks that the files are the ones the build wrote, so a test that wrote into a
 * shared site fails the next user loudly instead of passing on a changed site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { contentDir as resolveContentDir } from '../../src/config/site.ts';
import { type BuildResult, buildSite } from './build.ts';
import { releaseLock, sleep, tryTakeLock } from './build-lock.ts';
import { listFiles } from './dist.ts';

/** The build clock the shared sites use unless a test needs another. */
export const SHARED_BUILD_TIME = '2026-11-22T12:00:00Z';

const CONTENT_ROOT = path.resolve('content');

/** How often a worker waiting for another worker's build looks again, in ms. */
const POLL_MS = 500;

interface Stored {
  code: number | null;
  output: string;
  fingerprint: string;
}

/** Names, sizes and modification times of every file: changes when anything is written or removed. */
function fingerprint(dist: string): string {
  const hash = createHash('sha256');
  for (const file of existsSync(dist) ? listFiles(dist) : []) {
    const stat = statSync(path.join(dist, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * One step of producing `target` once across the run's workers, under `lock` (an atomically
 * created folder holding the producer's pid): `ready` when the target exists, `mine` when this
 * worker now holds the lock and must produce it (then `releaseLock`), `busy` while another worker
 * does (a dead worker's lock is removed, so the next step can take it over).
 */
function claim(target: string, lock: string): 'ready' | 'mine' | 'busy' {
  if (existsSync(target)) return 'ready';
  if (!tryTakeLock(lock)) return 'busy';
  if (!existsSync(target)) return 'mine';
  releaseLock(lock);
  return 'ready';
}

/** Writes JSON so that no reader ever sees half of it. */
function writeAtomically(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

/** This run's folder of shared builds. */
function runDir(): string {
  const dir = inject('sharedBuildDir');
  if (!dir) {
    throw new Error(
      'sharedBuild needs the globalSetup tests/support/shared-builds.setup.ts (run the tests through vitest.config.ts)',
    );
  }
  return dir;
}

/**
 * The site built from `contentDir` (a folder under `content/`; the default folder when omitted)
 * on the clock `buildTime` (SHARED_BUILD_TIME when omitted), with the content validator in front,
 * built at most once per run. Like `buildSite`, a failed build is returned (check `code`), not thrown.
 */
export function sharedBuild(
  options: { contentDir?: string | undefined; buildTime?: string | undefined } = {},
): BuildResult {
  const buildTime = options.buildTime ?? SHARED_BUILD_TIME;
  const contentDir = path.resolve(
    options.contentDir ?? resolveContentDir({ SITE_CONTENT: process.env.SITE_CONTENT, CONTENT_DIR: undefined }),
  );
  if (path.dirname(contentDir) !== CONTENT_ROOT) {
    throw new Error(`sharedBuild shares only the folders under content/, not ${contentDir}: use buildSite for copies`);
  }
  const key = createHash('sha256').update(JSON.stringify({ contentDir, buildTime })).digest('hex').slice(0, 12);
  const siteDir = path.join(runDir(), `${path.basename(contentDir)}-${buildTime.replace(/\W/g, '')}-${key}`);
  const outDir = path.join(siteDir, 'dist');
  const resultFile = path.join(siteDir, 'result.json');
  const lock = `${siteDir}.lock`;

  for (let step = claim(resultFile, lock); step !== 'ready'; step = claim(resultFile, lock)) {
    if (step === 'busy') {
      sleep(POLL_MS);
      continue;
    }
    try {
      rmSync(siteDir, { recursive: true, force: true });
      mkdirSync(siteDir, { recursive: true });
      const built = buildSite({ contentDir, buildTime, outDir });
      writeAtomically(resultFile, { code: built.code, output: built.output, fingerprint: fingerprint(outDir) });
    } finally {
      releaseLock(lock);
    }
  }

  const stored = JSON.parse(readFileSync(resultFile, 'utf8')) as Stored;
  const label = `${path.relative(process.cwd(), contentDir)} at ${buildTime}`;
  if (fingerprint(outDir) !== stored.fingerprint) {
    throw new Error(`the shared build of ${label} (${outDir}) was changed after it was built: a test wrote into it`);
  }
  return { code: stored.code, output: stored.output, outDir };
}

/**
 * `compute()`'s result (JSON), computed at most once per run under `name` and read back by every
 * later caller in any worker of the run: for work several test files share, such as one crawl of
 * a shared site that more than one gate reads (shared-crawl.ts). `name` must say everything the
 * result depends on (e.g. the shared build's folder).
 */
export async function sharedResult<T>(name: string, compute: () => Promise<T>): Promise<T> {
  const file = path.join(runDir(), `${name.replace(/[^\w.-]/g, '_')}.json`);
  const lock = `${file}.lock`;
  for (let step = claim(file, lock); step !== 'ready'; step = claim(file, lock)) {
    if (step === 'busy') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    try {
      writeAtomically(file, await compute());
    } finally {
      releaseLock(lock);
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
