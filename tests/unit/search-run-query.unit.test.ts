import { describe, expect, it, vi } from 'vitest';
import type { PagefindResponse } from '../../src/search/engine.ts';
import { siteWords } from '../../src/search/query.ts';
import { noticeOf, showsTasks, statusOf } from '../../src/search/query-texts.ts';
import { filterCounts, highlightedWords, runQuery, type SearchEngine } from '../../src/search/run-query.ts';
import type { SearchState } from '../../src/search/search-state.ts';

interface FakePage {
  url: string;
  title: string;
  content: string;
  typ: string;
}

const pages: FakePage[] = [
  { url: '/est/', title: 'Effektiv samordning för trygghet', content: 'Arbetet mot klotter samordnas.', typ: 'Sida' },
  { url: '/anmal-klotter/', title: 'Anmäl klotter', content: 'Så anmäler du klotter och skadegörelse.', typ: 'Sida' },
  { url: '/press/', title: 'Nytt om polisen', content: 'Polisen och kommunen samverkar.', typ: 'Pressmeddelande' },
];

/**
 * A small engine with Pagefind's API: a page matches when its text has a word starting with the
 * term (a quoted term: the whole word); the excerpt marks the matching words.
 */
function fakeEngine(): SearchEngine & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    search: async (term, options) => {
      searches.push(term);
      const words = term
        .split(' ')
        .map((t) => ({ whole: t.startsWith('"'), word: t.replaceAll('"', '').toLowerCase() }));
      const typ = (options?.filters as Record<string, { any?: string[] }> | undefined)?.typ?.any;
      const hits = pages.filter((p) =>
        words.every(({ whole, word }) =>
          `${p.title} ${p.content}`
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .some((w) => (whole ? w === word : w.startsWith(word))),
        ),
      );
      const results = hits
        .filter((p) => !typ || typ.includes(p.typ))
        .map((p) => ({
          id: p.url,
          data: async () => ({
            url: p.url,
            content: `${p.title}. ${p.content}`,
            excerpt: p.content.replace(/[\p{L}]+/gu, (w) =>
              words.some(({ word }) => w.toLowerCase().startsWith(word)) ? `<mark>${w}</mark>` : w,
            ),
            meta: { title: p.title, typ: p.typ },
          }),
        }));
      const counts: Record<string, number> = {};
      for (const p of hits) counts[p.typ] = (counts[p.typ] ?? 0) + 1;
      return { results, unfilteredResultCount: hits.length, filters: { typ: counts, år: {} } } as PagefindResponse;
    },
  };
}

const vocabularyWords = ['klotter', 'samordnas', 'anmäler', 'polisen', 'kommunen', 'samverkar', 'skadegörelse'];
const state = (q: string, filters: Record<string, string[]> = {}): SearchState => ({ q, filters, sort: 'relevans' });

function context(current = true) {
  const vocabulary = vi.fn(async () => siteWords(vocabularyWords));
  return { vocabulary, formsOnSite: new Set<string>(), isCurrent: () => current };
}

describe('runQuery: one search, without a page', () => {
  it('a word found as typed: results with the word in the title first, and no vocabulary fetched', async () => {
    const ctx = context();
    const outcome = await runQuery(fakeEngine(), state('klotter'), ctx);
    expect(outcome?.results.map((r) => r.id)).toEqual(['/anmal-klotter/', '/est/']);
    expect(ctx.vocabulary).not.toHaveBeenCalled();
    expect(outcome && statusOf(outcome, 'klotter')).toBe('2 träffar på ”klotter”.');
    expect(outcome && noticeOf(outcome)).toEqual([]);
    expect(outcome?.counts.typ).toEqual({ Sida: 2 });
  });

  it('reports a word that matches nothing instead of dropping it, and searches for the others', async () => {
    const ctx = context();
    const outcome = await runQuery(fakeEngine(), state('klotter qwxz'), ctx);
    expect(outcome?.unknown).toEqual(['qwxz']);
    expect(outcome?.results.map((r) => r.id)).toEqual(['/anmal-klotter/', '/est/']);
    expect(outcome && noticeOf(outcome)[0]).toEqual(['Inga träffar på ordet ”qwxz”. Visar träffar på ”klotter”.']);
    expect(outcome && statusOf(outcome, 'klotter qwxz')).toBe('2 träffar på ”klotter”.');
    expect(ctx.vocabulary).toHaveBeenCalled();
  });

  it('offers "Menade du …?" for a misspelling, and the tasks only when there is nothing to offer', async () => {
    const typo = await runQuery(fakeEngine(), state('klottre'), context());
    expect(typo && noticeOf(typo)).toEqual([['Menade du ', { suggestion: 'klotter' }, '?']]);
    expect(typo && showsTasks(typo)).toBe(false);
    const nonsense = await runQuery(fakeEngine(), state('qwxz'), context());
    expect(nonsense && statusOf(nonsense, 'qwxz')).toBe('Inga träffar på ”qwxz”.');
    expect(nonsense && showsTasks(nonsense)).toBe(true);
  });

  it('counts each filter value as if that filter alone were not set', async () => {
    const outcome = await runQuery(fakeEngine(), state('polisen', { typ: ['Sida'] }), context());
    expect(outcome?.results).toEqual([]);
    expect(outcome?.counts.typ).toEqual({ Pressmeddelande: 1 });
    expect(outcome && noticeOf(outcome)).toEqual([['Ta bort ett filter för att se fler träffar.']]);
  });

  it("a one-word query is searched once, after the filters are ready, so that search's counts are complete", async () => {
    const engine = fakeEngine();
    let ready: () => void = () => undefined;
    const filtersReady = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const running = runQuery(engine, state('klotter'), { ...context(), filtersReady });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(engine.searches).toEqual([]);
    ready();
    const outcome = await running;
    expect(engine.searches).toEqual(['klotter']);
    expect(outcome?.counts.typ).toEqual({ Sida: 2 });
    // With a filter, or more words, the word's own search is not the query's: it is searched again.
    const filteredEngine = fakeEngine();
    await runQuery(filteredEngine, state('klotter', { typ: ['Sida'] }), context());
    expect(filteredEngine.searches.length).toBeGreaterThan(1);
  });

  it('leaves the counts for later when asked to, without waiting for the filters, and filterCounts gives them', async () => {
    const engine = fakeEngine();
    const never = new Promise<void>(() => undefined);
    const outcome = await runQuery(engine, state('klotter'), { ...context(), filtersReady: never, countsLater: true });
    expect(outcome?.results.map((r) => r.id)).toEqual(['/anmal-klotter/', '/est/']);
    expect(engine.searches).toEqual(['klotter']);
    expect(outcome?.countsPending).toBe(true);
    expect(outcome?.counts).toEqual({});
    expect(outcome && (await filterCounts(engine, outcome.countQuery, {}))).toEqual({ typ: { Sida: 2 }, år: {} });
    // With a filter set the counts come with the results: Pagefind needs the filters for the search.
    const filtered = await runQuery(fakeEngine(), state('polisen', { typ: ['Sida'] }), {
      ...context(),
      countsLater: true,
    });
    expect(filtered?.countsPending).toBe(false);
    expect(filtered?.counts.typ).toEqual({ Pressmeddelande: 1 });
    // Nothing found: nothing to count.
    const none = await runQuery(fakeEngine(), state('qwxz'), { ...context(), countsLater: true });
    expect(none?.countsPending).toBe(false);
  });

  it('tells the page once the excerpts are asked for, after the calls that fetch them', async () => {
    const log: string[] = [];
    const engine = fakeEngine();
    const search = engine.search;
    engine.search = async (term, options) => {
      const response = await search(term, options);
      for (const r of response.results) {
        const data = r.data;
        r.data = () => {
          log.push(`excerpt ${r.id}`);
          return data();
        };
      }
      return response;
    };
    await runQuery(engine, state('klotter'), { ...context(), excerptsRequested: () => log.push('requested') });
    expect(log.slice(0, 3)).toEqual(['excerpt /est/', 'excerpt /anmal-klotter/', 'requested']);
  });

  it('stops, showing nothing, when a newer search has replaced it', async () => {
    expect(await runQuery(fakeEngine(), state('klotter'), context(false))).toBeUndefined();
  });
});

describe('highlightedWords', () => {
  it("reads the marked words from Pagefind's excerpt HTML, entities decoded, compound marks kept", () => {
    expect(highlightedWords('Om <mark>brott^s^förebyggande</mark> &amp; <mark>R&amp;D</mark>.')).toEqual([
      'brott^s^förebyggande',
      'R&D',
    ]);
  });
});
