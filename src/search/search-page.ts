/**
 * The search page's behaviour (`/sok/`): wiring the form, the filters, the address and the queue
 * of searches. Uses Pagefind's JS API rather than its Component UI: the page needs control the
 * ready-made UI does not give — checking each word on its own so a word that matches nothing is
 * reported instead of silently dropped, "Menade du …?" from the site's vocabulary, whole-word
 * matching for short words, and removing the compound marks from titles and excerpts. The parts:
 * `engine.ts` loads Pagefind, `run-query.ts` runs one search (no DOM, unit-tested),
 * `search-view.ts` draws it, `site-vocabulary.ts` fetches the vocabulary. The result count is announced by one polite live region, updated once
 * per settled search. A first search without filters shows its results before the filters' chunks
 * of the index are fetched; the filter counts follow (`filter-panel.ts`).
 */

import { preloadFirstExcerpts } from './early-excerpts.ts';
import { loadPagefind, type PagefindResult } from './engine.ts';
import { FORMS_ON_SITE_ATTRIBUTE, PAGEFIND_BASE } from './engine-files.ts';
import { filterPanel } from './filter-panel.ts';
import { chunkTable, preloadChunksFor } from './index-chunks.ts';
import { parseTerms } from './query.ts';
import { noticeOf, showsTasks, statusOf } from './query-texts.ts';
import { PAGE_SIZE, RERANKED, runQuery } from './run-query.ts';
import { type SearchState, type SortOrder, stateFromUrl, urlForState } from './search-state.ts';
import { appendResults, checkFilters, type SearchElements, setNotice, showCounts } from './search-view.ts';
import { siteVocabulary } from './site-vocabulary.ts';

const DEBOUNCE_MS = 350;
// From the header form (the URL map, rendered by Header.astro), as warm-up.ts reads it.
const { fetchVocabulary, loadVocabulary } = siteVocabulary(
  document.querySelector<HTMLElement>('[data-search-engine]')?.dataset.searchVocabulary ?? '',
);

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

const form = $<HTMLFormElement>('search-page-form');
const input = $<HTMLInputElement>('page-search');
const ui = $<HTMLElement>('search-ui');
const status = $<HTMLElement>('search-status');
const resultsArea = $<HTMLElement>('search-results-area');
const sortSelect = $<HTMLSelectElement>('search-sort');
const allPages = $<HTMLElement>('all-pages');
const tasks = $<HTMLElement>('search-tasks');
const view: SearchElements = {
  list: $<HTMLOListElement>('search-results'),
  more: $<HTMLButtonElement>('search-more'),
  notice: $<HTMLElement>('search-notice'),
  filterBox: $<HTMLElement>('search-filters'),
  filterDetails: $<HTMLDetailsElement>('search-filter-details'),
  layout: $<HTMLElement>('search-layout'),
};
/** The inflected forms that are also site words, written by the build (`writeFormsOnSite`). */
const formsOnSite = new Set((form.getAttribute(FORMS_ON_SITE_ATTRIBUTE) ?? '').split(' ').filter(Boolean));
// Shown until this script runs: without it, the page says why there are no results.
$<HTMLElement>('search-no-script').hidden = true;

/** The link to every page A–Ö: shown by default, laid out away by CSS from the first paint when scripts run. */
function showAllPages(show: boolean): void {
  allPages.hidden = !show;
  allPages.classList.toggle('is-shown', show);
  // The screen kept for results is given back when the page shows the link instead.
  resultsArea.classList.toggle('is-idle', show);
}

const filters = filterPanel(view);
let sequence = 0;
let shown: PagefindResult[] = [];
let allResults: PagefindResult[] = [];

function currentState(): SearchState {
  return { q: input.value.trim(), filters: filters.checked(), sort: sortSelect.value as SortOrder };
}

function showState(state: SearchState): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  checkFilters(view, state.filters);
}

/** The next results, after those shown; with `focusFirst`, focus moves to the first new one. */
async function showMore(results: PagefindResult[], focusFirst: boolean): Promise<void> {
  const first = await appendResults(view, results);
  shown = [...shown, ...results];
  view.more.hidden = shown.length >= allResults.length;
  if (focusFirst) first?.focus();
}

function suggestionLink(query: string, state: SearchState): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `/sok/${urlForState({ ...state, q: query })}`;
  a.textContent = query;
  a.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = query;
    void run('push');
  });
  return a;
}

let queue: Promise<void> = Promise.resolve();

/**
 * Runs a search for what the form shows now. Searches never overlap (Pagefind's excerpts come
 * out wrong when they do): each waits for the one before, and one that a newer search has
 * replaced stops at its next step without showing anything.
 */
function run(history: 'push' | 'replace' | 'none', state: SearchState = currentState()): Promise<void> {
  const token = ++sequence;
  // Busy until the newest search has drawn its results (assistive technology waits for it).
  resultsArea.setAttribute('aria-busy', 'true');
  queue = queue
    .then(() => search(state, token, history))
    .catch((error: unknown) => {
      status.textContent = 'Sökningen fungerar inte just nu. Försök igen senare.';
      console.error(error);
    })
    .finally(() => {
      if (token === sequence) resultsArea.setAttribute('aria-busy', 'false');
    });
  return queue;
}

async function search(state: SearchState, token: number, history: 'push' | 'replace' | 'none'): Promise<void> {
  if (token !== sequence) return;
  if (history !== 'none') {
    const url = `${location.pathname}${urlForState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
  }
  const terms = parseTerms(state.q);
  showAllPages(terms.length === 0);
  if (terms.length === 0) {
    view.list.replaceChildren();
    view.more.hidden = true;
    setNotice(view, [], (q) => suggestionLink(q, state));
    tasks.hidden = true;
    status.textContent = 'Skriv ett eller flera ord för att söka.';
    return;
  }
  const pf = await loadPagefind();
  // A filter set (from the address, or by going back) needs the filters' chunks for the search itself.
  if (Object.values(state.filters).some((v) => v.length > 0)) void filters.load(pf);
  const outcome = await runQuery(pf, state, {
    vocabulary: loadVocabulary,
    // Fetched after the results anyway: asked for right behind the excerpts, so when no result
    // shows a word as typed its round trip has overlapped theirs, and they still come first.
    excerptsRequested: () => void fetchVocabulary().catch(() => undefined),
    formsOnSite,
    filtersReady: filters.ready(),
    countsLater: filters.ready() === undefined,
    isCurrent: () => token === sequence,
  });
  if (!outcome || token !== sequence) return;
  setNotice(view, noticeOf(outcome), (q) => suggestionLink(q, state));
  tasks.hidden = !showsTasks(outcome);
  if (outcome.countsPending) filters.keepInPlace();
  else showCounts(view, outcome.counts);
  view.list.replaceChildren();
  shown = [];
  allResults = outcome.results;
  await showMore(outcome.results.slice(0, PAGE_SIZE), false);
  if (token !== sequence) return;
  status.textContent = statusOf(outcome, state.q);
  // Results are on screen: the vocabulary (about 12 kB) now, so the next words typed are judged at once.
  loadVocabulary().catch(() => undefined);
  if (outcome.countsPending) {
    // The results are drawn: the filters' chunks of the index and the counts now.
    resultsArea.setAttribute('aria-busy', 'false');
    await filters.countsAfter(pf, outcome.countQuery, state.filters, () => token === sequence);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run('replace'), DEBOUNCE_MS);
};

async function start(): Promise<void> {
  // Busy from the start: loading the search engine is the longest wait on a slow connection.
  resultsArea.setAttribute('aria-busy', 'true');
  const initial = stateFromUrl(location.search);
  // The query in the field at once, unless the visitor has already typed (or the browser restored) one.
  input.value ||= initial.q;
  sortSelect.value = initial.sort;
  filters.fromAddress(initial.filters);
  // The index chunks for the words in the address, side by side with Pagefind's own files.
  const words = parseTerms(initial.q);
  preloadChunksFor(words, PAGEFIND_BASE);
  // A plain one-word search: the excerpts of Pagefind's first results too (`early-excerpts.ts`),
  // unless the header search sent the first results' along (`first-results.ts`).
  const table = chunkTable();
  const meta = document.querySelector<HTMLLinkElement>('link[rel="preload"][href$=".pf_meta"]')?.getAttribute('href');
  const handedOver = document.querySelector('link[rel="preload"][href*="/fragment/"]') !== null;
  const plain = Object.values(initial.filters).every((v) => v.length === 0) && initial.sort === 'relevans';
  if (plain && !handedOver && words.length === 1 && /^[\p{L}\p{N}]+$/u.test(words[0] ?? '') && table && meta) {
    // For a word on more pages than that, the vocabulary right behind those excerpts, not behind
    // Pagefind's own (`excerptsRequested`): the first results wait for it when the best one does
    // not show the word as typed, and the 20 excerpts on the link beside the WebAssembly delay
    // Pagefind's search (at 100 generated pages, medians of 3 on a busy machine: 1,515 ms with the
    // early excerpts alone against 1,328 ms before; with the vocabulary behind them 1,444 / 1,556).
    preloadFirstExcerpts(words[0] ?? '', table, meta, PAGEFIND_BASE, RERANKED)
      .then(({ asked, of }) => (asked > 0 && of > RERANKED ? fetchVocabulary() : undefined))
      .catch(() => undefined);
  }
  await loadPagefind();
  filters.start();
  ui.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run('push');
  });
  input.addEventListener('input', later);
  view.filterBox.addEventListener('change', () => {
    clearTimeout(timer);
    void run('push');
  });
  view.more.addEventListener('click', () => {
    void showMore(allResults.slice(shown.length, shown.length + PAGE_SIZE), true);
  });
  window.addEventListener('popstate', () => {
    const state = stateFromUrl(location.search);
    showState(state);
    // Checkboxes not built yet: the address's filters wait for them.
    filters.fromAddress(state.filters);
    void run('none');
  });
  // What was typed while the engine loaded is searched for, and the address follows it.
  await run(input.value.trim() === initial.q ? 'none' : 'replace', { ...initial, q: input.value.trim() });
}

start().catch((error: unknown) => {
  // The search engine did not load: say so, and show the link to every page A–Ö.
  ui.hidden = false;
  showAllPages(true);
  resultsArea.setAttribute('aria-busy', 'false');
  status.textContent = 'Sökningen fungerar inte just nu. Alla sidor finns i listan Alla sidor A–Ö nedan.';
  console.error(error);
});
