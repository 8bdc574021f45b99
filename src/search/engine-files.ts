/**
 * Where Pagefind's files are, for the browser code and for the build (the search page preloads
 * them from its HTML). Kept free of browser and Node APIs so both sides can import it.
 */

/** Pagefind's output folder on the site. */
export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_URL = `${PAGEFIND_BASE}pagefind.js`;
export const PAGEFIND_WORKER_URL = `${PAGEFIND_BASE}pagefind-worker.js`;
/** The language of every page (`<html lang="sv">`): Pagefind picks its WebAssembly by it. */
export const PAGEFIND_WASM_URL = `${PAGEFIND_BASE}wasm.sv.pagefind`;
/** Pagefind's entry file at the address it asks for when `metaCacheTag` is `tag`. */
export const pagefindEntryUrl = (tag: string): string => `${PAGEFIND_BASE}pagefind-entry.json?ts=${tag}`;
/** Words of context around a hit in a result's excerpt. */
export const EXCERPT_LENGTH = 28;
/** The attribute on the search page's form listing the inflected forms that are also site words. */
export const FORMS_ON_SITE_ATTRIBUTE = 'data-forms-on-site';
/** The attribute on the header's search form that carries the build's index tag. */
export const TAG_ATTRIBUTE = 'data-search-index';

/**
 * The tag of this build's search index (Pagefind's `metaCacheTag`): new for every build, set once
 * in astro.config.mjs, so a cached entry file never outlives its build.
 */
export function searchIndexTag(env: Record<string, string | undefined>): string {
  const tag = env.SEARCH_INDEX_TAG;
  if (!tag) throw new Error('SEARCH_INDEX_TAG is not set: astro.config.mjs sets it for every build');
  if (!/^[\w-]+$/.test(tag)) throw new Error(`SEARCH_INDEX_TAG may hold letters, digits, - and _ only: ${tag}`);
  return tag;
}
