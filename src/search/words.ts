/**
 * Single words of a search, pure so they are unit-tested: folding away diacritics, digit groups
 * (parts of a phone number), stems as Pagefind indexes them, inflected and derived forms, and the
 * site's words compared with them. Used by the query rules (`query.ts`), suggestions
 * (`spelling.ts`), ranking (`ranking.ts`) and the build (`vocabulary.ts`, `synonyms.ts`).
 */
import { swedishStem } from './swedish-stemmer.ts';

/** A group of digits, maybe with hyphens: part of a phone number (`011-15`, `22`, `114`). */
export const DIGITS = /^\d+(?:-\d+)*$/;

/** True for a term of digit groups only (`114 14`, `011-15 22 83`). */
export function isDigitGroups(term: string): boolean {
  return term.split(' ').every((p) => DIGITS.test(p));
}

/** Number of letters and digits in a word. */
export function lengthOf(term: string): number {
  return (term.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Lower case without diacritics: `Övervakning` → `overvakning`. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
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

export function isForm(a: string, b: string): boolean {
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
