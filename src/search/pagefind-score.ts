/**
 * Pagefind 1.6's score of the pages for a one-word query, worked out from its own files before
 * its WebAssembly has arrived, so the search page can have the browser fetch the excerpts of the
 * first results early (`early-excerpts.ts`). It follows `search_term` in pagefind_web's
 * `search.rs` step by step, in 32-bit floats as the WebAssembly computes:
 *
 * - the words matched are the index's words starting with the word's stem (or, when none does,
 *   the longest word the stem starts with), each with its forms with diacritics;
 * - per page, the word's locations ordered by position; where several of the matched words share
 *   a position (a compound and its parts, `mark-compounds.ts`) the first one counts, with its
 *   weight; each matched word's summed weights ÷ 24 are its term frequency;
 * - each matched word scores BM25: the idf of all the matched words' pages, `term_saturation`
 *   (k1), `page_length` (b), the page's word count against the average, `term_frequency`, times
 *   the word's length bonus (`term_similarity`) and, when its form matches the query's
 *   diacritics, `1 + diacritic_similarity`;
 * - plus, for each metadata field the word is in (`title`, the search words, synonyms), the
 *   field's weight (Pagefind's `title: 5` and the site's `SEARCH_META_WEIGHTS`, others 1) × idf.
 *   (Pagefind 1.5's source counts a field once per matched word, coverage squared: 1.6's real
 *   results count it once per query word.)
 *
 * Scores agree with the WebAssembly's to within 4·10⁻⁷ (relative; it rounds logarithms its own
 * way). Pagefind orders pages by score with Rust's unstable sort, so pages of equal score come in an
 * order that cannot be known, and so do a compound's parts in a page with more than 20 locations
 * out of order. Each score is therefore a range (`low`–`high`), and `surelyFirst` gives only the
 * pages that are among the first n whatever that order is.
 */
import type { IndexMeta, PageWord, WordData } from './pagefind-index.ts';

/** Pagefind's ranking settings (`RankingWeights` in pagefind_web), with its defaults. */
export interface RankingWeights {
  termSimilarity: number;
  pageLength: number;
  termSaturation: number;
  termFrequency: number;
  diacriticSimilarity: number;
  metaWeights: Readonly<Record<string, number>>;
}

export const PAGEFIND_DEFAULT_WEIGHTS: RankingWeights = {
  termSimilarity: 1,
  pageLength: 0.75,
  termSaturation: 1.4,
  termFrequency: 1,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5 },
};

/** A page's score: exact when `low === high`. */
export interface PageScore {
  page: number;
  low: number;
  high: number;
}

const f32 = Math.fround;
/** UTF-8 byte order, as Rust compares strings. */
function byteOrder(a: string, b: string): number {
  const [x, y] = [new TextEncoder().encode(a), new TextEncoder().encode(b)];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** The words Pagefind matches for a stem (`find_word_extensions`), in its map's (byte) order. */
export function wordExtensions(stem: string, words: ReadonlyMap<string, WordData>): string[] {
  const keys = [...words.keys()];
  const extensions = keys.filter((k) => k.startsWith(stem));
  if (extensions.length > 0) return extensions.sort(byteOrder);
  let longest: string | undefined;
  for (const k of keys) if (stem.startsWith(k) && byteLength(k) > (longest ? byteLength(longest) : 0)) longest = k;
  return longest ? [longest] : [];
}

/** A matched word's bonus for its length against the stem's (`word_length_bonus`). */
export function lengthBonus(differential: number, termSimilarity: number): number {
  const ts = f32(termSimilarity);
  const base = f32(Math.exp(f32(f32(-0.5 * f32(differential * differential)) / 4)));
  return f32(f32(Math.exp(f32(base * ts))) / f32(Math.exp(ts)));
}

function idf(totalPages: number, containing: number): number {
  const ratio = f32(f32(f32(f32(totalPages) - f32(containing)) + 0.5) / f32(containing + 0.5));
  return f32(Math.log(f32(ratio + 1)));
}

function diacriticsMatch(original: string, form: string): boolean {
  return form === original || form.startsWith(original) || original.startsWith(form);
}

/** One matched word's BM25 score on a page (`calculate_bm25_word_score`). */
function wordScore(
  weightSum: number,
  bonus: number,
  documentLength: number,
  averageLength: number,
  wordIdf: number,
  w: RankingWeights,
): number {
  const k1 = f32(w.termSaturation);
  const b = f32(w.pageLength);
  const tfWeight = f32(w.termFrequency);
  const weighted = f32(f32(f32(weightSum) / 24) * bonus);
  const bm25 = f32(
    f32(f32(k1 + 1) * weighted) /
      f32(f32(k1 * f32(f32(1 - b) + f32(b * f32(f32(documentLength) / averageLength)))) + weighted),
  );
  const raw = Math.min(f32(weighted / f32(averageLength / 5)), f32(k1 + 1));
  const tf = f32(f32(f32(1 - tfWeight) * raw) + f32(tfWeight * bm25));
  return f32(wordIdf * tf);
}

interface Location {
  word: string;
  weight: number;
  position: number;
}

/**
 * The weight each matched word gets on a page (`weighted_words`): per position, the first of the
 * locations there. Locations Pagefind's unstable sort may order either way (more than 20 of them,
 * not already in order, several words at one position) count for no word in `low` and for every
 * word there in `high`.
 */
function weightedWords(locations: Location[]): { low: Map<string, number>; high: Map<string, number> } {
  const stable =
    locations.length <= 20 ||
    locations.every((l, i) => i === 0 || (locations[i - 1] as Location).position <= l.position);
  const sorted = locations.map((l, i) => [l, i] as const).sort((a, b) => a[0].position - b[0].position || a[1] - b[1]);
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  const add = (map: Map<string, number>, word: string, weight: number) => map.set(word, (map.get(word) ?? 0) + weight);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.[0].position === sorted[i]?.[0].position) j++;
    const group = sorted.slice(i, j).map(([l]) => l);
    const first = group[0] as Location;
    const certain = stable || group.every((l) => l.word === first.word && l.weight === first.weight);
    if (certain) {
      add(low, first.word, first.weight);
      add(high, first.word, first.weight);
    } else {
      const most = Math.max(...group.map((l) => l.weight));
      for (const word of new Set(group.map((l) => l.word))) add(high, word, most);
    }
    i = j;
  }
  return { low, high };
}

/**
 * Pagefind's score of every page for a one-word, unquoted query (`search_term` with no filter).
 * `original` is the word lower-cased, `normalised` without diacritics, `stem` Pagefind's stem of it.
 */
export function scorePages(
  query: { original: string; stem: string },
  words: ReadonlyMap<string, WordData>,
  meta: IndexMeta,
  weights: RankingWeights = PAGEFIND_DEFAULT_WEIGHTS,
): PageScore[] {
  const matched = wordExtensions(query.stem, words);
  const rank = new Map(matched.map((w, i) => [w, i]));
  const stemLength = byteLength(query.stem);
  const diacriticBonus = f32(1 + f32(weights.diacriticSimilarity));
  // Per page, its entries in Pagefind's order (each matched word's own pages, then its forms').
  const byPage = new Map<number, { word: string; bonus: number; lengthBonus: number; entry: PageWord }[]>();
  for (const word of matched) {
    const data = words.get(word) as WordData;
    const bonusOf = (form: string) =>
      weights.diacriticSimilarity > 0 && diacriticsMatch(query.original, form) ? diacriticBonus : 1;
    const lb = lengthBonus(Math.min(Math.abs(byteLength(word) - stemLength) + 1, 255), weights.termSimilarity);
    for (const [form, pages] of [[word, data.pages] as const, ...data.forms.map((f) => [f.form, f.pages] as const)]) {
      for (const entry of pages) {
        const list = byPage.get(entry.page) ?? [];
        list.push({ word, bonus: bonusOf(form), lengthBonus: lb, entry });
        byPage.set(entry.page, list);
      }
    }
  }
  const total = meta.pages.length;
  const wordIdf = idf(total, byPage.size);
  const fieldWeights: Record<string, number> = { ...PAGEFIND_DEFAULT_WEIGHTS.metaWeights, ...weights.metaWeights };
  const scores: PageScore[] = [];
  for (const [page, entries] of byPage) {
    const info = meta.pages[page];
    if (!info) throw new Error(`index chunk: page ${page} is not in the metadata`);
    const locations = entries.flatMap((e) =>
      e.entry.locations.map(([weight, position]) => ({ word: e.word, weight, position })),
    );
    const { low, high } = weightedWords(locations);
    const pageScore = (weighted: Map<string, number>) => {
      let sum = 0;
      // In the map's (byte) order, which is the matched words' order: 32-bit sums depend on it.
      for (const word of [...weighted.keys()].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number))) {
        // The bonuses of the word's first entry on the page (`words.iter().find(…)`).
        const first = entries.find((e) => e.word === word) as (typeof entries)[number];
        const s = wordScore(
          weighted.get(word) as number,
          first.lengthBonus,
          info.words,
          meta.averagePageLength,
          wordIdf,
          weights,
        );
        sum = f32(sum + f32(s * first.bonus));
      }
      return sum;
    };
    // Metadata: each field the word is in (in any of its matched forms, counted once, as Pagefind
    // 1.6 does) adds the field's weight × idf × coverage², the coverage of a one-word query being 1.
    const fields = new Set(entries.flatMap((e) => e.entry.metaLocations.map(([field]) => field)));
    let boost = 0;
    for (const field of fields) {
      const name = meta.metaFields[field];
      if (name === undefined) continue;
      const fieldWeight = f32(fieldWeights[name] ?? 1);
      boost = f32(boost + f32(f32(f32(fieldWeight * wordIdf) * 1) * 1));
    }
    scores.push({ page, low: f32(pageScore(low) + boost), high: f32(pageScore(high) + boost) });
  }
  return scores;
}

/**
 * The pages certainly among Pagefind's first `n` results, best first: a page is when fewer than
 * `n` others could score as much as it does (scores within `tolerance`, relative, count as equal:
 * Pagefind's WebAssembly rounds its logarithms its own way: 4·10⁻⁷ at most on 300 words at
 * 5,000 pages, so 10⁻⁶ on each side).
 */
export function surelyFirst(scores: readonly PageScore[], n: number, tolerance = 1e-6): number[] {
  const highs = scores.map((p) => p.high * (1 + tolerance)).sort((a, b) => b - a);
  // How many pages could score at least `score`: the highs (sorted, largest first) not below it.
  const atLeast = (score: number) => {
    let from = 0;
    let to = highs.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      if ((highs[mid] as number) >= score) from = mid + 1;
      else to = mid;
    }
    return from;
  };
  // The page itself is among them (its high is at least its low): fewer than n others.
  return scores
    .filter((p) => atLeast(p.low * (1 - tolerance)) - 1 < n)
    .sort((a, b) => b.low - a.low)
    .map((p) => p.page);
}
