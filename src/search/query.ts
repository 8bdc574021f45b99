/**
 * Query handling for the search page, pure so it is unit-tested: splitting what a visitor typed
 * into words, and the rule telling real matches (also inflected and derived forms, by the stemmer
 * Pagefind uses) from junk. Beside it: single words (`words.ts`), "Menade du …?" suggestions
 * (`spelling.ts`) and the ranking (`ranking.ts`); this module exports them too, so callers take
 * the query rules from one place.
 */
import {
  DIGITS,
  derivationBase,
  fold,
  isDigitGroups,
  isForm,
  lengthOf,
  type SiteWords,
  siteWords,
  stemKey,
  type TermMatch,
} from './words.ts';

export { matchKey, type RankedPage, rankByMatch } from './ranking.ts';
export { editDistance, maxEditDistance, suggestedQuery, suggestionFor, suggestWord } from './spelling.ts';
export {
  derivationBase,
  fold,
  isDigitGroups,
  MIN_DERIVATION_BASE,
  type SiteWords,
  siteWords,
  stemKey,
  type TermMatch,
} from './words.ts';

/**
 * Words shorter than this are matched as whole words only. Pagefind matches every query word as a
 * prefix, so `k` would list every page with a word starting with k; a whole-word match still finds
 * `112`, `EST`, `Tib` and the `14` of `114 14`.
 */
export const MIN_PREFIX_LENGTH = 4;
/** Words shorter than this are not in the site's vocabulary (`vocabulary.ts`) and never suggested. */
export const MIN_VOCABULARY_WORD = 3;
/** More words than this are ignored (the rest would only slow the search down). */
export const MAX_TERMS = 8;

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

/**
 * One term as Pagefind should search it: short words quoted, which makes them whole-word
 * matches; each group of a number (`011-15 22 83`) quoted on its own, all of them required.
 */
export function pagefindTerm(term: string): string {
  const quote = (t: string) => `"${t.replaceAll('"', '')}"`;
  if (isDigitGroups(term)) return term.split(' ').map(quote).join(' ');
  return lengthOf(term) < MIN_PREFIX_LENGTH ? quote(term) : term;
}

/** The Pagefind query for a list of words. */
export function pagefindQuery(terms: readonly string[]): string {
  return terms.map(pagefindTerm).join(' ');
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

export interface TermClass {
  match: TermMatch;
  /** What Pagefind searches for this word: the word itself, or for `derived`, the site's word. */
  search: string;
  /**
   * A short word found only in metadata (a synonym such as `BRÅ`, a search word): Pagefind's
   * whole-word (quoted) search looks at the text alone, so it is searched unquoted.
   */
  loose?: true;
}

/** The Pagefind query for classified words: short ones quoted unless `loose`. */
export function pagefindQueryOf(matches: readonly TermClass[]): string {
  return matches.map((m) => (m.loose ? m.search : pagefindTerm(m.search))).join(' ');
}

/**
 * Classifies a query word from what Pagefind returned for it alone (`hits`, the words highlighted
 * in its best result's excerpt) and the site's words. The rule is Pagefind's own: it finds a
 * page when the query word's stem starts the stem of one of the page's words. Junk is what it
 * returns otherwise, from its fallback to shorter words.
 */
export function classifyTerm(
  term: string,
  highlighted: readonly string[],
  hits: number,
  site: SiteWords = siteWords([]),
): TermClass {
  const none: TermClass = { match: 'none', search: term };
  const clean = (h: string) => fold(h).replace(/[^\p{L}\p{N}]/gu, '');
  if (isDigitGroups(term)) {
    if (hits === 0) return none;
    // A number matches when every group of it is highlighted (Pagefind's excerpt shows them together).
    const seen = new Set(highlighted.map(clean));
    return term.split(' ').every((g) => seen.has(clean(g))) ? { match: 'word', search: term } : none;
  }
  const t = clean(term);
  const words = highlighted.flatMap((h) => {
    const marked = fold(h).replace(/[^\p{L}\p{N}^]/gu, '');
    const parts = marked.split('^');
    return [marked.replaceAll('^', ''), ...parts];
  });
  const stem = stemKey(term);
  // Another form of a site word that does not find it: searched as the site word when that finds
  // all the form finds too (its stem starts the form's: `platsen` → `plats`, `effektivt` →
  // `effektiv`), or when Pagefind finds nothing real for the form (`museet` → `museum`).
  const form = lengthOf(term) < MIN_PREFIX_LENGTH ? undefined : site.forms.get(t);
  if (form !== undefined && (stem.startsWith(stemKey(form)) || !site.stems.some((s) => s.startsWith(stem)))) {
    return { match: 'derived', search: form };
  }
  if (hits > 0) {
    if (words.some((w) => w === t || isForm(t, w) || stemKey(w) === stem)) return { match: 'word', search: term };
    // Short words are searched as whole words: what Pagefind returns for them is no fallback when
    // the word is on the site (a whole-word match in metadata highlights nothing: `BRÅ`, `soc`).
    if (lengthOf(term) < MIN_PREFIX_LENGTH) {
      return highlighted.length === 0 || site.folded.has(t) ? { match: 'word', search: term } : none;
    }
    if (site.stems.includes(stem)) return { match: 'word', search: term };
    if (words.some((w) => w.startsWith(t)) || site.stems.some((s) => s.startsWith(stem))) {
      return { match: 'prefix', search: term };
    }
  }
  if (lengthOf(term) < MIN_PREFIX_LENGTH) {
    return hits === 0 && site.folded.has(t) ? { match: 'word', search: term, loose: true } : none;
  }
  const base = derivationBase(stem);
  if (base !== undefined) {
    const at = site.stems.findIndex((s) => s !== stem && derivationBase(s) === base);
    const word = site.words[at];
    if (word !== undefined) return { match: 'derived', search: word };
  }
  return none;
}

/**
 * Whether a query word can be classified without the site's vocabulary: its best result shows the
 * word exactly as typed (letters, case aside), so `classifyTerm` would call it a `word` — unless
 * the word is also one of the inflected forms searched as another site word (`platsen` → `plats`),
 * which the build lists in `formsOnSite`. Such a word is on the site, so it is in the vocabulary
 * and gets no "Menade du …?" either. This lets the first results come without waiting for
 * `/sok/ordlista.json`; the unit tests hold it to `classifyTerm`.
 */
export function isExactWord(term: string, highlighted: readonly string[], formsOnSite: ReadonlySet<string>): boolean {
  if (isDigitGroups(term) || lengthOf(term) < MIN_VOCABULARY_WORD) return false;
  const typed = term.toLowerCase();
  if (!/^[\p{L}\p{N}]+$/u.test(typed) || /^\p{N}+$/u.test(typed) || formsOnSite.has(fold(typed))) return false;
  return highlighted.some((h) => {
    const marked = h.toLowerCase().replace(/[^\p{L}\p{N}^]/gu, '');
    return marked.replaceAll('^', '') === typed || marked.split('^').includes(typed);
  });
}
