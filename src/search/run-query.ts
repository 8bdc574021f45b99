/**
 * One search on the search page, from the words typed to the results in order, the counts per
 * filter value, the words that matched nothing and "Menade du …?": no DOM, only the engine's
 * `search` and `data` (Pagefind's JS API, or a fake one in the unit tests) and the site's
 * vocabulary. The page (`search-page.ts`) decides what to do with the outcome, says it in words
 * with `query-texts.ts`; the view (`search-view.ts`) draws it.
 */
import type { PagefindResponse, PagefindResult } from './engine.ts';
import { stripCompoundMarks } from './mark-compounds.ts';
import {
  classifyTerm,
  isExactWord,
  pagefindQueryOf,
  pagefindTerm,
  parseTerms,
  rankByMatch,
  type SiteWords,
  suggestionFor,
  type TermClass,
} from './query.ts';
import { FILTER_PARAMS, pagefindFilters, pagefindSort, type SearchState } from './search-state.ts';

/** Results shown at a time. */
export const PAGE_SIZE = 10;
/** How many of Pagefind's first results are ordered by exact and title matches (`rankByMatch`). */
export const RERANKED = 20;

/** The part of the engine a query uses. */
export interface SearchEngine {
  search: (
    term: string,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<PagefindResponse>;
}

export interface QueryContext {
  /** The site's words and forms (`/sok/ordlista.json`), loaded only when a word needs them. */
  vocabulary: () => Promise<SiteWords>;
  /** Called when a word's excerpts have been asked for (the page fetches the vocabulary the first time). */
  excerptsRequested?: () => void;
  /** The inflected forms that are also site words (from the page; see `isExactWord`). */
  formsOnSite: ReadonlySet<string>;
  /** Settles when the filter checkboxes exist: the counts are needed from then on. */
  filtersReady?: Promise<void> | undefined;
  /**
   * The filters' chunks of the index are not loaded (a first search without filters): the counts
   * are left out, so the results need not wait for those bytes, and the outcome says they are
   * pending; the page asks `filterCounts` for them once the results are shown.
   */
  countsLater?: boolean;
  /** False once a newer search has replaced this one: it then stops at its next step. */
  isCurrent: () => boolean;
}

export interface QueryOutcome {
  terms: string[];
  /** Words that match nothing (reported, never silently dropped) and the others. */
  unknown: string[];
  known: string[];
  /** Every result, in the order shown. */
  results: PagefindResult[];
  /** Results per filter value, as if that filter alone were not set. */
  counts: Record<string, Record<string, number>>;
  /** The counts were left out (`countsLater`): `filterCounts` of `countQuery` gives them. */
  countsPending: boolean;
  /** What Pagefind was asked for (whole words quoted); '' when no word matched. */
  countQuery: string;
  /** "Menade du …?": a word and what it probably should be. */
  suggestions: Map<string, string>;
  filtered: boolean;
}

/** A word's match, and whether it was judged without the vocabulary. */
type Judged = TermClass & { exact: boolean };

/** The words Pagefind highlighted in an excerpt (its HTML: escaped text and `<mark>`), compound marks kept. */
export function highlightedWords(excerpt: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => decode((m[1] ?? '').replace(/<[^>]*>/g, '')));
}

/**
 * How one query word matches on its own (see `classifyTerm`), judged from its best result. With
 * `firstPage`, the excerpts of the first results the page orders (`RERANKED`) are fetched with the
 * best one's (one round trip instead of two): for a one-word query without filters they are the
 * results ordered and shown next. A word the best result shows exactly as typed is a word of the
 * site (`isExactWord`): judged without the vocabulary, which is then not waited for. The response
 * is returned too: for a one-word query it is often the search itself (see `runQuery`).
 */
async function judge(
  pf: SearchEngine,
  term: string,
  firstPage: boolean,
  context: QueryContext,
): Promise<{ judged: Judged; response: PagefindResponse }> {
  const response = await pf.search(pagefindTerm(term));
  const excerpts = Promise.all(response.results.slice(0, firstPage ? RERANKED : 1).map((r) => r.data()));
  context.excerptsRequested?.();
  const [first] = await excerpts;
  const highlighted = first ? highlightedWords(first.excerpt) : [];
  if (isExactWord(term, highlighted, context.formsOnSite)) {
    return { judged: { match: 'word', search: term, exact: true }, response };
  }
  const site = await context.vocabulary();
  return {
    judged: { ...classifyTerm(term, highlighted, response.unfilteredResultCount, site), exact: false },
    response,
  };
}

/**
 * Runs the search for `state` (at least one word). Searches must not overlap (Pagefind's excerpts
 * come out wrong when they do): the caller queues them. Returns nothing when a newer search has
 * replaced this one.
 */
export async function runQuery(
  pf: SearchEngine,
  state: SearchState,
  context: QueryContext,
): Promise<QueryOutcome | undefined> {
  const terms = parseTerms(state.q);
  const filtered = Object.values(state.filters).some((v) => v.length > 0);
  // Each word on its own first: a word that matches nothing is reported, never silently dropped.
  // One after another: Pagefind's excerpts come out wrong when searches overlap.
  const matches: Judged[] = [];
  const plain = terms.length === 1 && !filtered && state.sort === 'relevans';
  // With a filter set, Pagefind needs the filters' chunks anyway: counted now.
  const countsLater = context.countsLater === true && !filtered;
  // A plain query's own search is the word's: with the filter checkboxes there first (when they
  // are to be counted now), its response carries the counts, and it is not run twice.
  if (plain && !countsLater) await context.filtersReady;
  let judgedResponse: PagefindResponse | undefined;
  for (const t of terms) {
    const { judged, response } = await judge(pf, t, plain, context);
    matches.push(judged);
    judgedResponse = response;
    if (!context.isCurrent()) return undefined;
  }
  const unknown = terms.filter((_, i) => matches[i]?.match === 'none');
  const known = terms.filter((t) => !unknown.includes(t));
  // A form Pagefind does not match, or a derived word, is searched as the site's word.
  const searched = matches.filter((m) => m.match !== 'none');
  // The filter checkboxes (and their chunks of the index) are needed for the counts from here on.
  if (!countsLater) await context.filtersReady;
  let results: PagefindResult[] = [];
  let counts: Record<string, Record<string, number>> = {};
  const exactQuery = known.length > 0 ? pagefindQueryOf(searched) : '';
  if (known.length > 0) {
    const looseQuery = searched.map((m) => m.search).join(' ');
    const sort = pagefindSort(state.sort);
    const options = { filters: pagefindFilters(state.filters), ...(sort ? { sort } : {}) };
    const reuse = plain && exactQuery === pagefindTerm(terms[0] ?? '');
    const main = reuse && judgedResponse ? judgedResponse : await pf.search(exactQuery, options);
    results = main.results;
    if (exactQuery !== looseQuery) {
      // Quoted (whole-word) searches rank poorly in Pagefind: keep the whole-word result set, in
      // the order the unquoted search ranks it.
      const ids = new Set(results.map((r) => r.id));
      const ranked = (await pf.search(looseQuery, options)).results.filter((r) => ids.delete(r.id));
      results = [...ranked, ...results.filter((r) => ids.has(r.id))];
    }
    if (!sort) {
      // Exact matches above other forms, titles above text: Pagefind's score sees only stems.
      const top = results.slice(0, RERANKED);
      const pages = (await Promise.all(top.map((r) => r.data()))).map((d) => ({
        title: stripCompoundMarks(d.meta.title ?? ''),
        content: stripCompoundMarks(d.content),
      }));
      // The words as typed and as searched (`platsen` is searched as `plats`).
      const order = rankByMatch([...new Set([...terms, ...searched.map((m) => m.search)])], pages);
      results = [...order.map((i) => top[i] as PagefindResult), ...results.slice(RERANKED)];
    }
    // Pagefind leaves pages without a date out of date-sorted results: they follow the dated ones.
    const unsorted = sort ? await pf.search(exactQuery, { filters: pagefindFilters(state.filters) }) : main;
    if (sort) {
      const seen = new Set(results.map((r) => r.id));
      results = [...results, ...unsorted.results.filter((r) => !seen.has(r.id))];
    }
    if (!countsLater) counts = await filterCounts(pf, exactQuery, state.filters, unsorted);
    if (!context.isCurrent()) return undefined;
  }
  const suggestions = new Map<string, string>();
  // Words found exactly as typed are the site's words: no "Menade du …?" for them.
  if (matches.some((m) => !m.exact)) {
    const { words } = await context.vocabulary();
    const vocabularySet = new Set(words);
    for (const [i, t] of terms.entries()) {
      if (matches[i]?.exact) continue;
      const s = suggestionFor(t, matches[i]?.match ?? 'none', words, vocabularySet);
      if (s) suggestions.set(t, s);
    }
    if (!context.isCurrent()) return undefined;
  }
  const countsPending = known.length > 0 && countsLater;
  return { terms, unknown, known, results, counts, countsPending, countQuery: exactQuery, suggestions, filtered };
}

/**
 * Results per filter value for `query`, as if that filter alone were not set, so other choices
 * stay visible. `unfiltered`: the query's response with all of `filters` and no sort, if there is
 * one already. Needs the filters' chunks of the index loaded (Pagefind counts only with them).
 */
export async function filterCounts(
  pf: SearchEngine,
  query: string,
  filters: Record<string, string[]>,
  unfiltered?: PagefindResponse,
): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  let all = unfiltered;
  for (const name of Object.keys(FILTER_PARAMS)) {
    let free: PagefindResponse;
    if (filters[name]?.length) free = await pf.search(query, { filters: pagefindFilters(filters, name) });
    else {
      all ??= await pf.search(query, { filters: pagefindFilters(filters) });
      free = all;
    }
    counts[name] = free.filters[name] ?? {};
  }
  return counts;
}
