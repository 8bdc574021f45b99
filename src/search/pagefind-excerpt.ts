/**
 * A result's data as Pagefind 1.6's `loadFragment` makes it (pagefind_web_js), worked out before
 * its engine has arrived (`quick-search.ts`): the excerpt file's address, title and text, and the
 * excerpt around the densest `EXCERPT_LENGTH` words (`calculate_excerpt_region`, `build_excerpt`),
 * from the word locations and balanced scores the engine gives a one-word query's result (per
 * position the first matched word, weight² × its length bonus, `calculate_individual_word_score`,
 * read back as its WebAssembly's JSON prints a 32-bit float).
 */
import type { PagefindResultData } from './engine.ts';
import { EXCERPT_LENGTH } from './engine-files.ts';
import type { Fragment, WordData } from './pagefind-index.ts';
import { lengthBonus, PAGEFIND_DEFAULT_WEIGHTS, wordExtensions } from './pagefind-score.ts';

/** A word location as Pagefind's `result.l` gives it to `loadFragment`. */
export interface WeightedLocation {
  location: number;
  balancedScore: number;
}

const f32 = Math.fround;
const byteLength = (s: string) => new TextEncoder().encode(s).length;

/**
 * A 32-bit float as JavaScript reads it from the WebAssembly's JSON: Rust prints the shortest
 * decimal that reads back as the same 32-bit float, and `JSON.parse` reads that as a 64-bit one.
 */
export function asPrinted(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  for (let digits = 1; digits <= 9; digits++) {
    const shortest = Number(value.toPrecision(digits));
    if (f32(shortest) === value) return shortest;
  }
  return value;
}

/**
 * Each page's word locations as Pagefind's result gives them for a one-word query: per position
 * (ordered), the first matched word there, with its balanced score. Undefined for a page where
 * that first word cannot be known (more than 20 locations out of order with different words or
 * weights at one position: Pagefind's unstable sort decides).
 */
export function pageLocations(
  stem: string,
  words: ReadonlyMap<string, WordData>,
  page: number,
  termSimilarity = PAGEFIND_DEFAULT_WEIGHTS.termSimilarity,
): WeightedLocation[] | undefined {
  const stemLength = byteLength(stem);
  const locations: { position: number; weight: number; bonus: number }[] = [];
  for (const word of wordExtensions(stem, words)) {
    const data = words.get(word) as WordData;
    const bonus = lengthBonus(Math.min(Math.abs(byteLength(word) - stemLength) + 1, 255), termSimilarity);
    for (const list of [data.pages, ...data.forms.map((f) => f.pages)]) {
      for (const entry of list) {
        if (entry.page !== page) continue;
        for (const [weight, position] of entry.locations) locations.push({ position, weight, bonus });
      }
    }
  }
  const stable =
    locations.length <= 20 || locations.every((l, i) => i === 0 || (locations[i - 1]?.position ?? 0) <= l.position);
  const sorted = locations.map((l, i) => [l, i] as const).sort((a, b) => a[0].position - b[0].position || a[1] - b[1]);
  const out: WeightedLocation[] = [];
  for (let i = 0; i < sorted.length; ) {
    const first = (sorted[i] as (typeof sorted)[number])[0];
    let j = i + 1;
    while (j < sorted.length && sorted[j]?.[0].position === first.position) {
      const other = (sorted[j] as (typeof sorted)[number])[0];
      if (!stable && (other.weight !== first.weight || other.bonus !== first.bonus)) return undefined;
      j++;
    }
    out.push({
      location: first.position,
      balancedScore: asPrinted(f32(f32(first.weight * first.weight) * first.bonus)),
    });
    i = j;
  }
  return out;
}

/** Where Pagefind's excerpt starts: the middle of the densest runs of `length` words (`calculate_excerpt_region`). */
export function excerptStart(locations: readonly WeightedLocation[], length: number): number {
  if (locations.length === 0) return 0;
  const words: number[] = [];
  for (const l of locations) words[l.location] = (words[l.location] ?? 0) + l.balancedScore;
  if (words.length <= length) return 0;
  let densest = 0;
  for (let i = 0; i < length; i++) densest += words[i] ?? 0;
  let sum = densest;
  let at = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      at = [i];
    } else if (sum === densest && at[at.length - 1] === i - 1) at.push(i);
  }
  return at[Math.floor(at.length / 2)] as number;
}

/** Pagefind's excerpt: `length` words of the text from `start`, the words at `marked` in `<mark>` (`build_excerpt`). */
export function buildExcerpt(rawContent: string, start: number, length: number, marked: readonly number[]): string {
  const zws = rawContent.includes('\u200B');
  const words = zws ? rawContent.split('\u200B') : rawContent.split(/[^\S\uFEFF]+/g);
  let from = start;
  const n = Math.min(length, words.length);
  if (from + n > words.length) from = words.length - n;
  if (from < 0) from = 0;
  for (const at of marked) {
    if (words[at]?.startsWith('<mark>')) continue;
    words[at] = `<mark>${words[at]}</mark>`;
  }
  return words
    .slice(from, from + n)
    .join(zws ? '' : ' ')
    .trim();
}

/** A result's data as Pagefind's `loadFragment` makes it from the excerpt file and the locations. */
export function resultData(fragment: Fragment, locations: readonly WeightedLocation[]): PagefindResultData {
  const raw = fragment.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const start = excerptStart(locations, EXCERPT_LENGTH);
  return {
    // Pagefind's `fullUrl` with its default base (`/`) and no highlight parameter.
    url: /^(https?:)?\/\//.test(fragment.url) ? fragment.url : `//${fragment.url}`.replace(/\/+/g, '/'),
    content: fragment.content.replace(/\u200B/g, ''),
    meta: fragment.meta,
    excerpt: buildExcerpt(
      raw,
      start,
      EXCERPT_LENGTH,
      locations.map((l) => l.location),
    ),
  };
}
