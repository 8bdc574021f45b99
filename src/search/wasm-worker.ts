/**
 * A worker thread's entry (`packWasmAside` in `wasm-aside.ts` starts it): has Pagefind write the
 * Swedish WebAssembly of a one-record index into a temporary folder and packs it with Zopfli into
 * the cache folder it is given (`recompressFile`), where the index step then finds it. Run by Node
 * itself, not bundled: it imports only what Node's type stripping can run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { PAGEFIND_WASM_URL } from './engine-files.ts';
import { recompressFile } from './preload-meta.ts';

const { zopfliDir } = workerData as { zopfliDir: string };
const out = mkdtempSync(path.join(tmpdir(), 'trygg-pagefind-wasm-'));
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addCustomRecord({ url: '/', content: 'sök', language: 'sv' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await recompressFile(path.join(out, path.posix.basename(PAGEFIND_WASM_URL)), zopfliDir);
} finally {
  rmSync(out, { recursive: true, force: true });
}
