/**
 * Snowball's Swedish stemmer, the version Pagefind 1.6 compiles in (`pagefind_stem`, Snowball 3:
 * with the `et` rule and its exceptions, and `öst` → `ös`). Pagefind stems both the index and the
 * query with it, so the search page uses the same function to tell a real match (the query's stem
 * starts an indexed word's stem) from Pagefind's fallback to a shorter word. npm's Swedish
 * stemmers (`@orama/stemmers`, `snowball-stemmers`) implement the older algorithm without the
 * `et` rule, so they would disagree with the index on words such as `huset`.
 *
 * A direct port of the generated Rust code; the algorithm is described at
 * snowballstem.org/algorithms/swedish/stemmer.html.
 */

const VOWELS = new Set('aeiouyäåö');
/** Letters after which a final `s` is removed. */
const S_ENDING = new Set('bcdfghjklmnoprtvy');
/** Letters before `öst` that make it `ös` (`lösts`… `löst` → `lös`). */
const OST_ENDING = new Set('iklnprtuv');

/** Main suffixes, longest first so the first match is the longest (Snowball's `among`). */
const MAIN_SUFFIXES = [
  'heterna',
  'hetens',
  'anden',
  'heten',
  'heter',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'arens',
  'andet',
  'arna',
  'erna',
  'orna',
  'ande',
  'arne',
  'aste',
  'aren',
  'ades',
  'erns',
  'ade',
  'are',
  'ern',
  'het',
  'ast',
  'ens',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'et',
  'a',
  'e',
  's',
];
const ET_EXCEPTIONS = [
  'fab',
  'h',
  'pak',
  'rak',
  'stak',
  'kom',
  'iet',
  'cit',
  'dit',
  'alit',
  'ilit',
  'mit',
  'nit',
  'pit',
  'rit',
  'sit',
  'tit',
  'uit',
  'ivit',
  'kvit',
  'xit',
];
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
const OTHER_SUFFIXES = ['fullt', 'lig', 'els', 'öst', 'ig'];

/** Start of the region R1: after the first non-vowel that follows a vowel, and at least 3 letters in. */
function regionOne(w: string[]): number {
  if (w.length < 3) return w.length;
  let i = 0;
  while (i < w.length && !VOWELS.has(w[i] as string)) i++;
  while (i < w.length && VOWELS.has(w[i] as string)) i++;
  if (i >= w.length) return w.length;
  return Math.max(i + 1, 3);
}

const endsWith = (w: string[], end: number, suffix: string) => w.slice(0, end).join('').endsWith(suffix);

/** `et` may go after a non-vowel preceded by a vowel, not first in the word, unless an exception ends there. */
function etCondition(w: string[], at: number): boolean {
  const before = w[at - 1];
  const beforeThat = w[at - 2];
  if (before === undefined || VOWELS.has(before)) return false;
  if (beforeThat === undefined || !VOWELS.has(beforeThat)) return false;
  if (at - 2 <= 0) return false;
  return !ET_EXCEPTIONS.some((e) => endsWith(w, at, e));
}

/** The stem of one lower-case word. */
export function swedishStem(word: string): string {
  const w = [...word];
  const p1 = regionOne(w);
  // Step 1: main suffixes, inside R1.
  const main = MAIN_SUFFIXES.find((s) => {
    const n = [...s].length;
    return w.length - n >= p1 && endsWith(w, w.length, s);
  });
  if (main !== undefined) {
    const n = [...main].length;
    const at = w.length - n;
    if (main === 's') {
      if (endsWith(w, at, 'et') && etCondition(w, at - 2)) w.splice(at - 2);
      else if (S_ENDING.has(w[at - 1] ?? '')) w.splice(at);
    } else if (main === 'et') {
      if (etCondition(w, at)) w.splice(at);
    } else {
      w.splice(at);
    }
  }
  // Step 2: a double consonant at the end of R1 loses its last letter.
  if (w.length - p1 >= 2 && CONSONANT_PAIRS.some((p) => endsWith(w, w.length, p))) w.pop();
  // Step 3: other suffixes, inside R1.
  if (w.length - p1 >= 2) {
    const other = OTHER_SUFFIXES.find((s) => w.length - [...s].length >= p1 && endsWith(w, w.length, s));
    if (other !== undefined) {
      const at = w.length - [...other].length;
      if (other === 'fullt') w.splice(at, 5, ...'full');
      else if (other === 'öst') {
        if (OST_ENDING.has(w[at - 1] ?? '')) w.splice(at, 3, 'ö', 's');
      } else w.splice(at);
    }
  }
  return w.join('');
}
