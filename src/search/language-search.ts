/**
 * The search page of a language (`/en/sok/`, `src/pages/[lang]/sok.astro`): searches the pages in
 * the page's language only. Pagefind keeps one index per `lang` and opens the one of the page it
 * runs on (`<html lang="en">`), so the engine is the Swedish search page's (`engine.ts`), unchanged.
 * The texts come from the language settings, through the page's `data-texts`. The Swedish
 * search's extras (synonyms, compounds, "Menade du …?", filters) are Swedish and are not used here.
 */
import { loadPagefind } from './engine.ts';
import { resultItem } from './search-view.ts';

interface Texts {
  empty: string;
  none: string;
  results: string;
  failed: string;
}

/** Most results shown. */
const MAX_RESULTS = 20;

const root = document.querySelector<HTMLElement>('[data-language-search]');
if (root) void run(root);

async function run(root: HTMLElement): Promise<void> {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const lang = document.documentElement.lang;
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const swedish = root.querySelector<HTMLAnchorElement>('[data-search-swedish]');
  const input = document.querySelector<HTMLInputElement>('#language-search');
  const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
  if (!status || !list) return;
  if (input) input.value = query;
  // The link's address is the Swedish search page's (rendered from the URL map); the query is added.
  if (swedish && query !== '') swedish.href = `${swedish.getAttribute('href')}?q=${encodeURIComponent(query)}`;
  if (query === '') {
    status.textContent = texts.empty;
    return;
  }
  root.setAttribute('aria-busy', 'true');
  try {
    const pagefind = await loadPagefind();
    const response = await pagefind.search(query);
    const results = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...results.map((data) => resultItem(data).item));
    status.textContent =
      results.length === 0
        ? texts.none
        : `${texts.results} ${new Intl.NumberFormat(lang).format(response.results.length)}`;
  } catch {
    status.textContent = texts.failed;
  } finally {
    root.removeAttribute('aria-busy');
  }
}
