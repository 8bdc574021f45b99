/**
 * Driving the real search page in Chromium: open `/sok/?q=…` as a visitor would (from a link or
 * the header form) and read what the page shows once the search has settled.
 */
import type { Page } from 'playwright-core';

export interface SearchOutcome {
  /** The live region's text, e.g. `3 träffar på ”klotter”.` */
  status: string;
  /** The notice about words without hits and "Menade du …?", or '' when none. */
  notice: string;
  /** The "Menade du …?" link's text, if any. */
  suggestion: string | undefined;
  /** Result URLs (paths), in order, first page of results. */
  urls: string[];
  titles: string[];
  excerpts: string[];
}

export async function readOutcome(page: Page): Promise<SearchOutcome> {
  // Settled: the newest search has drawn its results (the page marks the area busy until then).
  await page.waitForFunction(
    () =>
      (document.getElementById('search-status')?.textContent ?? '') !== '' &&
      document.getElementById('search-results-area')?.getAttribute('aria-busy') === 'false',
  );
  return page.evaluate(() => {
    const notice = document.getElementById('search-notice');
    const items = [...document.querySelectorAll('#search-results > li')];
    return {
      status: document.getElementById('search-status')?.textContent ?? '',
      notice: notice && !notice.hidden ? (notice.textContent ?? '') : '',
      suggestion: notice && !notice.hidden ? (notice.querySelector('a')?.textContent ?? undefined) : undefined,
      urls: items.map((li) => new URL(li.querySelector('a')?.href ?? '', location.href).pathname),
      titles: items.map((li) => li.querySelector('h2')?.textContent ?? ''),
      excerpts: items.map((li) => li.querySelector('p:not(.meta)')?.innerHTML ?? ''),
    };
  });
}

export async function search(page: Page, baseUrl: string, query: string): Promise<SearchOutcome> {
  await page.goto(`${baseUrl}/sok/?q=${encodeURIComponent(query)}`);
  return readOutcome(page);
}
