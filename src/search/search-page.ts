/**
 * The search page's behaviour (`/sok/`): wiring the form, the filters, the address and the queue
 * of searches. Uses Pagefind's JS API rather than its Component UI, for control the ready-made UI
 * does not give: each word checked on its own (a word that matches nothing is reported, not
 * dropped), "Menade du …?", whole-word matching for short words, compound marks removed. The
 * parts: `engine.ts` loads Pagefind, `run-query.ts` runs one search (no DOM, unit-tested),
 * `results-list.ts` and `search-view.ts` draw it, `quick-search.ts` answers a cold one-word search
 * before the engine has loaded. One polite live region announces the count once per settled
 * search; the filter counts follow the first results (`filter-panel.ts`).
 */

import { loadPagefind } from './engine.ts';
import { FORMS_ON_SITE_ATTRIBUTE, PAGEFIND_BASE } from './engine-files.ts';
import { filterPanel } from './filter-panel.ts';
import { chunksOfIndex, preloadChunksFor } from './index-chunks.ts';
import { pagefindTerm, parseTerms } from './query.ts';
import { type BeforeEngine, firstBeforeEngine } from './quick-search.ts';
import { resultsList } from './results-list.ts';
import { runQuery } from './run-query.ts';
import { searchPageElements } from './search-page-elements.ts';
import { type SearchState, type SortOrder, stateFromUrl, urlForState } from './search-state.ts';
import { checkFilters, setNotice } from './search-view.ts';
import { siteVocabulary } from './site-vocabulary.ts';

const DEBOUNCE_MS = 350;
// From the header form (the URL map, rendered by Header.astro), as warm-up.ts reads it.
const { fetchVocabulary, loadVocabulary } = siteVocabulary(
  document.querySelector<HTMLElement>('[data-search-engine]')?.dataset.searchVocabulary ?? '',
);

const { form, input, ui, status, resultsArea, sortSelect, allPages, tasks, noScript, view } = searchPageElements();
/** The inflected forms that are also site words, written by the build (`writeFormsOnSite`). */
const formsOnSite = new Set((form.getAttribute(FORMS_ON_SITE_ATTRIBUTE) ?? '').split(' ').filter(Boolean));
// Shown until this script runs: without it, the page says why there are no results.
noScript.hidden = true;

/** The link to every page A–Ö: shown by default, laid out away by CSS from the first paint when scripts run. */
function showAllPages(show: boolean): void {
  allPages.hidden = !show;
  allPages.classList.toggle('is-shown', show);
  // The screen kept for results is given back when the page shows the link instead.
  resultsArea.classList.toggle('is-idle', show);
}

const filters = filterPanel(view);
let sequence = 0;
const results = resultsList({ view, status, tasks, keepFiltersInPlace: () => filters.keepInPlace() });

function currentState(): SearchState {
  return { q: input.value.trim(), filters: filters.checked(), sort: sortSelect.value as SortOrder };
}

function showState(state: SearchState): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  checkFilters(view, state.filters);
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
/** The search drawn before the engine (`quickFirst`) may still be drawn. */
let quickLive = true;

/**
 * Runs a search for what the form shows now. Searches never overlap (Pagefind's excerpts come
 * out wrong when they do): each waits for the one before, and one that a newer search has
 * replaced stops at its next step without showing anything.
 */
function run(
  history: 'push' | 'replace' | 'none',
  state: SearchState = currentState(),
  initial = false,
): Promise<void> {
  const token = ++sequence;
  // The visitor's own search replaces the one drawn before the engine; the page's first does not.
  if (!initial) quickLive = false;
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
    results.clear();
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
  const current = () => token === sequence;
  if (!(await results.draw(outcome, state, outcome.results.length, (q) => suggestionLink(q, state), current))) return;
  // Results are on screen: the vocabulary (about 12 kB) now, so the next words typed are judged at once.
  loadVocabulary().catch(() => undefined);
  if (outcome.countsPending) {
    // The results are drawn: the filters' chunks of the index and the counts now.
    resultsArea.setAttribute('aria-busy', 'false');
    await filters.countsAfter(pf, outcome.countQuery, state.filters, () => token === sequence);
  }
}

/** A cold one-word search drawn before Pagefind's engine (`firstBeforeEngine`); the first `run` keeps what it drew. */
async function quickFirst(word: string, state: SearchState, page: Omit<BeforeEngine, 'state' | 'isCurrent'>) {
  const first = () => quickLive && input.value.trim() === state.q;
  const quick = await firstBeforeEngine(word, { ...page, state, isCurrent: first });
  if (!quick || !first()) return;
  // The link to every page stays when the engine has failed to load meanwhile (`start`).
  showAllPages(engineFailed);
  ui.hidden = false;
  const link = (q: string) => suggestionLink(q, state);
  if (await results.draw(quick.outcome, state, quick.available, link, first)) {
    resultsArea.setAttribute('aria-busy', 'false');
  }
}

/** The engine did not load (`start`). */
let engineFailed = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const later = () => {
  // A new search is coming: the results shown are no longer the answer.
  resultsArea.setAttribute('aria-busy', 'true');
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
  // A plain one-word search is drawn before the engine (`quick-search.ts`), which is fetched and
  // compiled once it has drawn, not sharing the slow link or the processor with it (after the
  // header search's handover too, `first-results.ts`). Any other search: the engine at once.
  const table = chunksOfIndex();
  const meta = document.querySelector<HTMLLinkElement>('link[rel="preload"][href$=".pf_meta"]')?.getAttribute('href');
  const handedOver = document.querySelector('link[rel="preload"][href*="/fragment/"]') !== null;
  const plain = Object.values(initial.filters).every((v) => v.length === 0) && initial.sort === 'relevans';
  const word = words.length === 1 ? (words[0] ?? '') : '';
  let wantEngine = () => {};
  const engineWanted = new Promise<void>((resolve) => (wantEngine = resolve));
  if (plain && word && table && meta && pagefindTerm(word) === word && /^[\p{L}\p{N}]+$/u.test(word)) {
    // The first search waits for the quick one, so the two never draw at once.
    const page = { table, metaUrl: meta, base: PAGEFIND_BASE, handedOver, formsOnSite };
    queue = quickFirst(word, initial, { ...page, fetchVocabulary, loadVocabulary })
      .catch((error: unknown) => console.error(error))
      .finally(wantEngine);
  } else wantEngine();
  // The form works from now on: a search started before the engine has loaded waits for it (`search`).
  view.more.addEventListener('click', () => void results.showMore(true));
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
  window.addEventListener('popstate', () => {
    const state = stateFromUrl(location.search);
    showState(state);
    // Checkboxes not built yet: the address's filters wait for them.
    filters.fromAddress(state.filters);
    void run('none');
  });
  await engineWanted;
  await loadPagefind();
  filters.start();
  ui.hidden = false;
  // What was typed while the engine loaded is searched for, and the address follows it.
  const q = input.value.trim();
  await run(q === initial.q ? 'none' : 'replace', { ...initial, q }, q === initial.q);
}

start().catch((error: unknown) => {
  engineFailed = true;
  // The search engine did not load: show the link to every page A–Ö, and say so, unless the
  // first results are on screen without it (`quickFirst`): they stay, and a next search that
  // needs the engine says so then.
  ui.hidden = false;
  showAllPages(true);
  resultsArea.setAttribute('aria-busy', 'false');
  view.filterBox.setAttribute('aria-busy', 'false');
  if (!results.drawn())
    status.textContent = 'Sökningen fungerar inte just nu. Alla sidor finns i listan Alla sidor A–Ö nedan.';
  console.error(error);
});
