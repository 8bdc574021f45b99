/**
 * The search page's last preloads, known only once the index is written, after the pages are:
 * Pagefind's metadata file (`pagefind.<hash>.pf_meta`) and the chunks of the index a first search
 * needs, added to the built `/sok/` page right after the entry file's preload, so the page's
 * script (`quick-search.ts`) and Pagefind find them in the cache instead of asking for each only
 * after the one before (a round trip less each on a cold search). The word chunks: when the index has one chunk, preloaded too;
 * otherwise the page gets the table of chunks (`index-chunks.ts`), and its script preloads the
 * ones the query in the address needs. The filters' chunks are not preloaded: a first search
 * without filters shows its results without them, and the page fetches them for the counts after
 * (`search-page.ts`; 19 kB at 5,000 pages that no longer share the slow link with the index).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { decode } from 'cborg';
import { CHUNK_PRELOAD_SCRIPT } from './chunk-preload-inline.ts';
import {
  FORMS_ON_SITE_ATTRIBUTE,
  PAGEFIND_BASE,
  PAGEFIND_WASM_URL,
  pagefindEntryUrl,
  UNSTAMPED_SEARCH_INDEX_TAG,
} from './engine-files.ts';
import { INDEX_CHUNKS_ID, type IndexChunk } from './index-chunks.ts';
import { formsOnSite, type VocabularyFile } from './vocabulary.ts';

const ZOPFLI_VERSION = (createRequire(import.meta.url)('@gfx/zopfli/package.json') as { version: string }).version;
const preloadLink = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;

/** What the search page reads from Pagefind's metadata: the index's chunks and the filters' chunks. */
export interface PagefindChunks {
  index: IndexChunk[];
  filters: string[];
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Reads Pagefind 1.6's metadata file: gzip, then the signature `pagefind_dcd`, then CBOR
 * `[version, pages, index chunks [from, to, hash], filters [name, hash], sorts]`. Fails the build,
 * naming the file, if the shape is not that (a new Pagefind version changed it).
 */
export function readPagefindMeta(file: string): PagefindChunks {
  const raw = gunzipSync(readFileSync(file));
  const signature = 'pagefind_dcd';
  if (raw.subarray(0, signature.length).toString('utf8') !== signature) {
    throw new Error(`${file}: not Pagefind metadata (no ${signature} signature)`);
  }
  const meta = decode(raw.subarray(signature.length)) as unknown;
  const [, , chunks, filters] = Array.isArray(meta) ? meta : [];
  const index = Array.isArray(chunks) ? chunks : undefined;
  const filterList = Array.isArray(filters) ? filters : undefined;
  if (
    !index?.every((c) => Array.isArray(c) && c.length === 3 && c.every(isString)) ||
    !filterList?.every((f) => Array.isArray(f) && f.length === 2 && f.every(isString))
  ) {
    throw new Error(`${file}: Pagefind's metadata is not shaped as Pagefind 1.6 writes it (index chunks, filters)`);
  }
  return {
    index: index.map((c) => [c[0], c[1], c[2]] as const),
    filters: filterList.map((f) => f[1] as string),
  };
}

/** A cached packing of `content`, if there is one and it unpacks to `content` (else a damaged entry). */
function fromCache(file: string, content: Buffer): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  const packed = readFileSync(file);
  try {
    return gunzipSync(packed).equals(content) ? packed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compresses one of Pagefind's files again with Zopfli (a gzip encoder that searches much harder
 * than zlib for the smallest output) when that is smaller; returns the bytes saved. For the files
 * every cold search downloads whole before its first results: the WebAssembly (57.6 → 54.9 kB) and
 * the metadata (48.4 → 43.0 kB at 5,000 pages, its list of page hashes; Pagefind writes both
 * about as small as zlib can, so zlib's level 9 gains nothing). Not the index chunks, filters and
 * excerpts (5 % and 2 % smaller, but thousands of files: about 35 s more at 5,000 pages). The
 * content, and so the file's name and the entry file, stay the same: Pagefind unpacks any gzip.
 * With `cacheDir` (the WebAssembly, the same in every build of one Pagefind version: 1 s of Zopfli)
 * the result is kept. Without (the metadata, new in every build, which waits for it) 5 blocks, not
 * 15: at 1,000 entries 155 ms instead of 703 ms for 47 bytes more (11,209 for 11,162; zlib 12,799).
 */
export async function recompressFile(file: string, cacheDir?: string): Promise<number> {
  const packed = readFileSync(file);
  const options = { numiterations: 15, blocksplittingmax: cacheDir ? 15 : 5 };
  // Named by the file and how it is packed; written whole or not at all (builds share it, `CACHE_ROOT`).
  const how = `zopfli ${ZOPFLI_VERSION} ${JSON.stringify(options)}\0`;
  const cached = cacheDir && path.join(cacheDir, `${createHash('sha256').update(how).update(packed).digest('hex')}.gz`);
  const content = gunzipSync(packed);
  let smaller = cached ? fromCache(cached, content) : undefined;
  if (!smaller) {
    smaller = Buffer.from(await gzipAsync(content, options));
    if (cached) {
      mkdirSync(path.dirname(cached), { recursive: true });
      const partial = `${cached}.${process.pid}-${threadId}.tmp`;
      try {
        writeFileSync(partial, smaller);
        renameSync(partial, cached);
      } catch (error) {
        rmSync(partial, { force: true });
        throw error;
      }
    }
  }
  if (smaller.length >= packed.length) return 0;
  writeFileSync(file, smaller);
  return packed.length - smaller.length;
}

/**
 * Adds the metadata's and the chunks' preloads to `sok/index.html` in a built site, and packs the
 * Swedish WebAssembly and metadata tighter (`recompressFile`, the WebAssembly's kept in
 * `cacheDir`); returns the metadata's address. `packMeta: false` leaves the metadata to the caller
 * (the build packs it in a worker while it stamps the pages, `zopfli-aside.ts`).
 */
export async function preloadSearchMeta(siteDir: string, cacheDir?: string, packMeta = true): Promise<string> {
  const entryFile = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages?: Record<string, { hash?: string; wasm?: string }>;
  };
  const index = entry.languages?.sv;
  if (!index?.hash) throw new Error(`${entryFile}: no Swedish index (languages.sv.hash)`);
  const wasm = `${PAGEFIND_BASE}wasm.${index.wasm}.pagefind`;
  if (wasm !== PAGEFIND_WASM_URL) {
    throw new Error(`${entryFile}: Pagefind's WebAssembly is ${wasm}, the search page preloads ${PAGEFIND_WASM_URL}`);
  }
  const href = `${PAGEFIND_BASE}pagefind.${index.hash}.pf_meta`;
  const page = path.join(siteDir, 'sok', 'index.html');
  const html = readFileSync(page, 'utf8');
  // The entry file's preload, its tag not yet stamped (`index-tag.ts` stamps every page after this).
  const anchor = preloadLink(pagefindEntryUrl(UNSTAMPED_SEARCH_INDEX_TAG));
  if (!html.includes(anchor))
    throw new Error(`${page}: no preload of Pagefind's entry file to add the metadata's after`);
  const chunks = readPagefindMeta(path.join(siteDir, href));
  if (packMeta) await recompressFile(path.join(siteDir, href));
  await recompressFile(path.join(siteDir, wasm), cacheDir && path.join(cacheDir, 'zopfli'));
  const links = [
    href,
    ...(chunks.index.length === 1 ? chunks.index.map(([, , hash]) => `${PAGEFIND_BASE}index/${hash}.pf_index`) : []),
  ].map(preloadLink);
  // Not run: a data block (`application/json`), so the CSP has nothing to allow. `<` is escaped.
  const table =
    chunks.index.length > 1
      ? `<script type="application/json" id="${INDEX_CHUNKS_ID}">${JSON.stringify(chunks.index).replaceAll('<', '\\u003c')}</script>`
      : '';
  writeFileSync(page, html.replace(anchor, `${anchor}${links.join('')}${table}`));
  return href;
}

/**
 * Writes the inflected forms that are also site words (`formsOnSite`) into the search page's
 * `data-forms-on-site` attribute, from the vocabulary the index step wrote: with it the page can
 * show the results for a word found exactly as typed without first fetching the vocabulary.
 */
export function writeFormsOnSite(siteDir: string, vocabularyPath: string): number {
  const file = JSON.parse(readFileSync(path.join(siteDir, vocabularyPath), 'utf8')) as VocabularyFile;
  const forms = formsOnSite(file);
  const page = path.join(siteDir, 'sok', 'index.html');
  const html = readFileSync(page, 'utf8');
  // Astro writes the empty attribute without a value.
  const empty = new RegExp(`\\s${FORMS_ON_SITE_ATTRIBUTE}(="")?(?=[\\s>])`);
  if (!empty.test(html)) throw new Error(`${page}: no empty ${FORMS_ON_SITE_ATTRIBUTE} attribute to fill in`);
  writeFileSync(page, html.replace(empty, ` ${FORMS_ON_SITE_ATTRIBUTE}="${forms.join(' ')}"`));
  return forms.length;
}

/** A module's static imports of sibling files, as the bundler writes them (`import{…}from"./x.js"`). */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g;

/**
 * Modulepreloads for a search page's own scripts and the modules they import (a chunk the bundler
 * shares between the Swedish and the other languages' search pages): without them the browser
 * finds such a module only once the script that imports it has arrived, one round trip later.
 * They go before Pagefind's preloads when the page has them, so on a slow link the page's script
 * arrives first and starts Pagefind, which then compiles its WebAssembly while the index is still
 * coming, instead of everything waiting for the script at the end of the queue. Added to every
 * built `…/sok/index.html`; returns the addresses added to `page`.
 */
export function preloadScriptImports(siteDir: string, page: string): string[] {
  const html = readFileSync(page, 'utf8');
  const scripts = [...html.matchAll(/<script type="module" src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const found = new Set<string>(scripts);
  const walk = (url: string) => {
    const code = readFileSync(path.join(siteDir, url), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const imported = path.posix.join(path.posix.dirname(url), m[1] as string);
      if (found.has(imported)) continue;
      found.add(imported);
      walk(imported);
    }
  };
  for (const script of scripts) walk(script);
  const added = [...found].filter((url) => !html.includes(`<link rel="modulepreload" href="${url}">`));
  if (added.length > 0) {
    const links = added.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
    // Before the first of Pagefind's files the page preloads (its engine, entry file or metadata).
    const first = html.search(new RegExp(`<link rel="(?:module)?preload" href="${PAGEFIND_BASE}`));
    const at = first >= 0 ? first : html.indexOf('</head>');
    if (at < 0) throw new Error(`${page}: no </head> to add the script's preloads before`);
    writeFileSync(page, `${html.slice(0, at)}${links}${html.slice(at)}`);
  }
  return added;
}

/** A preload or modulepreload link. */
const PRELOAD_LINK = /<link rel="(?:module)?preload"[^>]*>/g;
/** The chunk table (`preloadSearchMeta`). */
const CHUNK_TABLE = new RegExp(`<script type="application/json" id="${INDEX_CHUNKS_ID}">[^<]*</script>`);
/** The page's one inline script, as Astro renders it (`chunk-preload-inline.ts`). */
const CHUNK_PRELOAD = `<script>${CHUNK_PRELOAD_SCRIPT}</script>`;

/**
 * Orders a search page's head for a slow link. The preloads go to the end of the head, after the
 * stylesheets and the CSP: the files share one connection in the order asked for, and with the
 * preloads first the page's 3 kB of CSS queued behind the index, and the page's script, which
 * waits for the CSS before it runs, started late; after the CSP, the preloads are checked by it
 * too. The chunk table and the inline script that reads it go before the stylesheets (after the
 * CSP): an inline script waits for the stylesheets above it, and this one asks for the query's
 * index chunk, which should go out with the page's first requests. Returns how many preloads and
 * tables were moved.
 */
export function preloadsAfterStyles(page: string): number {
  const html = readFileSync(page, 'utf8');
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error(`${page}: no </head> to move the preloads before`);
  let head = html.slice(0, end);
  let body = html.slice(end);
  const preloads = head.match(PRELOAD_LINK) ?? [];
  head = head.replace(PRELOAD_LINK, '');
  const table = CHUNK_TABLE.exec(head)?.[0] ?? '';
  head = head.replace(CHUNK_TABLE, '');
  const inline = html.includes(CHUNK_PRELOAD) ? CHUNK_PRELOAD : '';
  head = head.replace(CHUNK_PRELOAD, '');
  body = body.replace(CHUNK_PRELOAD, '');
  const styles = head.indexOf('<link rel="stylesheet"');
  const early = `${table}${inline}`;
  head = styles >= 0 ? `${head.slice(0, styles)}${early}${head.slice(styles)}` : `${head}${early}`;
  writeFileSync(page, `${head}${preloads.join('')}${body}`);
  return preloads.length + (table ? 1 : 0);
}
