/**
 * The site's vocabulary on the search page (`/sok/ordlista.json`, about 12 kB compressed): what
 * tells a real match from Pagefind's fallback, and "Menade du …?" (`run-query.ts`). The file is
 * fetched once (`fetchVocabulary`, asked for right behind the first search's excerpts); its words'
 * stems are worked out only when a search reads it (`loadVocabulary`), not while the first results
 * are drawn. A failed fetch is forgotten, so the next search tries again.
 */
import { type SiteWords, siteWords } from './query.ts';

interface VocabularyJson {
  words: string[];
  forms?: Record<string, string>;
}

export function siteVocabulary(url: string): {
  fetchVocabulary: () => Promise<VocabularyJson>;
  loadVocabulary: () => Promise<SiteWords>;
} {
  let file: Promise<VocabularyJson> | undefined;
  let words: Promise<SiteWords> | undefined;
  const fetchVocabulary = (): Promise<VocabularyJson> => {
    file ??= fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<VocabularyJson>;
    });
    file.catch(() => {
      file = undefined;
    });
    return file;
  };
  const loadVocabulary = (): Promise<SiteWords> => {
    words ??= fetchVocabulary().then((v) => siteWords(v.words, v.forms));
    words.catch(() => {
      words = undefined;
    });
    return words;
  };
  return { fetchVocabulary, loadVocabulary };
}
