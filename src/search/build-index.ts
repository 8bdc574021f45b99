/**
 * Builds the search index of a built site: every page whose `<main>` carries
 * `data-pagefind-body` (indexable pages; drafts and embargoed entries are never built, so never
 * indexed), handed to Pagefind's Node API with Swedish compounds marked (`mark-compounds.ts`),
 * plus the site's vocabulary for "Menade du …?" at `/sok/ordlista.json`. Each page's copy also gets
 * the editors' synonyms of the words it uses (`synonyms.ts`), as metadata.
 *
 * Why `addHTMLFile` rather than `addDirectory` or the CLI: the indexer must see a rewritten copy
 * of each page (compound marks) while the page on disk stays as it is. Why not `addCustomRecord`:
 * it would lose what Pagefind reads from the HTML (headings for sub-results, meta, filters, sort
 * and weighting from the templates' attributes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { CACHE_ROOT } from '../config/site.ts';
import { VOCABULARY_PATH as VOCABULARY_URL_PATH } from '../lib/urls.ts';
import { SearchIndexCache } from './index-cache.ts';
import { removeUnusedIndexFiles } from './index-files.ts';
import type { UnstampedTagLocations } from './index-tag.ts';
import { indexerCopy, indexWorkOf } from './page-index-work.ts';
import { PagefindFeed } from './pagefind-feed.ts';
import {
  dictionaryUsed,
  keepDictionaryCache,
  swedishCompoundSplitter,
  swedishInflector,
} from './swedish-dictionary.ts';
import { SYNONYMS_PATH, type Synonym, type SynonymsFile } from './synonyms.ts';
import { unindexedForms, VocabularyCounter, type VocabularyFile } from './vocabulary.ts';

/**
 * Pagefind's ready-made interfaces (Default, Modular and Component UI, highlighting), which the
 * site does not use: its own page drives the JS API. Removed from the output so they are not
 * deployed (about 430 kB).
 */
export const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Where the vocabulary goes, relative to the site root. */
export const VOCABULARY_PATH = VOCABULARY_URL_PATH.slice(1);

export interface IndexStats {
  pages: number;
  compoundsMarked: number;
  /** Synonyms given to pages (one per page and synonym). */
  synonymsAdded: number;
  vocabularyWords: number;
  /** Inflected forms in the vocabulary that Pagefind's stemmer does not match. */
  vocabularyForms: number;
  /** Loading the dictionary and splitting compounds, in ms. */
  splitMs: number;
  /** Pagefind's indexing and writing, in ms: after the last page's work, and waiting for it before. */
  pagefindMs: number;
  /** Pages (and the vocabulary's forms) whose work came from the cache of an earlier build. */
  cachedPages: number;
  /** Where the dictionary's standalone words came from, if a word needed them. */
  dictionary: ReturnType<typeof dictionaryUsed>;
}

/** The site's HTML files, relative to `dir` (with `/`), sorted. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

/** `est/index.html` → `/est/`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The synonyms the build wrote from the settings, or none when the file is not there. */
function readSynonyms(siteDir: string): Synonym[] {
  const file = path.join(siteDir, SYNONYMS_PATH);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as SynonymsFile).synonyms;
}

/** Pagefind's setting of how many word locations go into one chunk of the index (its default: 20,000). */
export const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Word locations per chunk of the index, for a site of `pages` HTML files: bigger chunks make the
 * search page's chunk table (`preload-meta.ts`) and Pagefind's metadata smaller, smaller ones the
 * chunks a first search loads. So it grows with the square root of the site, from 2,000 up to
 * Pagefind's default (20,000). Measured over every word of the site's vocabulary (the chunks
 * Pagefind loads for it, on average): 5,000 generated pages 25.4 kB with 20,000 locations, 19.7
 * with 12,000, 15.0 with 8,000 (metadata and table +3.6 kB gzip), 14.7 with 6,000; 1,000 pages
 * 11.1 kB with 10,900, 5.2 with 3,600; real site 5.0 / 3.6 kB with 3,000 / 2,000 locations.
 */
export function indexChunkSize(pages: number): number {
  return Math.min(20_000, Math.max(2_000, Math.round(100 * Math.sqrt(pages))));
}

/** Pagefind's indexer (a service process it starts), with the chunk size for a site of `pages` files. */
async function createIndex(pages: number): Promise<pagefind.PagefindIndex> {
  // Read by Pagefind's binary (no other way in through the Node API), inherited by its service.
  const before = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] ??= String(indexChunkSize(pages));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return index;
  } finally {
    if (before === undefined) delete process.env[CHUNK_SIZE_ENV];
  }
}

/** The vocabulary's file: its words, most frequent first, and their forms Pagefind does not find. */
function vocabularyFile(vocabulary: VocabularyCounter, cache: SearchIndexCache, cacheDir?: string): VocabularyFile {
  const file = vocabulary.toFile();
  file.forms = cache.forms(file.words, () =>
    unindexedForms(
      file.words,
      cache.inflector((word) => swedishInflector(cacheDir && CACHE_ROOT)(word)),
    ),
  );
  return file;
}

/**
 * `tagLocations`, when given, notes where each HTML file read here carries the index tag's
 * placeholder, so the tag can be stamped afterwards without reading every page again.
 */
export async function buildSearchIndex(
  siteDir: string,
  cacheDir?: string,
  tagLocations?: UnstampedTagLocations,
): Promise<IndexStats> {
  let splitMs = 0;
  let pagefindMs = 0;
  const vocabulary = new VocabularyCounter();
  const files = htmlFiles(siteDir);
  const index = await createIndex(files.length);
  let pages = 0;
  let compoundsMarked = 0;
  let synonymsAdded = 0;
  const synonyms = readSynonyms(siteDir);
  const cache = new SearchIndexCache(cacheDir, JSON.stringify(synonyms));
  // The dictionary (about 3 s to load) is loaded only for a word no earlier build looked up, on a
  // page whose work is not in the cache (`index-cache.ts`). Its list of accepted words depends on
  // the installed dictionary only, so all content folders share it (`CACHE_ROOT`).
  let splitter: ReturnType<typeof swedishCompoundSplitter> | undefined;
  const split = cache.splitter((word) => {
    splitter ??= swedishCompoundSplitter(cacheDir && CACHE_ROOT);
    return splitter(word);
  });
  // Worked out while Pagefind writes the index (below); empty only if that failed, which throws.
  let vocabularyOut: VocabularyFile = { words: [] };
  try {
    const feed = new PagefindFeed(index);
    for (const file of files) {
      const bytes = readFileSync(path.join(siteDir, file));
      tagLocations?.note(file, bytes);
      const page = bytes.toString('utf8');
      if (!/<main\b[^>]*data-pagefind-body/.test(page)) continue;
      // Pages in other languages (`/en/…`) go to Pagefind as they are, into their language's
      // index: the synonyms, compounds and vocabulary are Swedish (lättläst pages are `sv`).
      if (!/<html\b[^>]*\blang="sv"/.test(page)) {
        pages++;
        await feed.add({ url: urlOf(file), content: indexerCopy(page) });
        continue;
      }
      const t0 = performance.now();
      const work = cache.page(page, () => indexWorkOf(page, synonyms, split));
      vocabulary.addCounts(work.words);
      splitMs += performance.now() - t0;
      synonymsAdded += work.synonymsAdded;
      compoundsMarked += work.compoundsMarked;
      pages++;
      await feed.add({ url: urlOf(file), content: work.html });
    }
    const t1 = performance.now();
    await feed.done();
    const outputPath = path.join(siteDir, 'pagefind');
    const writing = index.writeFiles({ outputPath });
    // While Pagefind's own process compresses and writes the index (about 1 s at 1,000 pages, this
    // thread idle), once the request is on its way: the vocabulary's forms and the dictionary's list.
    await new Promise((resolve) => setImmediate(resolve));
    const t2 = performance.now();
    vocabularyOut = vocabularyFile(vocabulary, cache, cacheDir);
    splitMs += performance.now() - t2;
    keepDictionaryCache();
    const t3 = performance.now();
    const written = await writing;
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath)) {
      if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(path.join(outputPath, name));
    }
    // Files of the last build's index that Pagefind found in place and did not write again, but
    // that this index no longer uses (`index-files.ts`).
    removeUnusedIndexFiles(outputPath);
    pagefindMs = feed.waitedMs + t2 - t1 + performance.now() - t3;
  } finally {
    await pagefind.close();
  }
  // Once more, for a dictionary built only for the vocabulary's forms.
  keepDictionaryCache();
  cache.saveWords();
  cache.prune();
  mkdirSync(path.join(siteDir, path.dirname(VOCABULARY_PATH)), { recursive: true });
  writeFileSync(path.join(siteDir, VOCABULARY_PATH), JSON.stringify(vocabularyOut));
  return {
    pages,
    compoundsMarked,
    synonymsAdded,
    vocabularyWords: vocabularyOut.words.length,
    vocabularyForms: Object.keys(vocabularyOut.forms ?? {}).length,
    splitMs: Math.round(splitMs),
    pagefindMs: Math.round(pagefindMs),
    cachedPages: cache.hits,
    dictionary: dictionaryUsed(),
  };
}
