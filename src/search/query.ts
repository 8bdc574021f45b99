/**
 * Query handling for the search page, pure so it is unit-tested: splitting what a visitor typed
 * into words, the rule against junk from short prefixes, and "Menade du …?" suggestions.
 */

/**
 * Words shorter than this are matched as whole words only. Pagefind matches every query word as a
 * prefix, so `k` would list every page with a word starting with k; a whole-word match still finds
 * `112`, `EST`, `Tib` and the `14` of `114 14`.
 */
export const MIN_PREFIX_LENGTH = 4;
/** More words than this are ignored (the rest would only slow the search down). */
export const MAX_TERMS = 8;

/** A group of digits, maybe with hyphens: part of a phone number (`011-15`, `22`, `114`). */
const DIGITS = /^\d+(?:-\d+)*$/;

/**
 * The words of a query, lower-case, without surrounding punctuation, each once. Consecutive
 * groups of digits stay together as one term (`011-15 22 83`, `114 14`): a phone number is
 * searched as a phrase, not as loose numbers.
 */
export function parseTerms(query: string): string[] {
  const tokens = query
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  const terms: string[] = [];
  for (const token of tokens) {
    const last = terms.at(-1);
    if (last !== undefined && DIGITS.test(token) && last.split(' ').every((p) => DIGITS.test(p))) {
      terms[terms.length - 1] = `${last} ${token}`;
    } else {
      terms.push(token);
    }
  }
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Number of letters and digits in a word. */
function lengthOf(term: string): number {
  return (term.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/**
 * One term as Pagefind should search it: short words quoted, which makes them whole-word
 * matches; each group of a number (`011-15 22 83`) quoted on its own, all of them required.
 */
export function pagefindTerm(term: string): string {
  const quote = (t: string) => `"${t.replaceAll('"', '')}"`;
  if (isDigitGroups(term)) return term.split(' ').map(quote).join(' ');
  return lengthOf(term) < MIN_PREFIX_LENGTH ? quote(term) : term;
}

/** True for a term of digit groups only (`114 14`, `011-15 22 83`). */
export function isDigitGroups(term: string): boolean {
  return term.split(' ').every((p) => DIGITS.test(p));
}

/** The Pagefind query for a list of words. */
export function pagefindQuery(terms: readonly string[]): string {
  return terms.map(pagefindTerm).join(' ');
}

/** Lower case without diacritics: `Övervakning` → `overvakning`. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

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
): string | undefined {
  const target = fold(word);
  const limit = maxEditDistance(word);
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

/** The query with each word replaced by its suggestion, if it has one. */
export function suggestedQuery(terms: readonly string[], suggestions: ReadonlyMap<string, string>): string {
  return terms.map((t) => suggestions.get(t) ?? t).join(' ');
}

/** "1 träff", "12 träffar", "Inga träffar". */
export function hitCount(count: number): string {
  if (count === 0) return 'Inga träffar';
  return count === 1 ? '1 träff' : `${count.toLocaleString('sv-SE')} träffar`;
}

/** A list of words in Swedish: `a`, `a och b`, `a, b och c`. */
export function listInSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/**
 * Swedish inflection endings (after the Snowball stemmer's list, without the bare `t` that would
 * make `klottre` a form of `klottret`): two words that differ only by one of them are forms of
 * the same word.
 */
const ENDINGS: ReadonlySet<string> = new Set(
  (
    ' a e n r s en et er ar or na ns es as ad at ade ande are ast aste arna erna orna ens ets ers ars ors nas ' +
    'arnas ernas ornas ades andes het heten heter heterna hetens aren arens ern erns andet'
  ).split(' '),
);

function isForm(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 3 && ENDINGS.has(a.slice(p)) && ENDINGS.has(b.slice(p));
}

/**
 * How a query word matched, judged from the words Pagefind highlighted in a result for it:
 * - `word`: a highlighted word is the query word or a form of it (`polisens` → `polisen`);
 * - `prefix`: only longer words starting with it (`klottre` → `klottret`): results are shown, and
 *   "Menade du …?" is offered when the word itself is not in the site's vocabulary;
 * - `none`: nothing, or only words that merely start the query word. Pagefind falls back to the
 *   longest indexed word the query starts with (`polisxyz` → `polis`, `övervakning` → `över`);
 *   that is junk, and the word is reported as matching nothing.
 * Highlighted compounds count with their parts (`brott^s^förebyggande`).
 */
export type TermMatch = 'word' | 'prefix' | 'none';

export function classifyTerm(term: string, highlighted: readonly string[], hits: number): TermMatch {
  if (hits === 0) return 'none';
  if (highlighted.length === 0) return 'word';
  const clean = (h: string) => fold(h).replace(/[^\p{L}\p{N}]/gu, '');
  if (isDigitGroups(term)) {
    // A number matches when every group of it is highlighted (Pagefind's excerpt shows them together).
    const seen = new Set(highlighted.map(clean));
    return term.split(' ').every((g) => seen.has(clean(g))) ? 'word' : 'none';
  }
  const t = fold(term).replace(/[^\p{L}\p{N}]/gu, '');
  const words = highlighted.flatMap((h) => {
    const clean = fold(h).replace(/[^\p{L}\p{N}^]/gu, '');
    const parts = clean.split('^');
    return [clean.replaceAll('^', ''), ...parts];
  });
  if (words.some((w) => w === t || isForm(t, w))) return 'word';
  if (words.some((w) => w.startsWith(t))) return 'prefix';
  return 'none';
}
