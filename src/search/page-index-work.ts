/**
 * The search index's work for one built page (`build-index.ts` hands the result to Pagefind and
 * keeps it in `index-cache.ts`): the copy the indexer gets and the words it gives the vocabulary.
 */
import type { CompoundPart } from './compound-splitter.ts';
import type { PageIndexWork } from './index-cache.ts';
import { markCompounds } from './mark-compounds.ts';
import { searchWordsIn, synonymMarkers } from './synonym-markers.ts';
import type { Synonym } from './synonyms.ts';
import { indexedTextOf, VocabularyCounter, wordsOf } from './vocabulary.ts';

/**
 * What Pagefind gets of a page: the `<html>` tag (for the page's language) and the
 * `<main data-pagefind-body>` element. Once a site marks its body, Pagefind reads nothing outside
 * it (text, headings, metadata, filters, sort keys are all inside `<main>` here), so the header,
 * footer and `<head>` are only bytes to send to the indexer and parse (more than half of a page):
 * the index is the same without them (checked on the benchmark's 1,000-entry site, file for file).
 */
export function indexerCopy(html: string): string {
  const open = /<html\b[^>]*>/.exec(html)?.[0];
  const main = /<main\b[^>]*data-pagefind-body[\s\S]*<\/main>/.exec(html)?.[0];
  if (open === undefined || main === undefined) return html;
  return `<!doctype html>${open}<head></head><body>${main}</body></html>`;
}

/**
 * The indexer's copy of a Swedish page and the words it gives the vocabulary. Each step reads only
 * what it needs once: the indexed text is taken out once (the synonyms' markers add no text), and
 * compounds are marked in the indexer's copy (`<main>`), not in the header and footer it drops.
 */
export function indexWorkOf(
  page: string,
  synonyms: readonly Synonym[],
  split: (word: string) => readonly CompoundPart[] | undefined,
): PageIndexWork {
  const counter = new VocabularyCounter();
  const text = indexedTextOf(page);
  const withSynonyms = synonymMarkers(page, synonyms, text);
  const html = withSynonyms.html;
  // Search words and synonyms are words of the site too: they find pages, so they are no junk.
  counter.add([...searchWordsIn(html), ...withSynonyms.words.flatMap(wordsOf)]);
  // A synonym with `>` in it ends its marker's tag early for `indexedTextOf`, whose text then has it.
  const words = wordsOf(withSynonyms.words.some((w) => w.includes('>')) ? indexedTextOf(html) : text);
  const parts = words.flatMap((w) => split(w)?.map((p) => p.part) ?? []);
  counter.add([...words, ...parts]);
  const marked = markCompounds(indexerCopy(html), split);
  return {
    html: marked.html,
    words: counter.toCounts(),
    compoundsMarked: marked.marked,
    synonymsAdded: withSynonyms.words.length,
  };
}
