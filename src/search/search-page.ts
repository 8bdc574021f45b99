/**
 * The search page's behaviour (`/sok/`). Uses Pagefind's JS API rather than its Component UI: the
 * page needs control the ready-made UI does not give — checking each word on its own so a word
 * that matches nothing is reported instead of silently dropped, "Menade du …?" from the site's
 * vocabulary, whole-word matching for short words, and removing the compound marks from titles
 * and excerpts. The markup is plain HTML controls (a labelled search field, checkboxes, a select,
 * links), so every part works with the keyboard and a screen reader; the result count is
 * announced by one polite live region, updated once per settled search.
 */
import { formatDate } from '../utils/format-date.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './engine.ts';
import { FORMS_ON_SITE_ATTRIBUTE, PAGEFIND_BASE } from './engine-files.ts';
import { preloadChunksFor } from './index-chunks.ts';
import { stripCompoundMarks } from './mark-compounds.ts';
import { SEARCH_TYPES } from './page-facets.ts';
import {
  classifyTerm,
  hitCount,
  isExactWord,
  listInSwedish,
  pagefindQueryOf,
  pagefindTerm,
  parseTerms,
  rankByMatch,
  type SiteWords,
  siteWords,
  suggestedQuery,
  suggestionFor,
  type TermClass,
} from './query.ts';
import {
  FILTER_PARAMS,
  pagefindFilters,
  pagefindSort,
  type SearchState,
  type SortOrder,
  stateFromUrl,
  urlForState,
} from './search-state.ts';

const PAGE_SIZE = 10;
/** How many of Pagefind's first results are ordered by exact and title matches (`rankByMatch`). */
const RERANKED = 20;
const DEBOUNCE_MS = 350;
const VOCABULARY_URL = '/sok/ordlista.json';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

const form = $<HTMLFormElement>('search-page-form');
const input = $<HTMLInputElement>('page-search');
const ui = $<HTMLElement>('search-ui');
const status = $<HTMLElement>('search-status');
const notice = $<HTMLElement>('search-notice');
const list = $<HTMLOListElement>('search-results');
const resultsArea = $<HTMLElement>('search-results-area');
const more = $<HTMLButtonElement>('search-more');
const sortSelect = $<HTMLSelectElement>('search-sort');
/** The inflected forms that are also site words, written by the build (`writeFormsOnSite`). */
const formsOnSite = new Set((form.getAttribute(FORMS_ON_SITE_ATTRIBUTE) ?? '').split(' ').filter(Boolean));
const filterBox = $<HTMLElement>('search-filters');
const allPages = $<HTMLElement>('all-pages');
const filterDetails = $<HTMLDetailsElement>('search-filter-details');
const layout = $<HTMLElement>('search-layout');
const tasks = $<HTMLElement>('search-tasks');
// Shown until this script runs: without it, the page says why there are no results.
$<HTMLElement>('search-no-script').hidden = true;

/** The link to every page A–Ö: shown by default, laid out away by CSS from the first paint when scripts run. */
function showAllPages(show: boolean): void {
  allPages.hidden = !show;
  allPages.classList.toggle('is-shown', show);
  // The screen kept for results is given back when the page shows the list instead.
  resultsArea.classList.toggle('is-idle', show);
}

let vocabulary: Promise<SiteWords> | undefined;
let sequence = 0;
let shown: PagefindResult[] = [];
let allResults: PagefindResult[] = [];

/**
 * The site's words and forms (about 12 kB compressed), loaded with the first search: what tells a
 * real match from Pagefind's fallback, and "Menade du …?". A failed fetch is forgotten, so the next
 * search tries again.
 */
function loadVocabulary(): Promise<SiteWords> {
  vocabulary ??= fetch(VOCABULARY_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${VOCABULARY_URL}: HTTP ${r.status}`);
      return r.json() as Promise<{ words: string[]; forms?: Record<string, string> }>;
    })
    .then((v) => siteWords(v.words, v.forms));
  vocabulary.catch(() => {
    vocabulary = undefined;
  });
  return vocabulary;
}

/** The filters from the address until their checkboxes are built. */
let addressFilters: Record<string, string[]> | undefined;
let filtersReady: Promise<void> | undefined;

function currentState(): SearchState {
  if (addressFilters) return { q: input.value.trim(), filters: addressFilters, sort: sortSelect.value as SortOrder };
  const filters: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const name = box.dataset.filter ?? '';
    filters[name] = [...(filters[name] ?? []), box.value];
  }
  return { q: input.value.trim(), filters, sort: sortSelect.value as SortOrder };
}

function showState(state: SearchState): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (state.filters[box.dataset.filter ?? ''] ?? []).includes(box.value);
  }
}

/** One checkbox per filter value on the site, built once so focus never jumps; counts change. */
async function buildFilters(pf: Pagefind): Promise<void> {
  const all = await pf.filters();
  const order: Record<string, (values: string[]) => string[]> = {
    typ: (values) =>
      [...values].sort(
        (a, b) => (SEARCH_TYPES as readonly string[]).indexOf(a) - (SEARCH_TYPES as readonly string[]).indexOf(b),
      ),
    år: (values) => [...values].sort().reverse(),
  };
  for (const name of Object.keys(FILTER_PARAMS)) {
    const values = order[name]?.(Object.keys(all[name] ?? {})) ?? [];
    const group = filterBox.querySelector<HTMLElement>(`[data-filter-group="${name}"]`);
    if (!group) continue;
    // Shown by the first counts (`showCounts`), all at once, so nothing in view moves.
    group.hidden = true;
    const holder = group.querySelector('ul');
    if (!holder) continue;
    for (const value of values) {
      const li = document.createElement('li');
      li.hidden = true;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = FILTER_PARAMS[name] ?? name;
      box.value = value;
      box.dataset.filter = name;
      const count = document.createElement('span');
      count.className = 'search-count';
      count.dataset.count = `${name}:${value}`;
      label.append(box, ` ${value} `, count);
      li.append(label);
      holder.append(li);
    }
  }
}

/**
 * The number of results each filter value would give. A value that would give none is hidden (a
 * checked one stays, so it can be unchecked), a group with no value left too, and the whole panel
 * when nothing was found and no filter is set: there is nothing to narrow down or sort.
 */
function showCounts(counts: Record<string, Record<string, number>>): void {
  for (const span of filterBox.querySelectorAll<HTMLElement>('[data-count]')) {
    const [name = '', value = ''] = (span.dataset.count ?? '').split(/:(.*)/s);
    const n = counts[name]?.[value] ?? 0;
    span.textContent = `(${n})`;
    const item = span.closest('li');
    const box = item?.querySelector('input');
    if (item) item.hidden = n === 0 && !box?.checked;
  }
  let anyShown = false;
  for (const group of filterBox.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    const shown = group.querySelector('li:not([hidden])') !== null;
    group.hidden = !shown;
    anyShown ||= shown;
  }
  filterDetails.hidden = !anyShown;
  layout.classList.toggle('is-single', !anyShown);
}

/** An excerpt as DOM: Pagefind's text with its <mark>s, nothing else, compound marks removed. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    const text = stripCompoundMarks(node.textContent ?? '');
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      out.push(mark);
    } else {
      out.push(document.createTextNode(text));
    }
  }
  return out;
}

async function renderResults(results: PagefindResult[], focusFirst: boolean): Promise<void> {
  const data = await Promise.all(results.map((r) => r.data()));
  let first: HTMLAnchorElement | undefined;
  for (const d of data) {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = d.url;
    link.textContent = stripCompoundMarks(d.meta.title ?? d.url);
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    const date = d.meta.datum
      ? formatDate(d.meta.datum)
      : d.meta.granskad
        ? `senast granskad ${formatDate(d.meta.granskad)}`
        : undefined;
    meta.textContent = [d.meta.typ, date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(d.excerpt));
    li.append(heading, meta, excerpt);
    list.append(li);
    first ??= link;
  }
  shown = [...shown, ...results];
  more.hidden = shown.length >= allResults.length;
  if (focusFirst) first?.focus();
}

function setNotice(parts: (string | Node)[][]): void {
  notice.replaceChildren(
    ...parts.map((p) => {
      const para = document.createElement('p');
      para.append(...p);
      return para;
    }),
  );
  notice.hidden = parts.length === 0;
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

const quoted = (s: string) => `”${s}”`;

/** The words Pagefind highlighted in an excerpt, compound marks kept. */
function highlightedWords(excerpt: string): string[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.querySelectorAll('mark')].map((m) => m.textContent ?? '');
}

/**
 * How one query word matches on its own (see `classifyTerm`), judged from its best result. With
 * `firstPage`, the excerpts of the first results the page orders (`RERANKED`) are fetched with the
 * best one's (one round trip instead of two): for a one-word query without filters they are the
 * results ordered and shown next.
 * A word the best result shows exactly as typed is a word of the site (`isExactWord`): judged
 * without the vocabulary, which is then not waited for (`exact`).
 */
async function termMatch(pf: Pagefind, term: string, firstPage: boolean): Promise<TermClass & { exact: boolean }> {
  const response = await pf.search(pagefindTerm(term));
  const [first] = await Promise.all(response.results.slice(0, firstPage ? RERANKED : 1).map((r) => r.data()));
  const highlighted = first ? highlightedWords(first.excerpt) : [];
  if (isExactWord(term, highlighted, formsOnSite)) return { match: 'word', search: term, exact: true };
  return { ...classifyTerm(term, highlighted, response.unfilteredResultCount, await loadVocabulary()), exact: false };
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
    list.replaceChildren();
    more.hidden = true;
    setNotice([]);
    tasks.hidden = true;
    status.textContent = 'Skriv ett eller flera ord för att söka.';
    return;
  }
  const pf = await loadPagefind();
  const filtered = Object.values(state.filters).some((v) => v.length > 0);
  // Each word on its own first: a word that matches nothing is reported, never silently dropped.
  // One after another: Pagefind's excerpts come out wrong when searches overlap.
  const matches: (TermClass & { exact: boolean })[] = [];
  const plain = terms.length === 1 && !filtered && state.sort === 'relevans';
  for (const t of terms) {
    matches.push(await termMatch(pf, t, plain));
    if (token !== sequence) return;
  }
  const unknown = terms.filter((_, i) => matches[i]?.match === 'none');
  const known = terms.filter((t) => !unknown.includes(t));
  // A form Pagefind does not match, or a derived word, is searched as the site's word.
  const searched = matches.filter((m) => m.match !== 'none');
  // The filter checkboxes (and their chunks of the index) are needed for the counts from here on.
  await filtersReady;
  let results: PagefindResult[] = [];
  const counts: Record<string, Record<string, number>> = {};
  if (known.length > 0) {
    const exactQuery = pagefindQueryOf(searched);
    const looseQuery = searched.map((m) => m.search).join(' ');
    const sort = pagefindSort(state.sort);
    const options = { filters: pagefindFilters(state.filters), ...(sort ? { sort } : {}) };
    const main = await pf.search(exactQuery, options);
    results = main.results;
    if (exactQuery !== looseQuery) {
      // Quoted (whole-word) searches rank poorly in Pagefind: keep the whole-word result set, in
      // the order the unquoted search ranks it.
      const ids = new Set(results.map((r) => r.id));
      const ranked = (await pf.search(looseQuery, options)).results.filter((r) => ids.delete(r.id));
      results = [...ranked, ...results.filter((r) => ids.has(r.id))];
    }
    if (!sort) {
      // Exact matches above other forms, titles above text: Pagefind's score sees only stems.
      const top = results.slice(0, RERANKED);
      const pages = (await Promise.all(top.map((r) => r.data()))).map((d) => ({
        title: stripCompoundMarks(d.meta.title ?? ''),
        content: stripCompoundMarks(d.content),
      }));
      // The words as typed and as searched (`platsen` is searched as `plats`).
      const order = rankByMatch([...new Set([...terms, ...searched.map((m) => m.search)])], pages);
      results = [...order.map((i) => top[i] as PagefindResult), ...results.slice(RERANKED)];
    }
    // Pagefind leaves pages without a date out of date-sorted results: they follow the dated ones.
    const unsorted = sort ? await pf.search(exactQuery, { filters: pagefindFilters(state.filters) }) : main;
    if (sort) {
      const seen = new Set(results.map((r) => r.id));
      results = [...results, ...unsorted.results.filter((r) => !seen.has(r.id))];
    }
    // Counts per filter value as if that filter alone were not set, so other choices stay visible.
    for (const name of Object.keys(FILTER_PARAMS)) {
      const free = state.filters[name]?.length
        ? await pf.search(exactQuery, { filters: pagefindFilters(state.filters, name) })
        : unsorted;
      counts[name] = free.filters[name] ?? {};
    }
    if (token !== sequence) return;
  }
  const suggestions = new Map<string, string>();
  // Words found exactly as typed are the site's words: no "Menade du …?" for them.
  if (matches.some((m) => !m.exact)) {
    const { words } = await loadVocabulary();
    const vocabularySet = new Set(words);
    for (const [i, t] of terms.entries()) {
      if (matches[i]?.exact) continue;
      const s = suggestionFor(t, matches[i]?.match ?? 'none', words, vocabularySet);
      if (s) suggestions.set(t, s);
    }
    if (token !== sequence) return;
  }

  // "Inga träffar på …" is said once, by the status line below; the notice gives the next step.
  const lines: (string | Node)[][] = [];
  if (unknown.length > 0 && known.length > 0) {
    const words = listInSwedish(unknown.map(quoted));
    lines.push([
      `Inga träffar på ${unknown.length === 1 ? 'ordet' : 'orden'} ${words}. Visar träffar på ${quoted(known.join(' '))}.`,
    ]);
  }
  const none = results.length === 0;
  if (suggestions.size > 0) {
    lines.push(['Menade du ', suggestionLink(suggestedQuery(terms, suggestions), state), '?']);
  } else if (none && filtered) {
    lines.push(['Ta bort ett filter för att se fler träffar.']);
  } else if (none) {
    lines.push([
      terms.length > 1
        ? 'Kontrollera stavningen, försök med färre ord eller välj bland sidorna nedan.'
        : 'Kontrollera stavningen, försök med ett annat ord eller välj bland sidorna nedan.',
    ]);
  }
  setNotice(lines);
  // Nothing found and nothing to suggest: the site's main tasks are the next step.
  tasks.hidden = !(none && suggestions.size === 0 && !filtered);
  showCounts(counts);
  list.replaceChildren();
  shown = [];
  allResults = results;
  await renderResults(results.slice(0, PAGE_SIZE), false);
  if (token !== sequence) return;
  // What the visitor typed, unless some words were left out: then the words searched for.
  const what = unknown.length === 0 || known.length === 0 ? quoted(state.q) : quoted(known.join(' '));
  status.textContent = `${hitCount(results.length)} på ${what}${filtered ? ' med valda filter' : ''}.`;
  // Results are on screen: the vocabulary (about 12 kB) now, so the next words typed are judged at once.
  loadVocabulary().catch(() => undefined);
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
  addressFilters = initial.filters;
  // The index chunks for the words in the address, side by side with Pagefind's own files.
  preloadChunksFor(parseTerms(initial.q), PAGEFIND_BASE);
  const pf = await loadPagefind();
  // Filters fold away under "Filtrera och sortera" on phones, so the results come first.
  const wide = window.matchMedia('(min-width: 50rem)');
  const openOnWideScreens = () => {
    filterDetails.open = wide.matches || filterDetails.querySelector('input:checked') !== null;
  };
  // The checkboxes are built while the first search runs (their chunks of the index load with the
  // words'); the search waits for them only where it needs them, for the counts.
  filtersReady = buildFilters(pf).then(() => {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (addressFilters?.[box.dataset.filter ?? ''] ?? []).includes(box.value);
    }
    addressFilters = undefined;
    openOnWideScreens();
    wide.addEventListener('change', openOnWideScreens);
  });
  ui.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run('push');
  });
  input.addEventListener('input', later);
  filterBox.addEventListener('change', () => {
    clearTimeout(timer);
    void run('push');
  });
  more.addEventListener('click', () => {
    void renderResults(allResults.slice(shown.length, shown.length + PAGE_SIZE), true);
  });
  window.addEventListener('popstate', () => {
    showState(stateFromUrl(location.search));
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
