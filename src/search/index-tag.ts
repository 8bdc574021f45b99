/**
 * Stamps the search index's tag into a built site's pages (see `UNSTAMPED_SEARCH_INDEX_TAG`): the
 * header form's `data-search-index` on every page and the search page's preload of
 * `pagefind-entry.json?ts=<tag>`. The tag is a digest of the entry file, which names the index's
 * files by their content hashes: it changes exactly when the index does, a clean and an incremental
 * build of the same content get the same tag, and a browser's cached entry file (kept for a year at
 * its tagged address, netlify.toml) always belongs to the index it was fetched with.
 *
 * The placeholder is as long as a tag, so a page whose placeholders the build located when it read
 * the page for the index (`UnstampedTagLocations`) is stamped by writing the tag over those bytes:
 * no second read and rewrite of every page.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import {
  pagefindEntryUrl,
  SEARCH_INDEX_TAG_LENGTH,
  TAG_ATTRIBUTE,
  UNSTAMPED_SEARCH_INDEX_TAG,
} from './engine-files.ts';

/** The tag of the index in `siteDir/pagefind/`. */
export function searchIndexTagOf(siteDir: string): string {
  const entry = readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'));
  return createHash('sha256').update(entry).digest('hex').slice(0, SEARCH_INDEX_TAG_LENGTH);
}

/** Where the placeholder stands in a page: the attribute and the entry file's address, as rendered. */
const placed = (tag: string): string[] => [`${TAG_ATTRIBUTE}="${tag}"`, pagefindEntryUrl(tag)];
const MARKERS = placed(UNSTAMPED_SEARCH_INDEX_TAG).map((text) => ({
  bytes: Buffer.from(text),
  tagAt: Buffer.byteLength(text.slice(0, text.lastIndexOf(UNSTAMPED_SEARCH_INDEX_TAG))),
}));
const PLACEHOLDER = Buffer.from(UNSTAMPED_SEARCH_INDEX_TAG);

/** The byte offsets of each placeholder in the pages of a site, as the build read them. */
export class UnstampedTagLocations {
  readonly #offsets = new Map<string, number[]>();

  /** Notes where `bytes`, the page `file` (relative to the site folder) as read, carries the placeholder. */
  note(file: string, bytes: Buffer): void {
    const offsets: number[] = [];
    for (const { bytes: marker, tagAt } of MARKERS) {
      for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + marker.length)) {
        offsets.push(at + tagAt);
      }
    }
    this.#offsets.set(path.normalize(file), offsets);
  }

  /** Forgets a page that was rewritten after it was read: it is stamped by reading it again. */
  forget(file: string): void {
    this.#offsets.delete(path.normalize(file));
  }

  get(file: string): readonly number[] | undefined {
    return this.#offsets.get(path.normalize(file));
  }
}

/**
 * Writes `tag` over the placeholders at `offsets` of the file, after checking that each still holds
 * the placeholder; false (and nothing written) when one does not.
 */
function stampInPlace(file: string, offsets: readonly number[], tag: Buffer): boolean {
  const fd = openSync(file, 'r+');
  try {
    const seen = Buffer.alloc(PLACEHOLDER.length);
    for (const at of offsets) {
      if (readSync(fd, seen, 0, seen.length, at) !== seen.length || !seen.equals(PLACEHOLDER)) return false;
    }
    for (const at of offsets) writeSync(fd, tag, 0, tag.length, at);
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces the unstamped tag in every HTML file of `siteDir`; returns how many files carried it and
 * how many of them were stamped in place. Pages in `located` are stamped in place; any other page
 * (or one changed since it was located) is read and rewritten.
 */
export function stampSearchIndexTag(
  siteDir: string,
  tag: string,
  located?: UnstampedTagLocations,
): { pages: number; inPlace: number } {
  if (tag.length !== SEARCH_INDEX_TAG_LENGTH)
    throw new Error(`A search index tag has ${SEARCH_INDEX_TAG_LENGTH} characters: ${tag}`);
  const replacements = placed(UNSTAMPED_SEARCH_INDEX_TAG).map((from, i) => [from, placed(tag)[i] as string] as const);
  const tagBytes = Buffer.from(tag);
  let stamped = 0;
  let inPlace = 0;
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const full = path.join(siteDir, file);
    const offsets = located?.get(file);
    if (offsets !== undefined && stampInPlace(full, offsets, tagBytes)) {
      if (offsets.length > 0) {
        stamped++;
        inPlace++;
      }
      continue;
    }
    const html = readFileSync(full, 'utf8');
    if (!html.includes(UNSTAMPED_SEARCH_INDEX_TAG)) continue;
    let out = html;
    for (const [from, to] of replacements) out = out.replaceAll(from, to);
    if (out !== html) {
      writeFileSync(full, out);
      stamped++;
    }
  }
  return { pages: stamped, inPlace };
}
