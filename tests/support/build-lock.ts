/**
 * One Astro build of this project at a time, across every test worker (and every vitest run) in
 * this checkout: two builds at once write into the same `.astro/.prerender/` folder and break each
 * other. The lock is a folder created atomically in the system's temp folder, named after the
 * checkout and holding the builder's pid; a dead builder's lock is taken over. While one worker
 * builds, the other runs its browser or build checks, so the test files can run two at a time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** How often a worker waiting for the lock looks again, in ms. */
const POLL_MS = 200;

/** This checkout's lock. */
export const BUILD_LOCK = path.join(
  tmpdir(),
  `trygg-astro-build-${createHash('sha256').update(path.resolve('.')).digest('hex').slice(0, 12)}.lock`,
);

/** Blocks this worker for `ms` (the build it waits for is synchronous too). */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes `lock` (an atomically created folder holding the taker's pid) if it is free; removes it if
 * its holder is dead, so a later try can take it. True when this process now holds it.
 */
export function tryTakeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
  } catch {
    let holder = 0;
    try {
      holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // Just being made or just released: look again.
    }
    if (holder && !isAlive(holder)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  writeFileSync(path.join(lock, 'pid'), String(process.pid));
  return true;
}

/**
 * Runs `build` (synchronous: a spawned `astro build`) while no other build of this checkout runs.
 * `lock` is for the lock's own test.
 */
export function withBuildLock<T>(build: () => T, lock = BUILD_LOCK): T {
  while (!tryTakeLock(lock)) sleep(POLL_MS);
  try {
    return build();
  } finally {
    releaseLock(lock);
  }
}

export function releaseLock(lock: string): void {
  rmSync(lock, { recursive: true, force: true });
}
