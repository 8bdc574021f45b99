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

/** Where the tag stands in a page: the attribute and the entry file's address, as rendered. */
const placed = (tag: string): string[] => [`${TAG_ATTRIBUTE}="${tag}"`, pagefindEntryUrl(tag)];
const PLACEHOLDER = Buffer.from(UNSTAMPED_SEARCH_INDEX_TAG);
/** What comes before the tag in each place, and after it. */
const MARKERS = placed(UNSTAMPED_SEARCH_INDEX_TAG).map((text) => {
  const at = text.lastIndexOf(UNSTAMPED_SEARCH_INDEX_TAG);
  return { before: Buffer.from(text.slice(0, at)), after: text.slice(at + UNSTAMPED_SEARCH_INDEX_TAG.length) };
});
/** A tag an earlier build stamped (a page the build kept from it, `src/integrations/kept-output.ts`). */
const STAMPED = /^[0-9a-f]+$/;
const isTag = (value: Buffer) => value.equals(PLACEHOLDER) || STAMPED.test(value.toString('latin1'));

/**
 * Where each page of a site carries the tag (the placeholder, or the tag of the build that left
 * the page in the output folder), in bytes, as the build read the page.
 */
export class UnstampedTagLocations {
  readonly #pages = new Map<string, { offsets: number[]; found: Buffer[] }>();

  /**
   * Notes where `bytes`, the page `file` (relative to the site folder) as read, carries the tag,
   * and puts the placeholder back in `bytes` where an earlier build's tag stands, so the caller
   * reads the page as Astro rendered it.
   */
  note(file: string, bytes: Buffer): void {
    const offsets: number[] = [];
    const found: Buffer[] = [];
    for (const { before, after } of MARKERS) {
      for (let at = bytes.indexOf(before); at >= 0; at = bytes.indexOf(before, at + before.length)) {
        const start = at + before.length;
        const value = bytes.subarray(start, start + PLACEHOLDER.length);
        const next = bytes.toString('latin1', start + PLACEHOLDER.length, start + PLACEHOLDER.length + after.length);
        if (value.length !== PLACEHOLDER.length || !isTag(value) || next !== after) continue;
        offsets.push(start);
        found.push(Buffer.from(value));
        PLACEHOLDER.copy(bytes, start);
      }
    }
    this.#pages.set(path.normalize(file), { offsets, found });
  }

  /** Forgets a page that was rewritten after it was read: it is stamped by reading it again. */
  forget(file: string): void {
    this.#pages.delete(path.normalize(file));
  }

  /** The byte offsets of the tag in the page, and what stood there when it was read. */
  get(file: string): { offsets: readonly number[]; found: readonly Buffer[] } | undefined {
    return this.#pages.get(path.normalize(file));
  }
}

/**
 * Writes `tag` at `offsets` of the file, after checking that each still holds what stood there
 * when the page was read; false (and nothing written) when one does not.
 */
function stampInPlace(
  file: string,
  at: { offsets: readonly number[]; found: readonly Buffer[] },
  tag: Buffer,
): boolean {
  const fd = openSync(file, 'r+');
  try {
    const seen = Buffer.alloc(PLACEHOLDER.length);
    for (const [i, offset] of at.offsets.entries()) {
      if (readSync(fd, seen, 0, seen.length, offset) !== seen.length || !seen.equals(at.found[i] as Buffer)) {
        return false;
      }
    }
    for (const offset of at.offsets) writeSync(fd, tag, 0, tag.length, offset);
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `tag` over the placeholder (or an earlier build's tag) in every HTML file of `siteDir`;
 * returns how many files carried one and how many of them were stamped in place. Pages in
 * `located` are stamped in place; any other page (or one changed since it was located) is read and
 * rewritten.
 */
export function stampSearchIndexTag(
  siteDir: string,
  tag: string,
  located?: UnstampedTagLocations,
): { pages: number; inPlace: number } {
  if (tag.length !== SEARCH_INDEX_TAG_LENGTH)
    throw new Error(`A search index tag has ${SEARCH_INDEX_TAG_LENGTH} characters: ${tag}`);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The placeholder, or an earlier build's tag, in either place.
  const anyTag = `(?:${literal(UNSTAMPED_SEARCH_INDEX_TAG)}|[0-9a-f]{${SEARCH_INDEX_TAG_LENGTH}})`;
  const replacements = MARKERS.map(
    ({ before, after }, i) =>
      [new RegExp(`${literal(before.toString())}${anyTag}${literal(after)}`, 'g'), placed(tag)[i] as string] as const,
  );
  const tagBytes = Buffer.from(tag);
  let stamped = 0;
  let inPlace = 0;
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const full = path.join(siteDir, file);
    const at = located?.get(file);
    if (at !== undefined && stampInPlace(full, at, tagBytes)) {
      if (at.offsets.length > 0) {
        stamped++;
        inPlace++;
      }
      continue;
    }
    const html = readFileSync(full, 'utf8');
    if (!replacements.some(([from]) => new RegExp(from.source).test(html))) continue;
    stamped++;
    const out = replacements.reduce((text, [from, to]) => text.replace(from, to), html);
    // Unchanged when a page kept from the last build already carries this index's tag.
    if (out !== html) writeFileSync(full, out);
  }
  return { pages: stamped, inPlace };
}
