/**
 * The search index's files named by their content, left in the output folder for the next build
 * (src/search/index-files.ts): with Pagefind's own indexer, a second index written over the first
 * skips the files it finds in place, and removing the files it does not use leaves exactly the
 * files, byte for byte, of the same index written into an empty folder.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFilesInUse, isHashedIndexFile, removeUnusedIndexFiles } from '../../src/search/index-files.ts';
import { listFiles } from '../support/dist.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trygg-index-files-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await pagefind.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const page = (title: string, text: string, type = 'Sida') =>
  `<!doctype html><html lang="sv"><head></head><body><main data-pagefind-body><span hidden data-pagefind-filter="typ:${type}"></span><h1>${title}</h1><p>${text}</p></main></body></html>`;

async function writeIndex(pages: Record<string, string>, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const [url, content] of Object.entries(pages)) {
    const added = await index.addHTMLFile({ url, content });
    expect(added.errors).toEqual([]);
  }
  expect((await index.writeFiles({ outputPath })).errors).toEqual([]);
  await index.deleteIndex();
}

describe('search index files kept between builds', () => {
  it('knows the files named by their content', () => {
    expect(isHashedIndexFile('pagefind/fragment/sv_1a2b3c4.pf_fragment')).toBe(true);
    expect(isHashedIndexFile('pagefind/index/sv_1a2b3c4.pf_index')).toBe(true);
    expect(isHashedIndexFile('pagefind/filter/sv_1a2b3c4.pf_filter')).toBe(true);
    expect(isHashedIndexFile('pagefind/pagefind.sv_1a2b3c4d5e.pf_meta')).toBe(true);
    expect(isHashedIndexFile(path.join('pagefind', 'fragment', 'en_1a2b3c4.pf_fragment'))).toBe(true);
    for (const file of [
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.sv.pagefind',
      'fragment/sv_1a2b3c4.pf_fragment',
      'pagefind/fragment/sv_1a2b3c4.pf_fragment.tmp',
      'sok/index.html',
    ]) {
      expect(isHashedIndexFile(file), file).toBe(false);
    }
  });

  it('leaves, after the next index is written over the last, exactly what that index written afresh holds', async () => {
    const last = {
      '/a/': page('Grannsamverkan', 'Grannar hjälps åt att hålla uppsikt.'),
      '/b/': page('Klotter', 'Anmäl klotter till kommunen.', 'Pressmeddelande'),
      '/c/': page('Nattvandring', 'Vuxna vandrar på kvällarna.'),
    };
    // `/b/` changed, `/c/` removed, `/a/` as it was.
    const next = { '/a/': last['/a/'], '/b/': page('Klotter', 'Anmäl klotter och skadegörelse.', 'Pressmeddelande') };
    const kept = tempDir();
    await writeIndex(last, kept);
    const lastFiles = indexFilesInUse(kept);
    expect([...lastFiles].filter((f) => f.startsWith('fragment/'))).toHaveLength(3);
    const unchanged = [...lastFiles].filter((f) => f.startsWith('fragment/'));
    const before = new Map(unchanged.map((f) => [f, statSync(path.join(kept, f)).mtimeMs]));

    await writeIndex(next, kept);
    const fresh = tempDir();
    await writeIndex(next, fresh);
    // Pagefind did not write again the fragment of the unchanged page.
    const stillUsed = [...indexFilesInUse(kept)].filter((f) => before.has(f));
    expect(stillUsed).toHaveLength(1);
    expect(statSync(path.join(kept, stillUsed[0] as string)).mtimeMs).toBe(before.get(stillUsed[0] as string));

    expect(removeUnusedIndexFiles(kept)).toBeGreaterThanOrEqual(3);
    const files = listFiles(kept).sort();
    expect(files).toEqual(listFiles(fresh).sort());
    for (const file of files) {
      expect(readFileSync(path.join(kept, file)).equals(readFileSync(path.join(fresh, file))), file).toBe(true);
    }
  });

  it('fails, naming the file, on metadata not shaped as Pagefind 1.6 writes it', async () => {
    const out = tempDir();
    await writeIndex({ '/a/': page('Grannsamverkan', 'Grannar.') }, out);
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8'));
    const meta = path.join(out, `pagefind.${entry.languages.sv.hash}.pf_meta`);
    writeFileSync(meta, gzipSync(Buffer.from('pagefind_dcd{}')));
    expect(() => removeUnusedIndexFiles(out)).toThrow(meta);
  });
});
