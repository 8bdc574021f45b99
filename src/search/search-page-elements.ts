/**
 * The search page's elements (`src/pages/sok.astro`), found once by id; a missing one is an error
 * naming it, not a silently dead page.
 */
import type { SearchElements } from './search-view.ts';

export function searchPageElements() {
  const $ = <T extends HTMLElement>(id: string): T => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`#${id} missing`);
    return el as T;
  };
  const view: SearchElements = {
    list: $<HTMLOListElement>('search-results'),
    more: $<HTMLButtonElement>('search-more'),
    notice: $<HTMLElement>('search-notice'),
    filterBox: $<HTMLElement>('search-filters'),
    filterDetails: $<HTMLDetailsElement>('search-filter-details'),
    layout: $<HTMLElement>('search-layout'),
  };
  return {
    form: $<HTMLFormElement>('search-page-form'),
    input: $<HTMLInputElement>('page-search'),
    ui: $<HTMLElement>('search-ui'),
    status: $<HTMLElement>('search-status'),
    resultsArea: $<HTMLElement>('search-results-area'),
    sortSelect: $<HTMLSelectElement>('search-sort'),
    allPages: $<HTMLElement>('all-pages'),
    tasks: $<HTMLElement>('search-tasks'),
    noScript: $<HTMLElement>('search-no-script'),
    view,
  };
}
