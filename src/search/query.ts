/**
 * Query handling for the search page, pure so it is unit-tested: splitting what a visitor typed
 * into words, the rule telling real matches (also inflected and derived forms, by the stemmer
 * Pagefind uses) from junk, and "Menade du …?" suggestions.
 */
import { swedishStem } from './swedish-stemmer.ts';

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

/** Stems already worked out: the build stems every word of every page, most of them many times. */
const stems = new Map<string, string>();
/** Stems kept at most (a site's distinct words are far fewer; a bound all the same). */
const MAX_STEMS = 200_000;

/** A word's stem as Pagefind indexes it (Snowball Swedish), without diacritics. */
export function stemKey(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = fold(swedishStem(word.toLowerCase()));
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Swedish derivational endings, longest first: a noun of action or quality and the adjective or
 * verb made from the same base (`prevention`, `preventiv`, `preventivt`; `organisation`,
 * `organisera`). Two words whose stems differ only by one of these are derived from one base.
 */
const DERIVATIONS = [
  'ationerna',
  'ationer',
  'ationen',
  'eringar',
  'eringen',
  'ivitet',
  'iteten',
  'ation',
  'ering',
  'ioner',
  'ionen',
  'istisk',
  'isera',
  'ivt',
  'iva',
  'ion',
  'ism',
  'ist',
  'isk',
  'itet',
  'era',
  'iv',
];

/** Bases shorter than this are not compared: too many unrelated words share them. */
export const MIN_DERIVATION_BASE = 6;

/** The base a stem is derived from (`våldsprevention` → `våldsprevent`), or undefined. */
export function derivationBase(stem: string): string | undefined {
  const ending = DERIVATIONS.find((d) => stem.endsWith(d) && stem.length - d.length >= MIN_DERIVATION_BASE);
  return ending === undefined ? undefined : stem.slice(0, -ending.length);
}

/** The site's indexed words, with the stems the query words are compared with. */
export interface SiteWords {
  /** Words, most frequent first (as in `/sok/ordlista.json`). */
  words: readonly string[];
  /** `stemKey` of each word, in the same order. */
  stems: readonly string[];
  /** Inflected forms (without diacritics) that do not find the site's word in Pagefind, to that word. */
  forms: ReadonlyMap<string, string>;
  /** The words without diacritics. */
  folded: ReadonlySet<string>;
}

export function siteWords(words: readonly string[], forms: Record<string, string> = {}): SiteWords {
  return { words, stems: words.map(stemKey), forms: new Map(Object.entries(forms)), folded: new Set(words.map(fold)) };
}

/**
 * How a query word matched:
 * - `word`: the word or another form of it is on the site (same stem: `tryggt`, `trygghet`…;
 *   `nattvandrare`, `nattvandra`), or Pagefind highlighted it;
 * - `prefix`: only longer words start with it (`klottre` → `klottret`): results are shown, and
 *   "Menade du …?" is offered when the word itself is not in the site's vocabulary;
 * - `derived`: the word is not on the site, but another form of it is, one Pagefind's stemmer does
 *   not match (`museet` → `museum`, from the dictionary's inflections in the vocabulary file), or
 *   a word derived from the same base (`våldsprevention` → `våldspreventivt`): that word is
 *   searched for instead (`search`);
 * - `none`: nothing. Pagefind falls back to the longest indexed word the query starts with
 *   (`polisxyz` → `polis`, `övervakningsdrönare` → `övervakning`); no site word has the query's
 *   stem at its start, so that is junk, and the word is reported as matching nothing.
 * Highlighted compounds count with their parts (`brott^s^förebyggande`).
 */
export type TermMatch = 'word' | 'prefix' | 'derived' | 'none';

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
