/**
 * Which chunks of Pagefind's index a query needs, worked out before Pagefind has loaded, so the
 * search page can have the browser fetch them side by side with Pagefind's WebAssembly instead of
 * after it (one round trip less on a cold `/sok/?q=…`). The build writes the chunk table from
 * Pagefind's metadata into the page (`preload-meta.ts`); the rule is Pagefind 1.6's own
 * (`request_indexes` in pagefind_web): a chunk is needed when the word, or one of its stems, lies
 * between the chunk's first and last word, or else when it matches the chunk's bounds as a
 * prefix. Asking for a chunk Pagefind then does not use costs bytes, never a wrong result; a chunk
 * missed here is fetched by Pagefind as before.
 */
import { fold } from './query.ts';
import { swedishStem } from './swedish-stemmer.ts';

/** One chunk of the index: its first and last (normalised, stemmed) word and its file's hash. */
export type IndexChunk = readonly [from: string, to: string, hash: string];

/** The id of the page's JSON element holding the chunk table. */
export const INDEX_CHUNKS_ID = 'search-index-chunks';

/** Compares by Unicode code point, as Rust compares strings (UTF-8 bytes). */
function compare(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i]?.codePointAt(0) ?? 0) - (b[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** The forms of a query word Pagefind looks chunks up by: as normalised, and its stems. */
export function lookupForms(word: string): string[] {
  const lower = word.toLowerCase();
  const normalised = fold(lower);
  return [...new Set([normalised, swedishStem(normalised), fold(swedishStem(lower))])].filter((w) => w.length > 0);
}

/** The hashes of the chunks Pagefind will ask for when searching for these words. */
export function chunksFor(words: readonly string[], chunks: readonly IndexChunk[]): string[] {
  return chunksForForms(words.flatMap(lookupForms), chunks);
}

/** The hashes of the chunks `request_indexes` gives for these forms (normalised words, stems). */
export function chunksForForms(forms: readonly string[], chunks: readonly IndexChunk[]): string[] {
  const needed = new Set<string>();
  for (const form of forms) {
    const term = Array.from(form);
    const strict = chunks.filter(
      ([from, to]) => compare(term, Array.from(from)) >= 0 && compare(term, Array.from(to)) <= 0,
    );
    if (strict.length > 0) {
      for (const [, , hash] of strict) needed.add(hash);
      continue;
    }
    for (const [from, to, hash] of chunks) {
      const f = Array.from(from);
      const t = Array.from(to);
      const fromCount = Math.min(term.length, f.length);
      const toCount = Math.min(term.length, t.length);
      if (
        compare(term.slice(0, fromCount), f.slice(0, fromCount)) >= 0 &&
        compare(term.slice(0, toCount), t.slice(0, toCount)) <= 0
      ) {
        needed.add(hash);
      }
    }
  }
  return [...needed].sort();
}

/** The table of chunks the build wrote into the search page, if the index has more than one. */
export function chunkTable(): IndexChunk[] | undefined {
  const table = document.getElementById(INDEX_CHUNKS_ID)?.textContent;
  return table ? (JSON.parse(table) as IndexChunk[]) : undefined;
}

/**
 * The table of chunks, or for an index of one chunk (which the page preloads from its HTML, with
 * no table) that chunk for every word: Pagefind then loads it whatever the query.
 */
export function chunksOfIndex(): IndexChunk[] | undefined {
  const one = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][href*="/index/"]')];
  const hash =
    one.length === 1 ? /\/index\/([\w-]+)\.pf_index$/.exec(one[0]?.getAttribute('href') ?? '')?.[1] : undefined;
  return chunkTable() ?? (hash ? [['', '\u{10FFFF}', hash]] : undefined);
}

/**
 * In the search page: has the browser fetch the chunks the query needs (`<link rel="preload">`,
 * into the HTTP cache, where Pagefind's worker finds them), from the table the build wrote into
 * the page. Without a table (an index of one chunk, preloaded by the HTML itself) it does nothing.
 */
export function preloadChunksFor(words: readonly string[], base: string): void {
  const table = chunkTable();
  if (!table || words.length === 0) return;
  const parts = words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 0);
  for (const hash of chunksFor(parts, table)) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `${base}index/${hash}.pf_index`;
    document.head.append(link);
  }
}
