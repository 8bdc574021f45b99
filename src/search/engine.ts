/**
 * Loading Pagefind in the browser, shared by the search page (`search-page.ts`) and the header's
 * warm-up (`warm-up.ts`), so a page loads the engine once whichever starts it first.
 *
 * What Pagefind fetches, in order: `pagefind.js` (this import) → (in the header's warm-up: its web
 * worker `pagefind-worker.js`) → `pagefind-entry.json` → the WebAssembly `wasm.sv.pagefind` and the
 * metadata `pagefind.<hash>.pf_meta` → for each query the index chunks `index/<hash>.pf_index`
 * (and `filter/<hash>.pf_filter` for filters) → for each shown result `fragment/<hash>.pf_fragment`.
 * Pagefind asks for the entry file with `?ts=<time>` so it is never cached; with `metaCacheTag` set
 * to the index's tag (a digest of the entry file, stamped into every page by the build:
 * `index-tag.ts`) the address is the same for one index, so it can be preloaded from the search
 * page's HTML and cached (netlify.toml), and a changed index's tag fetches the new entry.
 */
import { EXCERPT_LENGTH, PAGEFIND_URL, TAG_ATTRIBUTE } from './engine-files.ts';
import { SEARCH_META_WEIGHTS } from './synonyms.ts';

/** The part of Pagefind's JS API the site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<PagefindResponse>;
}

let engine: Promise<Pagefind> | undefined;

/** The build's tag for Pagefind's entry file, from the header form every page has. */
function indexTag(): string | undefined {
  return document.querySelector<HTMLElement>(`[${TAG_ATTRIBUTE}]`)?.getAttribute(TAG_ATTRIBUTE) ?? undefined;
}

/**
 * Pagefind, started: the entry, WebAssembly and metadata are on their way (or there). On the
 * search page Pagefind runs on the page itself (`noWorker`; its CSP allows the WebAssembly), not in
 * its web worker: the worker's script is 12 kB more to download, and starting it and passing every
 * result across costs processor time the resident waits for. Measured side by side on the
 * benchmark's slow network (same run, same load): first results 1,405 ms cold and 534 ms from the
 * header search on the page, against 1,851 and 759 ms with the worker. The price is the main
 * thread busy while the WebAssembly compiles (Lighthouse mobile: total blocking time 90–270 ms
 * against 10–40 ms), on a page where the resident is waiting for the results anyway. The header's
 * warm-up on every other page keeps the worker: there the resident is typing, and the page's CSP
 * allows no WebAssembly. A failed load is forgotten, so the next call tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    const tag = indexTag();
    // Search words and synonyms weigh like the title (see `SEARCH_META_WEIGHTS`).
    await pf.options({
      // Pagefind's documented option (search-config, "noWorker"); Pagefind 1.6 also hands it on to
      // its search instance, which logs "Unknown Pagefind option noWorker": harmless.
      noWorker: true,
      excerptLength: EXCERPT_LENGTH,
      ranking: { metaWeights: SEARCH_META_WEIGHTS },
      ...(tag ? { metaCacheTag: tag } : {}),
    });
    await pf.init();
    return pf;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
