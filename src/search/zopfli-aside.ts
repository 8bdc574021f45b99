/**
 * Packing Pagefind's files with Zopfli (`recompressFile` in `preload-meta.ts`) in a worker thread
 * (`zopfli-worker.ts`), on the machine's second core, instead of on the build's main thread: about
 * 1.5 s for the WebAssembly and 1.2 s for the metadata of a 1,000-entry site, once per clean build.
 *
 * - The WebAssembly is the same in every build of one Pagefind version, and `recompressFile` keeps
 *   its packing in the cache folder under a digest of the file as Pagefind writes it: the
 *   search-index integration has it packed while Astro works (`packWasmAside`), and the index step
 *   finds it there. A packing of other bytes is never used, so this only moves the work. Done once
 *   per Pagefind version in the cache folder all content folders share (`CACHE_ROOT`; a marker
 *   file notes it), so later builds, clean or not, of any content folder neither start Pagefind an
 *   extra time nor pack it again (2–3 s of a 1,000-entry clean build's wall time, measured).
 * - The metadata is known only once the index is written: packed while the build stamps the pages
 *   (`recompressFileAside`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT_DIR } from '../config/site.ts';
import { recompressFile } from './preload-meta.ts';

/** What `packWasmAside` did: nothing (done by an earlier build), packed it, or why not. */
export type WasmPacking = 'kept' | 'made' | `failed: ${string}`;

/** The folder of `recompressFile`'s kept packings in a cache folder. */
export const zopfliDir = (cacheDir: string): string => path.join(cacheDir, 'zopfli');

function pagefindVersion(): string {
  const file = path.join(ROOT_DIR, 'node_modules', 'pagefind', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Runs the worker on `task`; settles with what it posted, or fails with why it did not. */
function inWorker(task: { file: string } | { zopfliDir: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./zopfli-worker.ts', import.meta.url), { workerData: task });
    let saved: number | undefined;
    worker.on('message', (n: number) => {
      saved = n;
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      saved === undefined ? reject(new Error(`the worker posted nothing (exit code ${code})`)) : resolve(saved),
    );
  });
}

/** Packs the WebAssembly into the cache folder aside, unless an earlier build with this Pagefind did. */
export async function packWasmAside(cacheDir: string): Promise<WasmPacking> {
  const dir = zopfliDir(cacheDir);
  const marker = path.join(dir, `wasm-packed-pagefind-${pagefindVersion()}`);
  if (existsSync(marker)) return 'kept';
  try {
    await inWorker({ zopfliDir: dir });
    writeFileSync(marker, '');
    return 'made';
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * `recompressFile(file)` in a worker; if the worker fails, on this thread after all (so the file
 * is packed the same either way). Nothing else may write the file meanwhile.
 */
export async function recompressFileAside(file: string): Promise<number> {
  try {
    return await inWorker({ file });
  } catch {
    return recompressFile(file);
  }
}
