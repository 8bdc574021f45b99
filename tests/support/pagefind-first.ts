/**
 * Comparing the search page's own pick of Pagefind's first results (`early-excerpts.ts`, scored by
 * `pagefind-score.ts`) with Pagefind's real results in the browser, on a built site: the pick from
 * the built index files read here, the real first results from Pagefind's WebAssembly on the
 * site's search page (with the site's own options). Used by the search browser test and, on the
 * benchmark's generated corpora, by hand (`scripts/bench/check-first-excerpts.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { firstPages, readCbor } from '../../src/search/early-excerpts.ts';
import type { IndexChunk } from '../../src/search/index-chunks.ts';
import { decodeChunks, type Fragment } from '../../src/search/pagefind-index.ts';
import { quickEngine } from '../../src/search/quick-search.ts';

const SIGNATURE = 'pagefind_dcd';

function pagefindFile(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  return readCbor(new Uint8Array(bytes.subarray(SIGNATURE.length)));
}

/** A built site's Swedish index: its metadata, chunk table and every word (normalised and with diacritics). */
export function readIndex(dist: string): { meta: unknown; table: IndexChunk[]; words: string[]; dir: string } {
  const dir = path.join(dist, 'pagefind');
  const metaFile = readdirSync(dir).find((f) => /^pagefind\.sv_\w+\.pf_meta$/.test(f));
  if (!metaFile) throw new Error(`${dir}: no Swedish metadata`);
  const meta = pagefindFile(path.join(dir, metaFile));
  const table = (meta as unknown[][])[2] as unknown as IndexChunk[];
  const words = new Set<string>();
  for (const [, , hash] of table) {
    for (const [word, data] of decodeChunks([pagefindFile(path.join(dir, 'index', `${hash}.pf_index`))])) {
      words.add(word);
      for (const f of data.forms) words.add(f.form);
    }
  }
  return { meta, table, words: [...words].sort(), dir };
}

export interface Pick {
  word: string;
  /** How many pages Pagefind finds. */
  of: number;
  /** The hashes of the pages picked as certainly among the first `max`. */
  picked: string[];
}

/** The search page's pick for `word`, from the index files. */
export async function pick(index: ReturnType<typeof readIndex>, word: string, max: number): Promise<Pick> {
  const hashes = ((index.meta as unknown[])[1] as [string][]).map((p) => p[0]);
  const { pages, of } = await firstPages(
    word,
    index.table,
    async (hash) => pagefindFile(path.join(index.dir, 'index', `${hash}.pf_index`)),
    async () => index.meta,
    max,
  );
  return { word, of, picked: pages.map((p) => hashes[p] as string) };
}

/**
 * Pagefind's first `max` results (page hashes) for each word, each searched first thing on a fresh
 * load of the site's search page `url` (`/sok/`), as on a cold `/sok/?q=…`: Pagefind keeps the
 * index chunks an earlier search loaded and matches words in them too. The engine is the page's
 * own, with the page's options.
 */
export async function realFirst(page: Page, url: string, words: readonly string[], max: number): Promise<string[][]> {
  const out: string[][] = [];
  for (const word of words) {
    await page.goto(url);
    // The page has loaded Pagefind with its own options when its search form shows.
    await page.waitForSelector('#search-ui:not([hidden])');
    // A string, not a function: Vite would rewrite the `import()` in a function for Node.
    const script = `import('/pagefind/pagefind.js').then((pf) => pf.search(${JSON.stringify(word)}))
      .then((r) => r.results.slice(0, ${max}).map((x) => x.id))`;
    out.push((await page.evaluate(script)) as string[]);
  }
  return out;
}

export interface Comparison {
  words: number;
  /** Words on more than `max` pages, and of these those whose whole first `max` was certain. */
  many: number;
  manyWhole: number;
  /** Pages picked, and picked pages among the real first `max` (must be all). */
  picked: number;
  wrong: string[];
  /** Words on more than `max` pages whose pick was partial, with how many were picked. */
  partial: string[];
}

/** Compares picks with the real first results. */
export function compare(picks: readonly Pick[], real: readonly string[][], max: number): Comparison {
  const result: Comparison = { words: picks.length, many: 0, manyWhole: 0, picked: 0, wrong: [], partial: [] };
  picks.forEach((p, i) => {
    const first = new Set(real[i]);
    result.picked += p.picked.length;
    const wrong = p.picked.filter((h) => !first.has(h));
    if (wrong.length > 0) result.wrong.push(`${p.word} (${p.of} pages): ${wrong.join(', ')}`);
    if (first.size !== Math.min(max, p.of) && p.picked.length > 0)
      result.wrong.push(`${p.word}: Pagefind finds ${first.size}, the index ${p.of}`);
    if (p.of > max) {
      result.many++;
      if (p.picked.length === max) result.manyWhole++;
      else result.partial.push(`${p.word} ${p.picked.length}/${max}`);
    }
  });
  return result;
}

/** A result's data as the search page uses it: address, title, text and excerpt. */
export interface Shown {
  id: string;
  url: string;
  title: string;
  content: string;
  excerpt: string;
}

/**
 * The quick engine's answer for `word` (`quick-search.ts`), from the built index files: the first
 * `max` results with their data, and how many pages there are; undefined when it does not answer.
 */
export async function quickAnswer(
  index: ReturnType<typeof readIndex>,
  word: string,
  max: number,
): Promise<{ shown: Shown[]; of: number } | undefined> {
  const engine = await quickEngine(
    word,
    index.table,
    {
      chunk: async (hash) => pagefindFile(path.join(index.dir, 'index', `${hash}.pf_index`)),
      meta: async () => index.meta,
      fragment: async (hash) => {
        const bytes = gunzipSync(readFileSync(path.join(index.dir, 'fragment', `${hash}.pf_fragment`)));
        return JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
      },
    },
    max,
  );
  if (!engine) return undefined;
  const response = await engine.search(word);
  const shown = await Promise.all(
    response.results.slice(0, engine.certain).map(async (r) => {
      const d = await r.data();
      return { id: r.id, url: d.url, title: d.meta.title ?? '', content: d.content, excerpt: d.excerpt };
    }),
  );
  return { shown, of: response.unfilteredResultCount };
}

/**
 * Pagefind's own first `max` results with their data for each word, each searched first thing on
 * a fresh load of the search page `url`, as `realFirst` does.
 */
export async function realAnswers(page: Page, url: string, words: readonly string[], max: number): Promise<Shown[][]> {
  const out: Shown[][] = [];
  for (const word of words) {
    await page.goto(url);
    await page.waitForSelector('#search-ui:not([hidden])');
    const script = `import('/pagefind/pagefind.js').then((pf) => pf.search(${JSON.stringify(word)}))
      .then((r) => Promise.all(r.results.slice(0, ${max}).map(async (x) => {
        const d = await x.data();
        return { id: x.id, url: d.url, title: d.meta.title ?? '', content: d.content, excerpt: d.excerpt };
      })))`;
    out.push((await page.evaluate(script)) as Shown[]);
  }
  return out;
}
