/**
 * Local Netlify build plugin (registered in netlify.toml): keeps Astro's cache folder between
 * builds in Netlify's build cache, so a build after an editor's save copies every unchanged page
 * from the last build instead of rendering it (astro.config.mjs, `experimental.incrementalBuild`;
 * keys in src/data/cache-keys.ts) and reuses the search index's per-page work
 * (src/search/index-cache.ts). The folder holds one cache per content folder (the content layer's
 * data store, the incremental build's manifest and page copies, the search-index work).
 *
 * Restored before the build and saved after a successful one only: a failed build never leaves a
 * half-written cache for the next. Without it (a first build, a cleared cache, "Clear cache and
 * deploy site") the build is a clean one and its output the same.
 */

/** Astro's `cacheDir` lives under this folder (astro.config.mjs). */
export const CACHE_FOLDER = 'node_modules/.astro';

export const onPreBuild = async ({ utils }) => {
  const restored = await utils.cache.restore(CACHE_FOLDER);
  console.log(
    restored ? `Restored ${CACHE_FOLDER} from the build cache` : `No ${CACHE_FOLDER} in the build cache: a clean build`,
  );
};

export const onPostBuild = async ({ utils }) => {
  const saved = await utils.cache.save(CACHE_FOLDER);
  console.log(saved ? `Saved ${CACHE_FOLDER} to the build cache` : `No ${CACHE_FOLDER} to save`);
};
