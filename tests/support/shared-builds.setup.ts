/**
 * vitest `globalSetup` (in the root config, so every project of one `vitest` invocation sees the
 * same folder): a fresh folder for this run's shared site builds (`sharedBuild` in
 * shared-build.ts), handed to the test workers with `provide`, removed when the run ends. A rerun
 * in watch mode empties it first, so a build made before an edit is never handed out after it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** This run's folder of shared site builds. */
    sharedBuildDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'trygg-shared-builds-'));
  project.provide('sharedBuildDir', dir);
  project.onTestsRerun(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
