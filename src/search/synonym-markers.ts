/**
 * What the build adds to the indexer's copy of a page from the editors' synonyms (`synonyms.ts`):
 * hidden metadata elements with the synonyms of the words in its title and in its text. Pure.
 */
import { META, type Synonym, synonymsIn } from './synonyms.ts';
import { indexedTextOf, wordsOf } from './vocabulary.ts';

/** The text of the page's first `<h1>` inside `<main>`. */
function titleOf(html: string): string {
  return indexedTextOf(`<main data-pagefind-body>${/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''}</main>`);
}

/** The editor's search words of a page (the `sokord` metadata its template wrote). */
export function searchWordsIn(html: string): string[] {
  const attr = /\bdata-sokord="([^"]*)"/.exec(html)?.[1] ?? '';
  return wordsOf(indexedTextOf(`<main data-pagefind-body>${attr}</main>`));
}

/**
 * Metadata elements for the indexer's copy of a page: the synonyms of words in its title and in
 * its text, as hidden empty elements inside `<main>` (the same form the templates use). `text`:
 * the page's indexed text (`indexedTextOf`), when the caller has it already.
 */
export function synonymMarkers(
  html: string,
  synonyms: readonly Synonym[],
  text: string = indexedTextOf(html),
): { html: string; words: string[] } {
  if (synonyms.length === 0) return { html, words: [] };
  const inTitle = synonymsIn(titleOf(html), synonyms);
  const inText = synonymsIn(text, synonyms).filter((w) => !inTitle.includes(w));
  const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const marker = (key: string, words: string[]) =>
    words.length === 0
      ? ''
      : `<span hidden data-pagefind-meta="${key}[data-words]" data-words="${attr(words.join(', '))}"></span>`;
  const markers = marker(META.titleSynonyms, inTitle) + marker(META.textSynonyms, inText);
  return {
    html: html.replace(/<main\b[^>]*data-pagefind-body[^>]*>/, (main) => main + markers),
    words: [...inTitle, ...inText],
  };
}
