import { describe, expect, it } from 'vitest';
import { isoDate, searchMarkers } from '../../src/search/page-facets.ts';
import {
  classifyTerm,
  editDistance,
  hitCount,
  listInSwedish,
  maxEditDistance,
  pagefindQuery,
  parseTerms,
  suggestedQuery,
  suggestWord,
} from '../../src/search/query.ts';
import { pagefindFilters, pagefindSort, stateFromUrl, urlForState } from '../../src/search/search-state.ts';
import { indexedTextOf, VocabularyCounter, wordsOf } from '../../src/search/vocabulary.ts';

describe('parseTerms and pagefindQuery', () => {
  it('lower-cases, trims punctuation and drops repeats', () => {
    expect(parseTerms('  Klotter, klotter! ”Hageby” ')).toEqual(['klotter', 'hageby']);
  });

  it('keeps a phone number together and quotes each group', () => {
    expect(parseTerms('socialjouren 011-15 22 83')).toEqual(['socialjouren', '011-15 22 83']);
    expect(pagefindQuery(parseTerms('114 14'))).toBe('"114" "14"');
  });

  it('quotes words shorter than four letters so they match whole words, not prefixes', () => {
    expect(pagefindQuery(['k', 'tib', 'brott'])).toBe('"k" "tib" brott');
  });
});

describe('suggestions', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('klottre', 'klotter')).toBe(1);
    expect(editDistance('klottre', 'klottret')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('allows more edits in longer words', () => {
    expect([maxEditDistance('tib'), maxEditDistance('klotter'), maxEditDistance('socialjouren')]).toEqual([1, 2, 3]);
  });

  it('picks the closest word, the more frequent on a tie, ignoring diacritics', () => {
    const vocabulary = ['klotter', 'klottret', 'socialjouren', 'övervakning'];
    expect(suggestWord('klottre', vocabulary)).toBe('klotter');
    expect(suggestWord('socialjoren', vocabulary)).toBe('socialjouren');
    expect(suggestWord('ovrvakning', vocabulary)).toBe('övervakning');
    expect(suggestWord('qwxz', vocabulary)).toBeUndefined();
  });

  it('rewrites the query with the suggestions', () => {
    expect(suggestedQuery(['anmäl', 'klottre'], new Map([['klottre', 'klotter']]))).toBe('anmäl klotter');
  });
});

describe('classifyTerm', () => {
  it('a highlighted word or a form of it is a match', () => {
    expect(classifyTerm('klotter', ['Klotter.'], 3)).toBe('word');
    expect(classifyTerm('polisens', ['polisen'], 3)).toBe('word');
    expect(classifyTerm('förebyggande', ['brott^s^förebyggande'], 3)).toBe('word');
    expect(classifyTerm('011-15 22 83', ['011-15', '22', '83.'], 1)).toBe('word');
  });

  it('only longer words starting with it: a prefix match', () => {
    expect(classifyTerm('klottre', ['klottret'], 1)).toBe('prefix');
  });

  it("Pagefind's fallback to a shorter word the query starts with is no match", () => {
    expect(classifyTerm('polisxyz', ['polis'], 17)).toBe('none');
    expect(classifyTerm('övervakning', ['över'], 3)).toBe('none');
    expect(classifyTerm('0724-65 20 99', ['0724-65', '20'], 1)).toBe('none');
    expect(classifyTerm('qwxz', [], 0)).toBe('none');
  });
});

describe('Swedish wording', () => {
  it('counts hits and lists words', () => {
    expect([hitCount(0), hitCount(1), hitCount(1200)]).toEqual(['Inga träffar', '1 träff', '1\u00a0200 träffar']);
    expect(listInSwedish(['a', 'b', 'c'])).toBe('a, b och c');
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const state = stateFromUrl('?q=hageby&typ=Pressmeddelande&ar=2023&sortera=nyast');
    expect(state).toEqual({ q: 'hageby', filters: { typ: ['Pressmeddelande'], år: ['2023'] }, sort: 'nyast' });
    expect(urlForState(state)).toBe('?q=hageby&typ=Pressmeddelande&ar=2023&sortera=nyast');
    expect(stateFromUrl('?sortera=fel').sort).toBe('relevans');
  });

  it('turns into Pagefind filters (any value within a filter) and sort', () => {
    const filters = { typ: ['Sida', 'Dokument'], år: ['2023'] };
    expect(pagefindFilters(filters)).toEqual({ typ: { any: ['Sida', 'Dokument'] }, år: { any: ['2023'] } });
    expect(pagefindFilters(filters, 'typ')).toEqual({ år: { any: ['2023'] } });
    expect(pagefindSort('aldst')).toEqual({ datum: 'asc' });
    expect(pagefindSort('relevans')).toBeUndefined();
  });
});

describe('page facets', () => {
  it('writes type, year, date and summary for Pagefind, one per element', () => {
    expect(searchMarkers({ type: 'Pressmeddelande', date: '2023-12-01' }, 'Om Hageby, Navestad')).toEqual([
      { 'data-pagefind-filter': 'typ:Pressmeddelande' },
      { 'data-pagefind-meta': 'typ:Pressmeddelande' },
      { 'data-pagefind-meta': 'summary[data-summary]', 'data-summary': 'Om Hageby, Navestad' },
      { 'data-pagefind-filter': 'år:2023' },
      { 'data-pagefind-meta': 'datum:2023-12-01' },
      { 'data-pagefind-sort': 'datum:2023-12-01' },
    ]);
  });

  it('gives a page with only a year a filter and a sort key but no date to show', () => {
    const markers = searchMarkers({ type: 'Medborgarlöfte', year: 2023 }, 's');
    expect(markers).toContainEqual({ 'data-pagefind-filter': 'år:2023' });
    expect(markers).toContainEqual({ 'data-pagefind-sort': 'datum:2023-01-01' });
    expect(markers.some((m) => m['data-pagefind-meta']?.startsWith('datum'))).toBe(false);
    expect(searchMarkers(undefined, 's')).toEqual([]);
  });

  it('shows and sorts by the review date of a page without making it a year filter', () => {
    const markers = searchMarkers({ type: 'Sida', reviewed: '2026-11-22' }, 's');
    expect(markers).toContainEqual({ 'data-pagefind-meta': 'granskad:2026-11-22' });
    expect(markers).toContainEqual({ 'data-pagefind-sort': 'datum:2026-11-22' });
    expect(markers.some((m) => m['data-pagefind-filter']?.startsWith('år'))).toBe(false);
  });

  it('dates an instant in Stockholm', () => {
    expect(isoDate(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
  });
});

describe('vocabulary', () => {
  it('reads the indexed main only, without ignored parts, and counts words', () => {
    const html =
      '<header>Meny</header><main data-pagefind-body><h1>Klotter</h1><p>Anmäl klotter &amp; skadegörelse, 114 14.</p>' +
      '<div data-pagefind-ignore>dolt</div></main><footer>Sidfot</footer>';
    const words = wordsOf(indexedTextOf(html));
    expect(words).toEqual(['klotter', 'anmäl', 'klotter', 'skadegörelse']);
    const counter = new VocabularyCounter();
    counter.add(words);
    expect(counter.toFile().words).toEqual(['klotter', 'anmäl', 'skadegörelse']);
  });
});
