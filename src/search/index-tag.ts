/**
 * Stamps the search index's tag into a built site's pages (see `UNSTAMPED_SEARCH_INDEX_TAG`): the
 * header form's `data-search-index` on every page and the search page's preload of
 * `pagefind-entry.json?ts=<tag>`. The tag is a digest of the entry file, which names the index's
 * files by their content hashes: it changes exactly when the index does, a clean and an incremental
 * build of the same content get the same tag, and a browser's cached entry file (kept for a year at
 * its tagged address, netlify.toml) always belongs to the index it was fetched with.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pagefindEntryUrl, TAG_ATTRIBUTE, UNSTAMPED_SEARCH_INDEX_TAG } from './engine-files.ts';

/** The tag of the index in `siteDir/pagefind/`. */
export function searchIndexTagOf(siteDir: string): string {
  const entry = readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'));
  return createHash('sha256').update(entry).digest('hex').slice(0, 12);
}

/** Replaces the unstamped tag in every HTML file of `siteDir`; returns how many files carried it. */
export function stampSearchIndexTag(siteDir: string, tag: string): number {
  const replacements: [string, string][] = [
    [`${TAG_ATTRIBUTE}="${UNSTAMPED_SEARCH_INDEX_TAG}"`, `${TAG_ATTRIBUTE}="${tag}"`],
    [pagefindEntryUrl(UNSTAMPED_SEARCH_INDEX_TAG), pagefindEntryUrl(tag)],
  ];
  let stamped = 0;
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const full = path.join(siteDir, file);
    const html = readFileSync(full, 'utf8');
    if (!html.includes(UNSTAMPED_SEARCH_INDEX_TAG)) continue;
    let out = html;
    for (const [from, to] of replacements) out = out.replaceAll(from, to);
    if (out !== html) {
      writeFileSync(full, out);
      stamped++;
    }
  }
  return stamped;
}
