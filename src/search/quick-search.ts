/**
 * The first results of a cold one-word `/sok/?q=…` drawn from Pagefind's own index files before
 * Pagefind's engine (its WebAssembly and `pagefind.js`, 68 kB) has arrived, so those bytes no
 * longer share the slow link with what the first results need (the word's index chunk, the
 * metadata, the first 20 excerpts). A `SearchEngine` for `runQuery` that answers only the page's
 * own word, with exactly what Pagefind 1.6 answers:
 *
 * - the pages and their order: Pagefind's score worked out from its files (`pagefind-score.ts`);
 *   answered only when the order of the first `certain` (20) pages is certain, none tied with the
 *   next (Pagefind's unstable sort orders ties as it happens to; the page then waits for Pagefind);
 * - each result's data as Pagefind's `loadFragment` makes it (`pagefind-excerpt.ts`).
 *
 * Pages after the first `certain` are listed in score order for the count, not shown: the search
 * page shows them only once Pagefind has searched (`search-page.ts`). A browser test compares
 * every answer with Pagefind's own on the built site (`search.browser.test.ts`).
 */
import { pagefindFiles, preloadFirstExcerpts } from './early-excerpts.ts';
import type { PagefindResponse, PagefindResult, PagefindResultData } from './engine.ts';
import { chunksForForms, type IndexChunk } from './index-chunks.ts';
import { pageLocations, resultData, type WeightedLocation } from './pagefind-excerpt.ts';
import { decodeChunks, decodeMeta, type IndexMeta, type PagefindFiles } from './pagefind-index.ts';
import { PAGEFIND_DEFAULT_WEIGHTS, type PageScore, scorePages } from './pagefind-score.ts';
import { pagefindTerm, type SiteWords } from './query.ts';
import { type QueryOutcome, RERANKED, runQuery, type SearchEngine } from './run-query.ts';
import type { SearchState } from './search-state.ts';
import { swedishStem } from './swedish-stemmer.ts';
import { SEARCH_META_WEIGHTS } from './synonyms.ts';
import { fold } from './words.ts';

/** A quick engine: its word's answer, and how many of the first results are in certain order. */
export interface QuickEngine extends SearchEngine {
  certain: number;
}

/**
 * The pages in Pagefind's order, and how many of the first are certainly in that order: each of
 * them scores more than every page after it could (scores within `tolerance`, relative, count as
 * equal; see `surelyFirst`).
 */
export function certainOrder(
  scores: readonly PageScore[],
  max: number,
  tolerance = 1e-6,
): { order: number[]; certain: number } {
  const sorted = [...scores].sort((a, b) => b.low - a.low || b.high - a.high);
  // The highest score any page after position i could have.
  const after: number[] = new Array(sorted.length).fill(-Infinity);
  for (let i = sorted.length - 2; i >= 0; i--) {
    after[i] = Math.max(after[i + 1] as number, (sorted[i + 1] as PageScore).high);
  }
  let certain = 0;
  while (certain < Math.min(max, sorted.length)) {
    const page = sorted[certain] as PageScore;
    if (page.low * (1 - tolerance) <= (after[certain] as number) * (1 + tolerance)) break;
    certain++;
  }
  return { order: sorted.map((p) => p.page), certain };
}

/**
 * The quick engine for `word`, or undefined when it cannot answer as Pagefind would: a word
 * Pagefind searches whole (quoted), no page with the word, a page in a fragment group, or the
 * order of the first `max` results (or the excerpt of one of them) not certain.
 */
export async function quickEngine(
  word: string,
  table: readonly IndexChunk[],
  files: PagefindFiles,
  max: number,
): Promise<QuickEngine | undefined> {
  const term = pagefindTerm(word);
  if (term !== word || !/^[\p{L}\p{N}]+$/u.test(word)) return undefined;
  const original = word.toLowerCase();
  const normalised = fold(word);
  const stem = swedishStem(normalised);
  const [chunks, metadata] = await Promise.all([
    Promise.all(chunksForForms([...new Set([normalised, stem])], table).map(files.chunk)),
    files.meta(),
  ]);
  const words = decodeChunks(chunks);
  const meta: IndexMeta = decodeMeta(metadata);
  const scores = scorePages({ original, stem }, words, meta, {
    ...PAGEFIND_DEFAULT_WEIGHTS,
    metaWeights: SEARCH_META_WEIGHTS,
  });
  if (scores.length === 0) return undefined;
  const { order, certain } = certainOrder(scores, max);
  if (certain < Math.min(max, order.length)) return undefined;
  const locations = new Map<number, WeightedLocation[]>();
  for (const page of order.slice(0, certain)) {
    const info = meta.pages[page];
    const found = pageLocations(stem, words, page);
    if (!info || info.group || !/^[\w-]+$/.test(info.hash) || !found) return undefined;
    locations.set(page, found);
  }
  const results: PagefindResult[] = order.map((page) => {
    const hash = (meta.pages[page] as IndexMeta['pages'][number]).hash;
    let data: Promise<PagefindResultData> | undefined;
    return {
      id: hash,
      data: () => {
        data ??= (async () => {
          const found = locations.get(page) ?? pageLocations(stem, words, page);
          if (!found) throw new Error(`quick search: the excerpt of ${hash} is not certain`);
          return resultData(await files.fragment(hash), found);
        })();
        return data;
      },
    };
  });
  const response: PagefindResponse = { results, unfilteredResultCount: results.length, filters: {} };
  return {
    certain,
    search: async (asked, options) => {
      const filtered = options?.filters && Object.values(options.filters).some((v) => Array.isArray(v) && v.length > 0);
      if (asked !== term || filtered || options?.sort) throw new Error(`quick search: answers only "${term}"`);
      return response;
    },
  };
}

/** What the search page gives the first search before the engine (`firstBeforeEngine`). */
export interface BeforeEngine {
  /** The search: one plain word (no filters, relevance order). */
  state: SearchState;
  /** The page's table of index chunks, the metadata's address, Pagefind's folder. */
  table: readonly IndexChunk[];
  metaUrl: string;
  base: string;
  /** The header search sent the first results' excerpts along (`first-results.ts`). */
  handedOver: boolean;
  /** The site's vocabulary: asked for, and read when a word needs it (`site-vocabulary.ts`). */
  fetchVocabulary: () => Promise<unknown>;
  loadVocabulary: () => Promise<SiteWords>;
  formsOnSite: ReadonlySet<string>;
  /** False once the visitor has searched for something else. */
  isCurrent: () => boolean;
}

/**
 * A cold one-word search before Pagefind's engine has loaded: its outcome from the quick engine,
 * with how many of its results can be shown (the first `RERANKED`; the rest, and the filters'
 * counts, once Pagefind has searched). Undefined when the quick engine does not answer: Pagefind
 * then searches, and (unless the header search sent them along) the excerpts of the results
 * certainly first are asked for before its engine (`early-excerpts.ts`).
 */
export async function firstBeforeEngine(
  word: string,
  page: BeforeEngine,
): Promise<{ outcome: QueryOutcome; available: number } | undefined> {
  const files = pagefindFiles(page.base, page.metaUrl);
  const engine = await quickEngine(word, page.table, files, RERANKED).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  if (!engine) {
    if (page.handedOver) return undefined;
    // For a word on more pages than that, the vocabulary right behind those excerpts: the first
    // results wait for it when the best one does not show the word as typed.
    const early = await preloadFirstExcerpts(word, page.table, files, page.base, RERANKED).catch(() => undefined);
    if (early && early.asked > 0 && early.of > RERANKED) void page.fetchVocabulary().catch(() => undefined);
    return undefined;
  }
  const outcome = await runQuery(engine, page.state, {
    vocabulary: page.loadVocabulary,
    excerptsRequested: () => void page.fetchVocabulary().catch(() => undefined),
    formsOnSite: page.formsOnSite,
    countsLater: true,
    isCurrent: page.isCurrent,
  });
  return outcome && { outcome, available: engine.certain };
}
