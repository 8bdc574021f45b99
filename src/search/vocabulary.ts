/**
 * The site's own vocabulary, for "Menade du …?": every word of the indexed text (and every
 * compound part), counted, written at build time to `/sok/ordlista.json`. The search page loads
 * it only when a query word matches nothing.
 */

/** Words shorter than this are never suggested. */
export const MIN_VOCABULARY_WORD = 3;

/** The JSON file's shape: words, most frequent first. */
export interface VocabularyFile {
  words: string[];
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
