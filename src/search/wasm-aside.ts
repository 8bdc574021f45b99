/**
 * Packing Pagefind's Swedish WebAssembly with Zopfli (`recompressFile` in `preload-meta.ts`) on the
 * machine's second core while Astro works, instead of in the index step after the pages: about
 * 1.5 s of one core at the end of every clean build. The file is the same in every build of one
 * Pagefind version, and `recompressFile` keeps its packing in the cache folder under a digest of the
 * file as Pagefind writes it, so the index step finds it there; a packing of other bytes is never
 * used, so this only moves the work. Done once per Pagefind version and cache folder (a marker file
 * notes it), so incremental builds do not start Pagefind an extra time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT_DIR } from '../config/site.ts';

/** What `packWasmAside` did: nothing (done by an earlier build), packed it, or why not. */
export type WasmPacking = 'kept' | 'made' | `failed: ${string}`;

/** The folder of `recompressFile`'s kept packings in a cache folder. */
export const zopfliDir = (cacheDir: string): string => path.join(cacheDir, 'zopfli');

function pagefindVersion(): string {
  const file = path.join(ROOT_DIR, 'node_modules', 'pagefind', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Starts the worker (`wasm-worker.ts`) unless an earlier build with this Pagefind did the packing. */
export function packWasmAside(cacheDir: string): Promise<WasmPacking> {
  const dir = zopfliDir(cacheDir);
  const marker = path.join(dir, `wasm-packed-pagefind-${pagefindVersion()}`);
  if (existsSync(marker)) return Promise.resolve('kept');
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./wasm-worker.ts', import.meta.url), { workerData: { zopfliDir: dir } });
    // A build that fails before the index step does not wait for it.
    worker.unref();
    worker.on('error', (error) => resolve(`failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (code !== 0) return resolve(`failed: exit code ${code}`);
      writeFileSync(marker, '');
      resolve('made');
    });
  });
}
