/**
 * A worker thread's entry (`zopfli-aside.ts` starts it) for packing one of Pagefind's files with
 * Zopfli (`recompressFile`) off the build's main thread. Given `file`, packs that file in place
 * and posts the bytes saved. Given `zopfliDir`, has Pagefind write the Swedish WebAssembly of a
 * one-record index into a temporary folder and packs it into that cache folder, where the index
 * step then finds it. Run by Node itself, not bundled: it imports only what Node's type stripping
 * can run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { PAGEFIND_WASM_URL } from './engine-files.ts';
import { recompressFile } from './preload-meta.ts';

/** Pagefind's Swedish WebAssembly, packed into `zopfliDir` (the file is the same in every index). */
async function packWasm(zopfliDir: string): Promise<number> {
  const out = mkdtempSync(path.join(tmpdir(), 'trygg-pagefind-wasm-'));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addCustomRecord({ url: '/', content: 'sök', language: 'sv' });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
    return await recompressFile(path.join(out, path.posix.basename(PAGEFIND_WASM_URL)), zopfliDir);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const task = workerData as { file: string } | { zopfliDir: string };
parentPort?.postMessage('file' in task ? await recompressFile(task.file) : await packWasm(task.zopfliDir));
