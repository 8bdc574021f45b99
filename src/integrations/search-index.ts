/**
 * Indexes the built site for search at the end of every `astro build`, in the output folder
 * Astro reports (tests and benchmarks build into temporary folders with `--outDir`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CACHE_ROOT } from '../config/site.ts';
import { buildSearchIndex, VOCABULARY_PATH } from '../search/build-index.ts';
import { searchIndexTagOf, stampSearchIndexTag, UnstampedTagLocations } from '../search/index-tag.ts';
import {
  preloadScriptImports,
  preloadSearchMeta,
  preloadsAfterStyles,
  writeFormsOnSite,
} from '../search/preload-meta.ts';
import { type DictionaryPreparation, prepareDictionaryAside } from '../search/swedish-dictionary.ts';
import { packWasmAside, recompressFileAside, type WasmPacking } from '../search/zopfli-aside.ts';

/** The built search pages: `sok/index.html` and each language's `<code>/sok/index.html`. */
function searchPages(siteDir: string): string[] {
  const pages = [path.join(siteDir, 'sok', 'index.html')];
  for (const entry of readdirSync(siteDir, { withFileTypes: true })) {
    const page = path.join(siteDir, entry.name, 'sok', 'index.html');
    if (entry.isDirectory() && existsSync(page)) pages.push(page);
  }
  return pages;
}

export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let dictionary: Promise<DictionaryPreparation> | undefined;
  let wasm: Promise<WasmPacking> | undefined;
  let building = false;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        // Kept with Astro's own caches (the content layer's, the incremental build's pages).
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'search-index');
        // A clean build: the compound splitter's dictionary is prepared during the content sync,
        // which comes next and takes longer, and before bundling, when the build needs the most
        // memory (at 10,000 entries about 2 GB, to which the worker's 0.25 GB would add).
        // Its list depends on the installed dictionary only: kept once for every content folder.
        if (building) dictionary = prepareDictionaryAside(CACHE_ROOT);
        // Likewise Pagefind's WebAssembly, packed with Zopfli for the search page (`zopfli-aside.ts`),
        // once per Pagefind version for every content folder (`CACHE_ROOT`).
        if (building) wasm = packWasmAside(CACHE_ROOT);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const prepared = await dictionary;
        if (prepared?.startsWith('failed')) logger.warn(`The dictionary was not prepared aside (${prepared}).`);
        const tagLocations = new UnstampedTagLocations();
        const stats = await buildSearchIndex(siteDir, cacheDir, tagLocations);
        const packed = await wasm;
        if (packed?.startsWith('failed')) logger.warn(`Pagefind's WebAssembly was not packed aside (${packed}).`);
        const meta = await preloadSearchMeta(siteDir, CACHE_ROOT, false);
        // The metadata (1.2 s of Zopfli at 1,000 entries) is packed on the other core meanwhile.
        const packingMeta = recompressFileAside(path.join(siteDir, meta));
        writeFormsOnSite(siteDir, VOCABULARY_PATH);
        for (const page of searchPages(siteDir)) {
          preloadScriptImports(siteDir, page);
          preloadsAfterStyles(page);
          // Rewritten since the index read it: its placeholders have moved.
          tagLocations.forget(path.relative(siteDir, page));
        }
        // Last: the pages as rendered (without the tag) are what the index and its cache saw.
        const tag = searchIndexTagOf(siteDir);
        const stamped = stampSearchIndexTag(siteDir, tag, tagLocations);
        await packingMeta;
        logger.info(
          `${stats.pages} pages indexed, ${stats.compoundsMarked} compounds split, ${stats.synonymsAdded} synonyms added, ` +
            `${stats.vocabularyWords} words and ${stats.vocabularyForms} other forms in the vocabulary; ` +
            `compound splitting ${stats.splitMs} ms (${stats.cachedPages} pages' work from the cache, dictionary's words from ${prepared === 'made' && stats.dictionary === 'the kept list' ? 'the list made beside the build' : stats.dictionary}), Pagefind ${stats.pagefindMs} ms; ` +
            `index tag ${tag} stamped into ${stamped.pages} pages (${stamped.inPlace} in place)`,
        );
      },
    },
  };
}
