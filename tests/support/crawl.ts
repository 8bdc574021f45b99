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
  return urlPath.startsWith('/sok/') ? 'networkidle' : 'load';
}

export function pagesToVisit(dist: string): string[] {
  const paths = sitemapPaths(dist);
  if (paths.length === 0) throw new Error(`${dist}: the sitemap lists no pages`);
  return [...paths, `/sok/?q=${encodeURIComponent(SEARCH_QUERY)}`, MISSING_PATH];
}
