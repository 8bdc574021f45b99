/**
 * "Menade du …?": the closest site word to a query word that matched nothing or only by stem.
 * Pure, unit-tested through `query.ts`, which exports these functions with the rest of the query rules.
 */
import { fold, isDigitGroups, lengthOf, stemKey, type TermMatch } from './words.ts';

/** How many edits a suggestion may be from the typed word: 1 up to 4 letters, 2 up to 8, then 3. */
export function maxEditDistance(word: string): number {
  const n = lengthOf(word);
  if (n <= 4) return 1;
  if (n <= 8) return 2;
  return 3;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `klottre` is one edit
 * from `klotter`, as a swapped pair of keys is one slip of the fingers.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The closest word of the site's vocabulary (most frequent first) to a word that matched nothing,
 * or undefined when none is close enough. Distance is counted without diacritics, so `overvakning`
 * is one edit from nothing and `ovrvakning` one edit from `övervakning`; ties go to the more
 * frequent word.
 */
export function suggestWord(
  word: string,
  vocabulary: readonly string[],
  distance: (a: string, b: string) => number = editDistance,
  limit = maxEditDistance(word),
): string | undefined {
  const target = fold(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const folded = fold(candidate);
    if (Math.abs(folded.length - target.length) >= bestDistance) continue;
    if (folded === target) continue;
    const d = distance(target, folded);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/**
 * "Menade du …?" for one query word that is not itself in the vocabulary (`known`):
 * - matched nothing, or only as the start of longer words: the closest word (`suggestWord`);
 * - matched by stem only (`klottre` has the stem of `klottra`): a word one slip of the fingers
 *   away that is no form of the same word (`klotter`), so an inflection the site does not use
 *   (`nattvandrare`) gets no needless question;
 * - a `derived` word is searched as the site's word already: none.
 */
export function suggestionFor(
  term: string,
  match: TermMatch,
  vocabulary: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  if (match === 'derived' || known.has(term) || known.has(fold(term)) || isDigitGroups(term)) return undefined;
  if (match !== 'word') return suggestWord(term, vocabulary);
  const near = suggestWord(term, vocabulary, editDistance, 1);
  return near !== undefined && stemKey(near) !== stemKey(term) ? near : undefined;
}

/** The query with each word replaced by its suggestion, if it has one. */
export function suggestedQuery(terms: readonly string[], suggestions: ReadonlyMap<string, string>): string {
  return terms.map((t) => suggestions.get(t) ?? t).join(' ');
}
