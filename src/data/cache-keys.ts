/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs).
 * A prerendered path that returns a `cacheKey` from `getStaticPaths()` is copied from the previous
 * build's output instead of rendered when its key, its template code (Astro hashes the module
 * graph) and the config are unchanged. So a key must change whenever anything the page shows
 * changes: a key that misses something serves a stale page. Routes without a key (the start page,
 * feeds, the search page, other languages, documents…) are rendered in every build.
 *
 * Every key starts with `layoutDigest()`: every entry of every collection except those a key names
 * on its own (press releases, pages, contacts, the press room's and the search's settings), so
 * site settings, languages, translations, warnings, documents and any collection added later are
 * in every key; plus the warning the build clock makes active and the uploaded files (pages print
 * their sizes and scale their images). Then each route adds what its pages show:
 *
 * - a press release: its own entry (its file's digest, mixed with the content model's code digest
 *   in `src/content.config.ts`), the contacts it names and the press room's settings with only the
 *   topics it shows (so renaming one topic re-renders only the releases with that topic);
 * - a page: its own entry, its contact and the fields (not bodies) of all pages (section hubs list
 *   titles and summaries; a body's components may show another page, as the graffiti form links the
 *   privacy page);
 * - a press room list: the releases on it, everything else it shows as plain data (filter counts,
 *   paging), the press room's settings and the press contacts.
 *
 * The build clock decides which releases are published (the set of paths, and the lists' keys
 * through the releases on them) and which warning is active (in the layout digest); nothing else
 * on a keyed page depends on it. The search settings (synonyms) reach only the search index, whose
 * cache has its own key (`src/search/index-cache.ts`). The search index's tag is in no page as
 * rendered: the search-index integration stamps it into every page after the build.
 */

import { type CollectionEntry, getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../config/site.ts';
import { COLLECTIONS, FILES_FOLDER, SINGLETONS, singletonCollectionName } from '../content-model/index.ts';
import { getPressSettings } from './settings.ts';
import { getActiveWarning } from './warnings.ts';

/** Collections that keys cover one entry at a time (or not at all: the search settings); the rest are in every key. */
const KEYED_SEPARATELY = new Set([
  'pressmeddelanden',
  'sidor',
  'kontakter',
  'installningar-pressrum',
  'installningar-sok',
]);

type Hash = ReturnType<typeof createHash>;
const sha = () => createHash('sha256');

/** Every file under `dir` (relative path, bytes), in a stable order. */
function hashFolder(hash: Hash, dir: string, rel = ''): void {
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, child)).isDirectory()) hashFolder(hash, dir, child);
    else
      hash
        .update(`file ${child}\n`)
        .update(readFileSync(path.join(dir, child)))
        .update('\n');
  }
}

interface Digested {
  id: string;
  digest?: string | number | undefined;
}

function entryLine(collection: string, entry: Digested | undefined, id = entry?.id): string {
  if (!entry) return `${collection}/${id} missing\n`;
  // Every loader the site uses (the glob loader) sets a digest; without one a key could not see a
  // change, so the build stops rather than cache blindly.
  if (!entry.digest) throw new Error(`Incremental build: ${collection}/${entry.id} has no digest`);
  return `${collection}/${entry.id} ${entry.digest}\n`;
}

let layout: Promise<string> | undefined;

/** The digest of what every page may show besides the separately keyed collections. */
export function layoutDigest(): Promise<string> {
  layout ??= (async () => {
    const hash = sha();
    const names = [...COLLECTIONS.map((c) => c.name), ...SINGLETONS.map(singletonCollectionName)]
      .filter((name) => !KEYED_SEPARATELY.has(name))
      .sort();
    for (const name of names) {
      // biome-ignore lint/suspicious/noExplicitAny: the names come from the content model, each a collection
      const entries = (await getCollection(name as any)) as Digested[];
      for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) hash.update(entryLine(name, entry));
    }
    hash.update(`active warning ${(await getActiveWarning())?.id ?? '-'}\n`);
    const uploads = path.join(contentDir(), FILES_FOLDER);
    if (existsSync(uploads)) hashFolder(hash, uploads);
    return hash.digest('hex');
  })();
  return layout;
}

let contacts: Promise<Map<string, Digested>> | undefined;

function contactsById(): Promise<Map<string, Digested>> {
  contacts ??= getCollection('kontakter').then((all) => new Map(all.map((c) => [c.id, c])));
  return contacts;
}

async function contactLines(ids: readonly string[]): Promise<string> {
  const byId = await contactsById();
  return ids.map((id) => entryLine('kontakter', byId.get(id), id)).join('');
}

let pageFields: Promise<string> | undefined;

/** The digest of every page's fields (not its body). */
function pageFieldsDigest(): Promise<string> {
  pageFields ??= (async () => {
    const hash = sha();
    const pages = await getCollection('sidor');
    for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
      hash.update(`${page.id} ${JSON.stringify(page.data)}\n`);
    }
    return hash.digest('hex');
  })();
  return pageFields;
}

/** The key of a press release's own page. */
export async function releaseCacheKey(release: CollectionEntry<'pressmeddelanden'>): Promise<string> {
  const press = await getPressSettings();
  const topics = release.data.topics ?? [];
  const shownSettings = { ...press, topics: press.topics.filter((t) => topics.includes(t.id)) };
  return sha()
    .update(await layoutDigest())
    .update(entryLine('pressmeddelanden', release))
    .update(await contactLines(release.data.contacts ?? []))
    .update(JSON.stringify(shownSettings))
    .digest('hex');
}

/** The key of a content page, or of a section hub (which shows the fields of the pages in it). */
export async function pageCacheKey(page: CollectionEntry<'sidor'> | { section: string }): Promise<string> {
  const hash = sha()
    .update(await layoutDigest())
    .update(await pageFieldsDigest());
  if ('section' in page) return hash.update(`section ${page.section}\n`).digest('hex');
  return hash
    .update(entryLine('sidor', page))
    .update(await contactLines(page.data.contact ? [page.data.contact] : []))
    .digest('hex');
}

/**
 * The key of a press room list page: the releases it lists (each release's digest covers what the
 * list shows of it), everything else it shows as plain data (`shown`), the press room's settings
 * and every contact (the press contacts are listed).
 */
export async function listingCacheKey(shown: unknown, releases: readonly Digested[]): Promise<string> {
  const hash = sha()
    .update(await layoutDigest())
    .update(JSON.stringify(await getPressSettings()))
    .update(await contactLines([...(await contactsById()).keys()].sort()));
  for (const release of releases) hash.update(entryLine('pressmeddelanden', release));
  return hash.update(JSON.stringify(shown)).digest('hex');
}
