/**
 * The search fields that send a query to `/sok/` (the header's on every page, the start page's)
 * get the search ready while the visitor is still typing, so `/sok/` can show the results almost
 * at once: the engine loads when a field gets focus, and the index for the words as they are
 * typed. Everything fetched here has long cache headers (netlify.toml): the search page takes it
 * from the browser's cache instead of the network. Results are shown on `/sok/` only — one results
 * page, with its filters, sorting, "Menade du …?" and the address to share.
 *
 * Fetched on focus, once a visit (the default content's site: about 110 kB compressed): Pagefind's
 * script and worker, its entry file, WebAssembly and metadata; the search page's own script and
 * styles (read from `/sok/`, 4 kB) and the site's vocabulary for "Menade du …?" (12 kB) — not
 * when the page is idle, because most visitors never search and a phone's data plan should not
 * pay for it on every page. While typing: the index chunks for the words (Pagefind's `preload`),
 * and after a pause the excerpts of the first twenty results (`fragment` files, about 1 kB each),
 * which the search page orders and shows first. At Enter the ids of those results go to the search
 * page in its address's fragment (`#…`, never sent to the server, removed at once), and its copy of
 * this script asks for their excerpts as soon as it runs (see `sendWithFirstResults`).
 */
// Nothing is imported from the search page's modules: a module shared by this script (on every page)
// and the search page's would become a chunk of its own, one more round trip before `/sok/` can
// start. What it needs comes from the form's attributes (Header.astro).
import { preloadFirstResults, sendTo } from './first-results.ts';
import { searchPageAssets } from './search-page-assets.ts';

/** The part of Pagefind's API used here (the search page's `engine.ts` has the full one). */
interface Engine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<unknown>;
  search: (term: string) => Promise<{ results: { id: string; data: () => Promise<unknown> }[] }>;
}

/** A short word may be a whole word (`tib`, `112`) or the start of a longer one: wait for a pause. */
const PAUSE_MS = 300;
/** How long Enter may wait while the first results are searched for (it takes a few ms). */
const SUBMIT_WAIT_MS = 150;

/** As many results as the search page orders by exact and title matches before it shows any (`RERANKED`). */
const FIRST_RESULTS = 20;

// The addresses come from the header form (the URL map, `src/lib/urls.ts`, rendered by Header.astro):
// importing the map here would make it a chunk of its own, one more request before this script runs.
const config = document.querySelector<HTMLElement>('[data-search-engine]')?.dataset;
const SEARCH_PAGE = config?.searchPage ?? '';
const VOCABULARY = config?.searchVocabulary ?? '';
const FIELDS = `form[action="${SEARCH_PAGE}"] input[name="q"]`;
let engine: Promise<Engine> | undefined;
/** The engine once it has started, for Enter, which cannot wait for it to load. */
let started: Engine | undefined;
let sending = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastPrepared = '';
/** The ids of the first results for `lastPrepared`, once searched. */
let lastIds: string[] = [];

function ignore(): void {
  // The search page reports a search engine that does not load; here it only costs the head start.
}

/** Pagefind, started with this build's entry file (`metaCacheTag`), as the search page starts it. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ config?.searchEngine ?? '')) as Engine;
    await pf.options({
      // On the search page, as the search page starts it (`engine.ts`): without the worker.
      ...(location.pathname === SEARCH_PAGE ? { noWorker: true } : {}),
      excerptLength: Number(config?.searchExcerpt),
      // The same ranking as the search page's (`SEARCH_META_WEIGHTS`), so the excerpts fetched
      // here are the ones it shows first.
      ...(config?.searchWeights ? { ranking: { metaWeights: JSON.parse(config.searchWeights) } } : {}),
      ...(config?.searchIndex ? { metaCacheTag: config.searchIndex } : {}),
    });
    await pf.init();
    // The filters' chunks of the index, into the cache: the search page counts with them once its
    // results are shown. Not on the search page itself, which fetches them only then, so that they
    // do not share a slow link with what its first results need (19 kB at 5,000 pages).
    if (location.pathname !== SEARCH_PAGE) void pf.filters().catch(ignore);
    started = pf;
    return pf;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

let pageFetched = false;

/** Into the browser's cache, at low priority: what the search page loads besides Pagefind. */
function prefetch(href: string): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  document.head.append(link);
}

/** The search page's script and styles (named in its HTML) and the vocabulary, once a visit. */
function loadSearchPage(): void {
  if (pageFetched) return;
  pageFetched = true;
  fetch(SEARCH_PAGE)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
    .then((html) => {
      for (const href of searchPageAssets(html)) prefetch(href);
    })
    .catch(() => {
      pageFetched = false;
    });
  prefetch(VOCABULARY);
}

/** The words as Pagefind will be asked for them; the search page's rules are in `query.ts`. */
function wordsOf(value: string): string[] {
  return [...new Set(value.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length > 0);
}

/** The index chunks for every word long enough to be a prefix, now; the rest after a pause. */
async function prepare(pf: Engine, value: string, paused: boolean): Promise<void> {
  const words = wordsOf(value);
  const minPrefix = Number(config?.searchPrefix ?? 4);
  for (const word of words) {
    if (paused || [...word].length >= minPrefix) void pf.preload(word);
  }
  const query = words.join(' ');
  if (!paused || words.length === 0 || query === lastPrepared) return;
  // The visitor paused: fetch what the search page will show first.
  lastPrepared = query;
  lastIds = [];
  const response = await pf.search(query);
  const first = response.results.slice(0, FIRST_RESULTS);
  if (lastPrepared === query) lastIds = first.map((r) => r.id);
  // Enter came first: the search page asks for these excerpts itself (`sendWithFirstResults`);
  // asked for here, they would be cut off on their way by the browser leaving this page.
  if (sending) return;
  await Promise.all(first.map((r) => r.data()));
}

/**
 * Enter: the ids of the first results (the names of their excerpts' fragment files) go with the
 * form to the search page, which asks for those excerpts as soon as its copy of this script runs,
 * instead of after Pagefind on that page has started and searched. They are not fetched from this
 * page at Enter: the browser cancels what is still on its way when the search page arrives, and
 * the search page then downloaded those excerpts a second time (up to 20 of 20 at 5,000 pages).
 * Only excerpts a pause in the typing asked for just before Enter can still be cut off that way
 * (a pause's search that returns after Enter fetches none): on the benchmark's slow network at
 * 5,000 pages, 12 of 20 excerpts twice in 1 of 7 header searches, against 16–20 in 6 of 7 before.
 * Before the visitor paused, the search runs first — only when the engine is already running, and
 * never for longer than `SUBMIT_WAIT_MS`: Enter is never held up by a slow engine.
 */
function sendWithFirstResults(form: HTMLFormElement, field: HTMLInputElement): void {
  form.addEventListener('submit', (event) => {
    const pf = started;
    const query = wordsOf(field.value).join(' ');
    if (sending) {
      event.preventDefault();
      return;
    }
    if (query === '' || (!pf && query !== lastPrepared)) return;
    event.preventDefault();
    sending = true;
    let sent = false;
    const send = (ids: string[]) => {
      if (sent) return;
      sent = true;
      sendTo(form, ids, FIRST_RESULTS);
    };
    if (query === lastPrepared && lastIds.length > 0) {
      // Searched after a pause in the typing: sent at once. Excerpts that pause asked for and that
      // are still on their way when the search page arrives are cancelled by the browser; the
      // search page asks for those again at once (waiting for them held Enter up to 400 ms).
      send(lastIds);
      return;
    }
    setTimeout(() => send([]), SUBMIT_WAIT_MS);
    pf?.search(query)
      .then((response) => send(response.results.slice(0, FIRST_RESULTS).map((r) => r.id)))
      .catch(() => send([]));
  });
}

// Back to this page from the browser's cache: Enter sends the form again.
window.addEventListener('pageshow', () => {
  sending = false;
});

function watch(field: HTMLInputElement): void {
  if (field.form) sendWithFirstResults(field.form, field);
  field.addEventListener('focus', () => {
    loadEngine().catch(ignore);
    loadSearchPage();
  });
  field.addEventListener('input', () => {
    clearTimeout(timer);
    loadEngine()
      .then((pf) => prepare(pf, field.value, false))
      .catch(ignore);
    timer = setTimeout(() => {
      loadEngine()
        .then((pf) => prepare(pf, field.value, true))
        .catch(ignore);
    }, PAUSE_MS);
  });
}

if (config?.searchEngine) {
  if (location.pathname === SEARCH_PAGE) {
    // On the search page after a header search, this script, cached from the page before, usually
    // runs before the search page's own script has arrived: it asks for the first results'
    // excerpts the page before sent along. The search page's script decides when the engine is
    // loaded (`search-page.ts`: a one-word search draws its first results before it).
    preloadFirstResults(config.searchEngine.replace(/pagefind\.js$/, ''), FIRST_RESULTS);
  } else {
    for (const field of document.querySelectorAll<HTMLInputElement>(FIELDS)) watch(field);
  }
}
