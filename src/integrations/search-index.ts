/**
 * Indexes the built site for search at the end of every `astro build`, in the output folder
 * Astro reports (tests and benchmarks build into temporary folders with `--outDir`).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, VOCABULARY_PATH } from '../search/build-index.ts';
import { preloadSearchMeta, writeFormsOnSite } from '../search/preload-meta.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir));
        preloadSearchMeta(fileURLToPath(dir));
        writeFormsOnSite(fileURLToPath(dir), VOCABULARY_PATH);
        logger.info(
          `${stats.pages} pages indexed, ${stats.compoundsMarked} compounds split, ${stats.synonymsAdded} synonyms added, ` +
            `${stats.vocabularyWords} words and ${stats.vocabularyForms} other forms in the vocabulary; ` +
            `compound splitting ${stats.splitMs} ms, Pagefind ${stats.pagefindMs} ms`,
        );
      },
    },
  };
}
