/**
 * A cold `/sok/?q=…` for one word: the excerpts of the results Pagefind shows first asked for as
 * soon as the word's chunk of the index and the metadata have arrived, side by side with Pagefind's
 * WebAssembly, instead of one round trip after Pagefind has started and searched (on the real site
 * 150–170 ms less before the first results). Pagefind shows the first `RERANKED` (20) results'
 * excerpts at once. For a word on no more than 20 pages these are all its pages. For a word on
 * more, the script scores the pages as Pagefind 1.6 does (`pagefind-score.ts`: BM25 with
 * Pagefind's weights and the site's metadata weights, from the words' locations and weights in the
 * chunk and the pages' word counts in the metadata) and asks only for the pages certainly among
 * the first 20: pages tied with others across the 20th place (Pagefind's unstable sort orders ties
 * as it happens to) are left to Pagefind, so nothing is downloaded that Pagefind would not fetch
 * anyway. Checked against Pagefind's real results in Chromium (`search.browser.test.ts`, and on
 * the benchmark's 5,000 generated pages `scripts/bench/check-first-excerpts.ts`: no page picked
 * that Pagefind does not show first). A short word Pagefind searches as a whole word (quoted,
 * every page scoring the same) gets its excerpts early only when it is on no more than 20 pages.
 *
 * The files are read the way Pagefind 1.6 writes them (as the build reads its metadata,
 * `preload-meta.ts`): an index chunk is gzip, the signature `pagefind_dcd`, then CBOR
 * `[[word, pages, [[form with diacritics, pages], …]], …]`, each page `[page number − the previous
 * one's, locations, metadata locations]`; the metadata's second field lists the pages
 * `[hash, words, fragment group]`. A page's excerpt is `fragment/<hash>.pf_fragment`. The chunks
 * read are those Pagefind loads for the word (`request_indexes`, `chunksForForms`). Anything
 * unexpected (another Pagefind version, a page in a fragment group) and nothing is asked for:
 * Pagefind then fetches the excerpts itself, as before.
 */
import { chunksFor, chunksForForms, type IndexChunk, lookupForms } from './index-chunks.ts';
import { decodeChunks, decodeMeta, type PagefindFiles } from './pagefind-index.ts';
import { PAGEFIND_DEFAULT_WEIGHTS, scorePages, surelyFirst } from './pagefind-score.ts';
import { pagefindTerm } from './query.ts';
import { swedishStem } from './swedish-stemmer.ts';
import { SEARCH_META_WEIGHTS } from './synonyms.ts';
import { fold } from './words.ts';

const SIGNATURE = 'pagefind_dcd';

/**
 * Reads the part of CBOR Pagefind's files use (whole numbers, text, byte strings, arrays, maps,
 * true/false/null); anything else throws. Written here rather than bundling a CBOR library
 * (7 kB compressed) into the search page's first download, where every kB costs 5 ms on a slow link.
 */
export function readCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const text = new TextDecoder();
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0 || at + size > bytes.length) throw new Error('CBOR: unsupported length');
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + (bytes[at + i] as number);
    at += size;
    return n;
  };
  const item = (): unknown => {
    if (at >= bytes.length) throw new Error('CBOR: truncated');
    const head = bytes[at++] as number;
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (at + n > bytes.length) throw new Error('CBOR: truncated');
        const part = bytes.subarray(at, at + n);
        at += n;
        return major === 3 ? text.decode(part) : part;
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5:
        return Object.fromEntries(Array.from({ length: n }, () => [String(item()), item()]));
      case 7:
        if (n === 20 || n === 21) return n === 21;
        if (n === 22) return null;
        throw new Error('CBOR: unsupported simple value');
      default:
        throw new Error('CBOR: unsupported type');
    }
  };
  return item();
}

/** A Pagefind file's bytes: unpacked (unless the server already did) and without its signature. */
async function pagefindBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  const signed = (b: Uint8Array) => new TextDecoder().decode(b.subarray(0, SIGNATURE.length)) === SIGNATURE;
  if (!signed(bytes)) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  if (!signed(bytes)) throw new Error(`${url}: not a Pagefind file`);
  return bytes.subarray(SIGNATURE.length);
}

/**
 * Pagefind's files under `base` as the search page reads them before Pagefind has loaded: the
 * index chunks and the metadata (`metaUrl`) read as CBOR, the excerpt files as JSON; each fetched
 * once, however often it is asked for.
 */
export function pagefindFiles(base: string, metaUrl: string): PagefindFiles {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(url: string, read: (bytes: Uint8Array) => T): Promise<T> => {
    let file = cache.get(url) as Promise<T> | undefined;
    if (!file) {
      file = pagefindBytes(url).then(read);
      cache.set(url, file);
    }
    return file;
  };
  return {
    chunk: (hash) => once(`${base}index/${hash}.pf_index`, readCbor),
    meta: () => once(metaUrl, readCbor),
    fragment: (hash) => once(`${base}fragment/${hash}.pf_fragment`, (b) => JSON.parse(new TextDecoder().decode(b))),
  };
}

const isArray = Array.isArray;

/** The numbers of the pages a chunk lists for words starting with one of `forms`. */
export function pagesInChunk(chunk: unknown, forms: readonly string[]): Set<number> {
  const pages = new Set<number>();
  const words = isArray(chunk) ? chunk[0] : undefined;
  if (!isArray(words)) throw new Error('index chunk: no word list');
  for (const entry of words) {
    if (!isArray(entry) || typeof entry[0] !== 'string') throw new Error('index chunk: a word is not [word, pages]');
    if (!forms.some((f) => (entry[0] as string).startsWith(f))) continue;
    const variants = isArray(entry[2]) ? entry[2].map((v) => (isArray(v) ? v[1] : undefined)) : [];
    for (const list of [entry[1], ...variants]) {
      if (!isArray(list)) throw new Error('index chunk: pages are not a list');
      let page = 0;
      for (const p of list) {
        if (!isArray(p) || typeof p[0] !== 'number') throw new Error('index chunk: a page is not [number, …]');
        page += p[0];
        pages.add(page);
      }
    }
  }
  return pages;
}

/** The excerpt files of `pages`, from the metadata's list of pages; undefined when one is in a group. */
export function excerptFiles(meta: unknown, pages: Iterable<number>): string[] | undefined {
  const list = isArray(meta) ? meta[1] : undefined;
  if (!isArray(list)) throw new Error('metadata: no list of pages');
  const files: string[] = [];
  for (const n of pages) {
    const page = list[n];
    if (!isArray(page) || typeof page[0] !== 'string' || !/^[\w-]+$/.test(page[0])) return undefined;
    if (page[2]) return undefined;
    files.push(`fragment/${page[0]}.pf_fragment`);
  }
  return files;
}

/**
 * The pages whose excerpts Pagefind shows first (its first `max` results) for a one-word query,
 * as far as they are certain; `chunk` gives an index chunk's content (CBOR read) by hash.
 */
export async function firstPages(
  word: string,
  table: readonly IndexChunk[],
  chunk: (hash: string) => Promise<unknown>,
  meta: () => Promise<unknown>,
  max: number,
): Promise<{ pages: number[]; of: number; meta: unknown }> {
  if (pagefindTerm(word) !== word) {
    // A quoted (whole-word) search: every page scores the same, so only "all of them" is certain.
    const forms = lookupForms(word);
    const chunks = await Promise.all(chunksFor([word], table).map(chunk));
    const pages = [...new Set(chunks.flatMap((c) => [...pagesInChunk(c, forms)]))];
    if (pages.length === 0 || pages.length > max) return { pages: [], of: pages.length, meta: undefined };
    return { pages, of: pages.length, meta: await meta() };
  }
  // As Pagefind searches: the word lower-cased, without diacritics, stemmed; the chunks it loads.
  const original = word.toLowerCase();
  const normalised = fold(word);
  const stem = swedishStem(normalised);
  const [chunks, metadata] = await Promise.all([
    Promise.all(chunksForForms([...new Set([normalised, stem])], table).map(chunk)),
    meta(),
  ]);
  const index = decodeMeta(metadata);
  const scores = scorePages({ original, stem }, decodeChunks(chunks), index, {
    ...PAGEFIND_DEFAULT_WEIGHTS,
    metaWeights: SEARCH_META_WEIGHTS,
  });
  return { pages: surelyFirst(scores, max), of: scores.length, meta: metadata };
}

/**
 * For a one-word query: has the browser fetch the excerpts of the pages certain to be Pagefind's
 * first `max` results (`<link rel="preload">`, where Pagefind then finds them). `table` is the
 * page's table of index chunks, `files` Pagefind's files (`pagefindFiles`), `base` Pagefind's
 * folder. Returns how many excerpts it asked for, and how many pages have the word.
 */
export async function preloadFirstExcerpts(
  word: string,
  table: readonly IndexChunk[],
  files: PagefindFiles,
  base: string,
  max: number,
): Promise<{ asked: number; of: number }> {
  const { pages, of, meta } = await firstPages(word, table, files.chunk, files.meta, max);
  const excerpts = pages.length > 0 ? (excerptFiles(meta, pages) ?? []) : [];
  for (const file of excerpts) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `${base}${file}`;
    document.head.append(link);
  }
  return { asked: excerpts.length, of };
}
