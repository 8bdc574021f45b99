/**
 * Where Pagefind's files are, for the browser code and for the build (the search page preloads
 * them from its HTML). Kept free of browser and Node APIs so both sides can import it.
 */

/** Pagefind's output folder on the site. */
export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_URL = `${PAGEFIND_BASE}pagefind.js`;
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
 * The index tag every page carries as rendered. The build replaces it in every page, once the index
 * is written, with a digest of the index's entry file (`stampSearchIndexTag` in `index-tag.ts`):
 * the same index gets the same tag, a changed one a new tag, and a page copied from an earlier build
 * by the incremental build carries no tag of its own. `astro dev` has no index and keeps this one.
 */
export const UNSTAMPED_SEARCH_INDEX_TAG = 'unstamped---';
/**
 * Characters in a tag: the placeholder has as many as a real tag, so the build stamps a page by
 * writing the tag over the placeholder's bytes where it found them, without rewriting the page.
 */
export const SEARCH_INDEX_TAG_LENGTH = UNSTAMPED_SEARCH_INDEX_TAG.length;
