/**
 * A judged query set generated from the built site itself, so it cannot be tuned to: for every
 * indexed page, each distinctive word of its title, as written, in other inflected forms (from
 * dictionary-sv's stems and suffix rules), without å/ä/ö, and with one typo (two neighbouring
 * letters swapped). The page the word comes from is the page that must be found.
 *
 * A title word is judged only when at most five pages have it in their titles (by stem, as
 * Pagefind matches): a word that titles ten pages cannot bring any one of them into the first five.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { urlOf } from '../../src/search/build-index.ts';
import { fold, stemKey } from '../../src/search/query.ts';
import { swedishInflector } from '../../src/search/swedish-dictionary.ts';
import { indexedTextOf, wordsOf } from '../../src/search/vocabulary.ts';
import { listFiles } from '../support/dist.ts';

export type GeneratedKind = 'title word' | 'inflection' | 'no diacritics' | 'typo';

export interface GeneratedJudgement {
  query: string;
  /** The page (URL path) that must be among the first five results. */
  page: string;
  kind: GeneratedKind;
  /** The title word the query was made from. */
  word: string;
}

/** Function words: on every page, so no page is "the" page for them. */
const FUNCTION_WORDS = new Set(
  'alla andra annan efter eller från genom hela inom inte mellan mot med samt sedan till under utan vara vill vår våra över'.split(
    ' ',
  ),
);

/** Title words shorter than this are not judged (most are function words; the short names are hand-judged). */
const MIN_WORD = 4;
/** Most other inflected forms judged per title word. */
const FORMS_PER_WORD = 3;
/** A title word shared by more pages' titles than this is not judged. */
const MAX_PAGES_PER_WORD = 5;

/** One typo: the two letters in the middle of the word swapped, or undefined when that changes nothing. */
export function typoOf(word: string): string | undefined {
  const letters = [...word];
  if (letters.length < 5) return undefined;
  const i = Math.floor(letters.length / 2) - 1;
  if (letters[i] === letters[i + 1]) return undefined;
  [letters[i], letters[i + 1]] = [letters[i + 1] as string, letters[i] as string];
  return letters.join('');
}

/** Every indexed Swedish page of a built site with its title (the `<h1>` of its indexed `<main>`). */
export function indexedPages(dist: string): { url: string; title: string }[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .flatMap((file) => {
      const html = readFileSync(path.join(dist, file), 'utf8');
      // Only Swedish pages (lättläst is Swedish too): /sok/ searches Pagefind's Swedish index.
      if (!/<html\b[^>]*\blang="sv"/.test(html)) return [];
      const main = /<main\b[^>]*data-pagefind-body[^>]*>[\s\S]*?<\/main>/.exec(html)?.[0];
      const h1 = main && /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1];
      if (!h1) return [];
      return [
        { url: urlOf(file.split(path.sep).join('/')), title: indexedTextOf(`<main data-pagefind-body>${h1}</main>`) },
      ];
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function generateJudgements(dist: string): GeneratedJudgement[] {
  const pages = indexedPages(dist);
  const titleStems = pages.map((p) => wordsOf(p.title).map(stemKey));
  const inflect = swedishInflector();
  const out: GeneratedJudgement[] = [];
  const seen = new Set<string>();
  const add = (query: string | undefined, page: string, kind: GeneratedKind, word: string) => {
    if (query === undefined || seen.has(`${query} ${page}`)) return;
    seen.add(`${query} ${page}`);
    out.push({ query, page, kind, word });
  };
  for (const [i, page] of pages.entries()) {
    for (const word of new Set(wordsOf(page.title))) {
      if (word.length < MIN_WORD || FUNCTION_WORDS.has(word)) continue;
      const stem = stemKey(word);
      const sharing = titleStems.filter((stems) => stems.some((s) => s.startsWith(stem))).length;
      if (sharing > MAX_PAGES_PER_WORD || titleStems[i] === undefined) continue;
      add(word, page.url, 'title word', word);
      const forms = inflect(word)
        .filter((f) => f !== word)
        .sort((a, b) => a.length - b.length || a.localeCompare(b, 'sv'));
      for (const form of forms.slice(0, FORMS_PER_WORD)) add(form, page.url, 'inflection', word);
      if (fold(word) !== word) add(fold(word), page.url, 'no diacritics', word);
      add(typoOf(word), page.url, 'typo', word);
    }
  }
  return out;
}
