/**
 * The site's own vocabulary, for "Menade du …?": every word of the indexed text (and every
 * compound part), counted, written at build time to `/sok/ordlista.json`. The search page loads
 * it only when a query word matches nothing.
 */

import { fold, MIN_VOCABULARY_WORD, stemKey } from './query.ts';

/** The JSON file's shape: words, most frequent first; inflected forms Pagefind cannot match, by site word. */
export interface VocabularyFile {
  words: string[];
  /** `museet` → `museum`: a form (without diacritics) whose stem no site word's stem starts with. */
  forms?: Record<string, string>;
}

/** Words shorter than this get no inflections in the file. */
export const MIN_INFLECTED_WORD = 4;

/**
 * The inflected forms of the site's words that do not find the word in Pagefind, whose stemmer
 * does not bring them together (`museet` is `museet` to Snowball, `museum` is `museum`; `platsen`
 * is `plats` but `plats` is `plat`), each pointing to the site's word (the more frequent one when
 * forms are shared). The search page searches for that word instead, so a form of a word on the
 * site never gets "Inga träffar" and finds the pages with the word.
 */
export function unindexedForms(words: readonly string[], inflect: (word: string) => string[]): Record<string, string> {
  const stems = words.map(stemKey);
  const forms = new Map<string, string>();
  for (const [index, word] of words.entries()) {
    if (word.length < MIN_INFLECTED_WORD || /\p{N}/u.test(word)) continue;
    for (const form of inflect(word)) {
      const key = fold(form);
      if (form === word) continue;
      const stem = stemKey(form);
      const wordStem = stems[index] as string;
      // Found by Pagefind: the site word's stem starts with the form's.
      if (wordStem.startsWith(stem)) continue;
      // A form of several site words (homographs) goes to the more frequent, unless a later one
      // finds all the form finds (its stem starts the form's) and the earlier does not.
      const earlier = forms.get(key);
      if (earlier !== undefined && (!stem.startsWith(wordStem) || stem.startsWith(stemKey(earlier)))) continue;
      forms.set(key, word);
    }
  }
  return Object.fromEntries([...forms].sort((a, b) => a[0].localeCompare(b[0], 'sv')));
}

/**
 * The inflected forms that are also words of the site (`platsen`, searched as `plats`): the search
 * page must look these up in the vocabulary even when a result shows them exactly (`isExactWord`).
 * Written into the search page's HTML by the build, so other exact words need no vocabulary.
 */
export function formsOnSite(file: VocabularyFile): string[] {
  const folded = new Set(file.words.map(fold));
  return Object.keys(file.forms ?? {}).filter((form) => folded.has(form));
}

/** Lower-case words of a text, letters and digits only. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => w.length >= MIN_VOCABULARY_WORD && !/^\p{N}+$/u.test(w),
  );
}

/** Counts words across texts; `extra` adds further words (compound parts) for a text. */
export class VocabularyCounter {
  readonly #counts = new Map<string, number>();

  add(words: Iterable<string>): void {
    for (const w of words) this.#counts.set(w, (this.#counts.get(w) ?? 0) + 1);
  }

  /** Adds words with their counts (as `toCounts` gives them). */
  addCounts(counts: readonly (readonly [string, number])[]): void {
    for (const [w, n] of counts) this.#counts.set(w, (this.#counts.get(w) ?? 0) + n);
  }

  /**
   * Each word with its count, for `addCounts`. Pairs rather than an object: an object with a
   * property per word cost a 1,000-entry build 0.3 s (every word made a property name).
   */
  toCounts(): [string, number][] {
    return [...this.#counts];
  }

  /** Most frequent first; ties in Swedish alphabetical order so the file is stable. */
  toFile(): VocabularyFile {
    const words = [...this.#counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))
      .map(([w]) => w);
    return { words };
  }
}

/** The visible text of the indexed part of a page: `<main data-pagefind-body>` minus ignored parts. */
export function indexedTextOf(html: string): string {
  const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
  if (main === undefined) return '';
  return decodeEntities(
    main
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<(\w+)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
