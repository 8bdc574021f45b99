/**
 * The lock that lets build and browser files run two at a time while Astro builds still run one
 * at a time (tests/support/build-lock.ts): a second process waits for the holder, and a dead
 * holder's lock is taken over. On a lock folder of its own, so no real build waits for this test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withBuildLock } from '../support/build-lock.ts';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'trygg-build-lock-'));
  lock = path.join(dir, 'build.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('withBuildLock', () => {
  it('makes a second process wait until the holder is done', async () => {
    const trying = path.join(dir, 'trying');
    // Another process asks for the same lock; it writes when it starts asking and when it has it.
    const script = `
      import { writeFileSync } from 'node:fs';
      import { withBuildLock } from ${JSON.stringify(path.resolve('tests/support/build-lock.ts'))};
      writeFileSync(${JSON.stringify(trying)}, '');
      withBuildLock(() => console.log(Date.now()), ${JSON.stringify(lock)});
    `;
    let released = 0;
    let output = '';
    let child: ReturnType<typeof spawn> | undefined;
    withBuildLock(() => {
      child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout?.on('data', (chunk) => {
        output += chunk;
      });
      for (let waited = 0; !existsSync(trying); waited += 50) {
        if (waited > 30_000) throw new Error('the second process never asked for the lock');
        sleep(50);
      }
      sleep(500); // the other process is asking now; it must not get the lock while this one holds it
      released = Date.now();
    }, lock);
    const code = await new Promise((resolve) => child?.on('close', resolve));
    expect(code).toBe(0);
    expect(Number(output.trim())).toBeGreaterThanOrEqual(released);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over the lock of a builder that died holding it', () => {
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), dead.stdout.trim());
    let holder = '';
    withBuildLock(() => {
      holder = readFileSync(path.join(lock, 'pid'), 'utf8');
    }, lock);
    expect(holder).toBe(String(process.pid));
  });
});
