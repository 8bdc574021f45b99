/**
 * What the browser gates visit: every URL in the built sitemap, the search page with a query, and
 * an address that does not exist (the server answers it with the 404 page). Never a hand list.
 */
import { sitemapPaths } from './dist.ts';

/** A query the search page is opened with; a word the seed content uses on many pages. */
export const SEARCH_QUERY = 'trygghet';
/** A path nothing is built at, so the server answers 404.html. */
export const MISSING_PATH = '/den-har-sidan-finns-inte/';

/**
 * How long to wait on a page: until the network is idle where scripts fetch after load (the search
 * page loads its index and WebAssembly then), else until the load event.
 */
export function settleOn(urlPath: string): 'load' | 'networkidle' {
  return urlPath === '/sok/' || urlPath.startsWith('/sok/?') ? 'networkidle' : 'load';
}

/**
 * Pages a crawl has open at once, each in its own browser context: one page's waits (the network
 * going idle, late requests) overlap another's work, and both cores of the machine are used.
 */
export const CRAWL_CONCURRENCY = 3;

/**
 * `visitOne` over `items`, at most `limit` at a time; the results in the items' order. `lane`
 * (0 … limit − 1) says which of the `limit` sequences an item runs in: items of one lane never
 * overlap, so a lane can keep one browser page for all its items.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  visitOne: (item: T, lane: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (lane: number) => {
    for (let i = next++; i < items.length; i = next++) results[i] = await visitOne(items[i] as T, lane);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, lane) => worker(lane)));
  return results;
}

export function pagesToVisit(dist: string): string[] {
  const paths = sitemapPaths(dist);
  if (paths.length === 0) throw new Error(`${dist}: the sitemap lists no pages`);
  return [...paths, `/sok/?q=${encodeURIComponent(SEARCH_QUERY)}`, MISSING_PATH];
}
