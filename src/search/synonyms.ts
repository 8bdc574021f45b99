/**
 * Search synonyms editors own (`installningar/sok.yml`): `graffiti` means `klotter`. At build time
 * each page gets, as Pagefind metadata, the synonyms of the words and phrases it uses, so a
 * search for `graffiti` finds the pages about klotter. Metadata is searchable in Pagefind but is
 * neither page text nor excerpt: nothing is added to what visitors and screen readers get.
 *
 * Why at index time rather than by widening the query in the browser: Pagefind has no "or", so a
 * widened query would be one search per alternative, merged by hand, with the filter counts and
 * date sorting of each merged again; in the index, one search does it all, with Pagefind's own
 * ranking (title synonyms weigh like the title, see `SEARCH_META_WEIGHTS`).
 */
import { stemKey } from './query.ts';

export interface Synonym {
  /** What residents search for: `graffiti`, `BRÅ`. */
  word: string;
  /** The site's word or phrase for it: `klotter`, `brottsförebyggande råd`. */
  means: string;
}

/** `/sok/synonymer.json`, written by the build from the settings. */
export interface SynonymsFile {
  synonyms: Synonym[];
}

/** Where the synonyms file goes, relative to the site root. */
export const SYNONYMS_PATH = 'sok/synonymer.json';

/** Metadata keys the indexer and the search page share. */
export const META = {
  /** The editor's search words for the page (`searchWords`). */
  searchWords: 'sokord',
  /** Synonyms of words in the page's title. */
  titleSynonyms: 'rubriksynonymer',
  /** Synonyms of words in the page's text. */
  textSynonyms: 'synonymer',
} as const;

/**
 * Pagefind's ranking weights for matches in metadata (`ranking.metaWeights`): the title and what
 * stands for it (search words, synonyms of title words) 5, as Pagefind weighs the title by
 * default; synonyms of words in the text 1, as the text.
 */
export const SEARCH_META_WEIGHTS: Record<string, number> = {
  title: 5,
  [META.searchWords]: 5,
  [META.titleSynonyms]: 5,
  [META.textSynonyms]: 1,
};

interface Word {
  length: number;
  stem: string;
}

/** The words of a text with their stems, in order (punctuation is a word break). */
function wordsWithStems(text: string): Word[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => ({ length: w.length, stem: stemKey(w) }));
}

/** Most letters an inflection adds to a word (`klotter` → `klottret`, `råd` → `råden`). */
const MAX_INFLECTION = 3;

/**
 * Whether a word of the page is the synonym's word in some inflection: the same stem, or, as
 * Pagefind matches a query, a stem that starts with it (`klotter` is `klott`, `klottret` stays
 * `klottret`), but no more than an inflection longer (`rådhuset` is not `råd`).
 */
function isInflectionOf(page: Word, word: Word): boolean {
  if (page.stem === word.stem) return true;
  return page.stem.startsWith(word.stem) && page.length <= word.length + MAX_INFLECTION;
}

/**
 * The synonyms whose meaning occurs in a text: every word of `means`, in order, in any
 * inflection: `klotter` in "Pågår klottret?", `brottsförebyggande råd` in "kommunens
 * brottsförebyggande rådet". Each synonym word once, as the editor wrote it.
 */
export function synonymsIn(text: string, synonyms: readonly Synonym[]): string[] {
  const words = wordsWithStems(text);
  const found = new Set<string>();
  for (const { word, means } of synonyms) {
    const phrase = wordsWithStems(means);
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((p, k) => isInflectionOf(words[i + k] as Word, p))) {
        found.add(word);
        break;
      }
    }
  }
  return [...found];
}
