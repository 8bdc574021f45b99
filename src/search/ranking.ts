/**
 * Orders a page of results beyond Pagefind's score: exact and title matches first. Pure,
 * unit-tested through `query.ts`, which exports these functions with the rest of the query rules.
 */
import { fold, isDigitGroups, stemKey } from './words.ts';

/** A result as the ranking below sees it: title and text, compound marks removed. */
export interface RankedPage {
  title: string;
  content: string;
}

function wordSet(text: string): Set<string> {
  return new Set((fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) as string[]);
}

/**
 * How well a page matches the query words, to order results beyond Pagefind's score (which sees
 * stems only, so `tryggt` and `trygghet` weigh the same): first how many words are in the title
 * as typed, then how many are in the title in another form (a title word's stem starts with the
 * word's, as Pagefind matches), then how many are in the text as typed.
 */
export function matchKey(terms: readonly string[], page: RankedPage): [number, number, number] {
  const title = wordSet(page.title);
  const titleStems = [...title].map(stemKey);
  const text = wordSet(page.content);
  let titleExact = 0;
  let titleForm = 0;
  let textExact = 0;
  for (const term of terms) {
    if (isDigitGroups(term)) continue;
    const t = fold(term);
    const stem = stemKey(term);
    if (title.has(t)) titleExact++;
    else if (titleStems.some((s) => s.startsWith(stem))) titleForm++;
    if (text.has(t)) textExact++;
  }
  return [titleExact, titleForm, textExact];
}

/**
 * The order of pages (indices) by `matchKey`, best first; pages that match equally keep
 * Pagefind's order. Exact matches rank above stem matches, titles above text.
 */
export function rankByMatch(terms: readonly string[], pages: readonly RankedPage[]): number[] {
  const keys = pages.map((p) => matchKey(terms, p));
  return pages
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = keys[a] as number[];
      const kb = keys[b] as number[];
      for (let k = 0; k < ka.length; k++) {
        if (ka[k] !== kb[k]) return (kb[k] as number) - (ka[k] as number);
      }
      return a - b;
    });
}
