/**
 * Giving compound parts to Pagefind. Pagefind indexes a word written with ASCII punctuation
 * inside it (`kamera-övervakning`) as the whole word and as each part, so the copy of a page
 * handed to the indexer (never the page on disk) has every compound the splitter knows rewritten
 * with a marker between its parts: `brott^s^förebyggande` is indexed as `brottsförebyggande`,
 * `brott` and `förebyggande`. The marker is a character Swedish prose does not use; the search
 * page removes it from titles and excerpts before showing them (`stripCompoundMarks`).
 */
import type { CompoundPart } from './compound-splitter.ts';

export const COMPOUND_MARK = '^';

/** One word with marks between its parts, keeping the word's own letters and case. */
export function markWord(word: string, parts: readonly CompoundPart[]): string {
  let at = 0;
  const pieces: string[] = [];
  for (const { part, linkingS } of parts) {
    pieces.push(word.slice(at, at + part.length));
    at += part.length;
    if (linkingS) {
      pieces.push(word.slice(at, at + 1));
      at += 1;
    }
  }
  return pieces.join(COMPOUND_MARK);
}

/**
 * Rewrites the text of an HTML document (body only; never tags, attributes, scripts or styles)
 * with compound marks. `split` gets lower-case words and returns their parts or undefined.
 * Returns the new HTML and the compounds it marked.
 */
export function markCompounds(
  html: string,
  split: (word: string) => readonly CompoundPart[] | undefined,
): { html: string; marked: number } {
  const bodyAt = html.search(/<body[\s>]/);
  if (bodyAt < 0) return { html, marked: 0 };
  let marked = 0;
  const markText = (text: string) =>
    text.replace(/\p{L}+/gu, (word) => {
      const lower = word.toLowerCase();
      if (lower.length !== word.length) return word;
      const parts = split(lower);
      if (!parts) return word;
      marked++;
      return markWord(word, parts);
    });
  const body = html
    .slice(bodyAt)
    // Text runs between tags, skipping the contents of script and style elements.
    .replace(/(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)</g, (all, skipped: string | undefined, _tag, text: string) =>
      skipped ? all : `>${markText(text)}<`,
    );
  return { html: html.slice(0, bodyAt) + body, marked };
}

/** What the search page shows: the text with the indexing marks removed. */
export function stripCompoundMarks(text: string): string {
  return text.replaceAll(COMPOUND_MARK, '');
}
