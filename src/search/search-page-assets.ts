/**
 * The search page's own scripts (and the modules they import) and styles, as its built HTML names them (`/_astro/…`, hashed
 * names, cached for a year). The header's warm-up (`warm-up.ts`, its only importer in the
 * browser) reads them from `/sok/` when a search field gets focus and has the browser fetch them,
 * so after Enter the search page waits only for its HTML. A build test checks the pattern still
 * finds them in the built page.
 */
const ASSET =
  /<(?:script\b[^>]*\bsrc|link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref)="(\/_astro\/[^"]+\.(?:js|css))"/g;

/** The `/_astro/` scripts and style sheets an HTML page loads, in order, each once. */
export function searchPageAssets(html: string): string[] {
  return [...new Set([...html.matchAll(ASSET)].map((m) => m[1] as string))];
}
