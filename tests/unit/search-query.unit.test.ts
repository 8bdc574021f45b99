import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate, searchMarkers, searchWordsOf } from '../../src/search/page-facets.ts';
import {
  classifyTerm,
  derivationBase,
  editDistance,
  hitCount,
  isExactWord,
  listInSwedish,
  matchKey,
  maxEditDistance,
  pagefindQuery,
  pagefindQueryOf,
  parseTerms,
  rankByMatch,
  siteWords,
  suggestedQuery,
  suggestionFor,
  suggestWord,
} from '../../src/search/query.ts';
import { pagefindFilters, pagefindSort, stateFromUrl, urlForState } from '../../src/search/search-state.ts';
import { swedishInflector } from '../../src/search/swedish-dictionary.ts';
import { swedishStem } from '../../src/search/swedish-stemmer.ts';
import { synonymMarkers } from '../../src/search/synonym-markers.ts';
import { synonymsIn } from '../../src/search/synonyms.ts';
import { formsOnSite, indexedTextOf, unindexedForms, VocabularyCounter, wordsOf } from '../../src/search/vocabulary.ts';
import { typoOf } from '../browser/search-generated.ts';

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
  const site = siteWords([
    'klotter',
    'klottret',
    'polisen',
    'polis',
    'tryggt',
    'trygghet',
    'nattvandra',
    'våldspreventivt',
    'graffiti',
    'över',
  ]);
  const match = (term: string, highlighted: string[], hits: number) => classifyTerm(term, highlighted, hits, site);

  it('a highlighted word or a form of it is a match', () => {
    expect(match('klotter', ['Klotter.'], 3).match).toBe('word');
    expect(match('polisens', ['polisen'], 3).match).toBe('word');
    expect(match('förebyggande', ['brott^s^förebyggande'], 3).match).toBe('word');
    expect(match('011-15 22 83', ['011-15', '22', '83.'], 1).match).toBe('word');
  });

  it('a word with the stem of a site word is a match, whatever the best result highlights', () => {
    // Issue 13: `tryggt` (a title word) and `nattvandrare` (the page says `nattvandra`).
    expect(match('tryggt', ['trygghet'], 5)).toEqual({ match: 'word', search: 'tryggt' });
    expect(match('nattvandrare', ['nattvandra'], 1).match).toBe('word');
    expect(match('nattvandrare', [], 1).match).toBe('word');
    expect(match('anmal', ['anmäl'], 2).match).toBe('word');
    // A match in metadata (a synonym, a search word) highlights nothing in the excerpt.
    expect(match('graffiti', [], 1).match).toBe('word');
  });

  it('only longer words starting with it: a prefix match', () => {
    expect(match('klottre', ['klottret'], 1).match).toBe('prefix');
  });

  it('a word derived from the base of a site word searches for that word', () => {
    expect(match('våldsprevention', ['våld'], 4)).toEqual({ match: 'derived', search: 'våldspreventivt' });
    expect(match('våldsprevention', [], 0)).toEqual({ match: 'derived', search: 'våldspreventivt' });
  });

  it('a form the stemmer does not match searches for the site word the dictionary gives', () => {
    const withForms = siteWords(['museum', 'plats', 'platsen'], { museet: 'museum', platsen: 'plats' });
    expect(classifyTerm('museet', [], 0, withForms)).toEqual({ match: 'derived', search: 'museum' });
    // `platsen` (stem `plats`) misses `plats` (stem `plat`); `plats` finds both.
    expect(classifyTerm('platsen', ['platsen'], 11, withForms)).toEqual({ match: 'derived', search: 'plats' });
    // A homograph's form (`sena`, also a form of `se`) that Pagefind matches by itself stays as typed.
    const homograph = siteWords(['sett', 'senaste'], { sena: 'sett' });
    expect(classifyTerm('sena', ['senaste'], 7, homograph)).toEqual({ match: 'word', search: 'sena' });
  });

  it('a short word found only in metadata is searched unquoted', () => {
    const brå = classifyTerm('brå', [], 0, siteWords(['brå']));
    expect(brå).toEqual({ match: 'word', search: 'brå', loose: true });
    expect(pagefindQueryOf([brå, { match: 'word', search: 'tib' }])).toBe('brå "tib"');
    expect(classifyTerm('brå', [], 0, site).match).toBe('none');
    // Found in metadata by the whole-word search, with other words of the page highlighted.
    expect(classifyTerm('brå', ['(NoBrå).'], 10, siteWords(['brå'])).match).toBe('word');
    expect(classifyTerm('ö', ['öka'], 3, site).match).toBe('none');
  });

  it("Pagefind's fallback to a shorter word the query starts with is no match", () => {
    expect(match('polisxyz', ['polis'], 17).match).toBe('none');
    expect(match('övervakning', ['över'], 3).match).toBe('none');
    expect(match('klotterzzz', ['klotter'], 3).match).toBe('none');
    expect(match('0724-65 20 99', ['0724-65', '20'], 1).match).toBe('none');
    expect(match('qwxz', [], 0).match).toBe('none');
    expect(match('graffitizzz', [], 1).match).toBe('none');
  });
});

describe('the Swedish stemmer (Snowball, as in Pagefind)', () => {
  it('stems inflections to one stem', () => {
    expect(['tryggt', 'trygghet', 'trygga'].map(swedishStem)).toEqual(['trygg', 'trygg', 'trygg']);
    expect(['nattvandrare', 'nattvandra', 'nattvandrar'].map(swedishStem)).toEqual([
      'nattvandr',
      'nattvandr',
      'nattvandr',
    ]);
    expect(['polisens', 'polisen'].map(swedishStem)).toEqual(['polis', 'polis']);
  });

  it('has the rules of Snowball 3 that Pagefind compiles in: `et`, its exceptions, `öst`, `fullt`', () => {
    expect(['huset', 'rådets', 'museet', 'paket'].map(swedishStem)).toEqual(['hus', 'råd', 'museet', 'paket']);
    expect(['hjälpfullt', 'upplöst'].map(swedishStem)).toEqual(['hjälpfull', 'upplös']);
  });

  it('finds the base of derived words', () => {
    expect(derivationBase(swedishStem('våldsprevention'))).toBe('våldsprevent');
    expect(derivationBase(swedishStem('våldspreventivt'))).toBe('våldsprevent');
    expect(derivationBase('klotter')).toBeUndefined();
  });
});

describe('suggestionFor', () => {
  const vocabulary = ['klotter', 'klottra', 'nattvandra', 'nattvandrar', 'tryggt'];
  const known = new Set(vocabulary);
  it('asks about a typo that shares a stem with a site word, not about an unused inflection', () => {
    expect(suggestionFor('klottre', 'word', vocabulary, known)).toBe('klotter');
    expect(suggestionFor('nattvandrare', 'word', vocabulary, known)).toBeUndefined();
    expect(suggestionFor('tryggt', 'word', vocabulary, known)).toBeUndefined();
    expect(suggestionFor('klotterzzz', 'none', vocabulary, known)).toBe('klotter');
    expect(suggestionFor('museet', 'derived', vocabulary, known)).toBeUndefined();
  });
});

describe('ranking', () => {
  it("puts exact matches above other forms and titles above text, else keeps Pagefind's order", () => {
    const pages = [
      { title: 'Trygg i Norrköping', content: 'trygghet trygga' },
      { title: 'Effektiv samordning för trygghet', content: 'tryggt' },
      { title: 'Samverkan för ett tryggt Norrköping', content: 'tryggt' },
      { title: 'Nattvandring', content: 'tryggt' },
      { title: 'Grannsamverkan', content: 'trygghet' },
    ];
    expect(rankByMatch(['tryggt'], pages)).toEqual([2, 1, 0, 3, 4]);
    expect(matchKey(['tryggt'], pages[2] as (typeof pages)[number])).toEqual([1, 0, 1]);
  });
});

describe('inflections from the dictionary', () => {
  it('lists the forms of a word, also of a compound by its last part', () => {
    const inflect = swedishInflector();
    expect(inflect('museet')).toEqual(expect.arrayContaining(['museum', 'museet', 'museer']));
    expect(inflect('medborgarlöfte')).toEqual(expect.arrayContaining(['medborgarlöften', 'medborgarlöftet']));
  });

  it('ships only the forms Pagefind does not match, pointing to the site word', () => {
    const forms = unindexedForms(['museum', 'klotter', 'nattvandra'], swedishInflector());
    expect(forms.museet).toBe('museum');
    expect(forms.klottrets).toBe('klotter');
    // `nattvandrar` has the stem of `nattvandra`: Pagefind finds it by itself.
    expect(forms.nattvandrar).toBeUndefined();
  });

  it('makes one typo by swapping the two letters in the middle', () => {
    expect(typoOf('klotter')).toBe('kltoter');
    expect(typoOf('tib')).toBeUndefined();
  });
}, 60_000);

describe('isExactWord: the search page judges a word found as typed without the vocabulary', () => {
  // A real vocabulary: every word of Norrköping's pages and press releases, with their forms.
  const dir = path.resolve('content/norrkoping');
  const texts = ['sidor', 'pressmeddelanden'].flatMap((folder) =>
    readdirSync(path.join(dir, folder)).map((f) => readFileSync(path.join(dir, folder, f), 'utf8')),
  );
  const counter = new VocabularyCounter();
  for (const text of texts) counter.add(wordsOf(text));
  const file = counter.toFile();
  file.forms = unindexedForms(file.words, swedishInflector());
  const site = siteWords(file.words, file.forms);
  const exceptions = new Set(formsOnSite(file));
  const known = new Set(file.words);

  it('agrees with classifyTerm and suggestionFor for every word of the site, as typed and capitalised', () => {
    expect(file.words.length).toBeGreaterThan(500);
    expect(exceptions.size).toBeGreaterThan(10);
    let fast = 0;
    for (const word of file.words) {
      for (const highlighted of [[word], [`(${word[0]?.toUpperCase()}${word.slice(1)}).`], [`brott^s^${word}`]]) {
        const term = parseTerms(word)[0] ?? word;
        if (!isExactWord(term, highlighted, exceptions)) continue;
        fast++;
        expect(classifyTerm(term, highlighted, 1, site), `${term} ${highlighted}`).toEqual({
          match: 'word',
          search: term,
        });
        expect(suggestionFor(term, 'word', file.words, known), term).toBeUndefined();
      }
    }
    // Most words take the fast path; the forms that are also site words never do.
    expect(fast).toBeGreaterThan(file.words.length * 2);
    for (const form of exceptions) expect(isExactWord(form, [form], exceptions)).toBe(false);
  });

  it('leaves other words to the vocabulary: forms, prefixes, short words, numbers, other words highlighted', () => {
    expect(isExactWord('klotter', ['Klotter.'], new Set())).toBe(true);
    expect(isExactWord('förebyggande', ['brott^s^förebyggande'], new Set())).toBe(true);
    expect(isExactWord('platsen', ['platsen'], new Set(['platsen']))).toBe(false);
    expect(isExactWord('klottre', ['klottret'], new Set())).toBe(false);
    expect(isExactWord('tib', ['Tib'], new Set())).toBe(true);
    expect(isExactWord('ö', ['ö'], new Set())).toBe(false);
    expect(isExactWord('114', ['114'], new Set())).toBe(false);
    expect(isExactWord('e-post', ['e-post'], new Set())).toBe(false);
    expect(isExactWord('vaktare', ['väktare'], new Set())).toBe(false);
  });
}, 60_000);

describe('synonyms', () => {
  const synonyms = [
    { word: 'graffiti', means: 'klotter' },
    { word: 'BRÅ', means: 'brottsförebyggande råd' },
  ];
  it('apply where the page uses the word or phrase, in any inflection', () => {
    expect(synonymsIn('Pågår klottret just nu?', synonyms)).toEqual(['graffiti']);
    expect(synonymsIn('Norrköpings brottsförebyggande rådet (NoBrå)', synonyms)).toEqual(['BRÅ']);
    expect(synonymsIn('brottsförebyggande arbete i rådhuset', synonyms)).toEqual([]);
  });

  it("go into the indexer's copy of a page as metadata, title synonyms apart, never as text", () => {
    const html =
      '<html><body><main data-pagefind-body><h1>Anmäl klotter</h1><p>Brottsförebyggande råd.</p></main></body></html>';
    const marked = synonymMarkers(html, synonyms);
    expect(marked.words).toEqual(['graffiti', 'BRÅ']);
    expect(marked.html).toContain(
      '<main data-pagefind-body><span hidden data-pagefind-meta="rubriksynonymer[data-words]" data-words="graffiti"></span>' +
        '<span hidden data-pagefind-meta="synonymer[data-words]" data-words="BRÅ"></span><h1>',
    );
    expect(wordsOf(indexedTextOf(marked.html))).not.toContain('graffiti');
  });

  it("an editor's search words are metadata of the page", () => {
    expect(searchWordsOf(' polisanmälan,  tagg ,')).toEqual(['polisanmälan', 'tagg']);
    expect(searchMarkers({ type: 'Sida', words: 'polisanmälan, tagg' }, 's')).toContainEqual({
      'data-pagefind-meta': 'sokord[data-sokord]',
      'data-sokord': 'polisanmälan, tagg',
    });
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
