/**
 * Splitting Swedish compounds (`brottsförebyggande` → `brott` + `förebyggande`) so that the search
 * index also holds the parts. Pure: the word lists come in as predicates (see
 * `swedish-dictionary.ts` for the ones built from dictionary-sv).
 *
 * Why not Hunspell's own compounding: nspell accepts fragments such as `ttsförebyggande` through
 * the dictionary's compound rules, so it cannot tell a real split from an over-split. Here a split
 * is only taken when every part is a plain dictionary word, and among the candidate splits the one
 * with the fewest parts wins, then the one whose shortest part is longest, then one with a
 * linking -s- (brott-s-förebyggande) over one without.
 */

export interface SplitterWords {
  /** A word that may start or sit inside a compound: a dictionary stem, e.g. `brott`, `kamera`, `skol`. */
  isHead: (word: string) => boolean;
  /** A word that may end a compound: any standalone word form, e.g. `övervakningen`, `löften`. */
  isTail: (word: string) => boolean;
}

/** One part of a split compound; `linkingS` marks a part written with a linking -s- after it. */
export interface CompoundPart {
  part: string;
  linkingS: boolean;
}

/** Parts shorter than this are never taken: they over-split (`pol` + `isen` from `polisen`). */
export const MIN_PART_LENGTH = 4;
/** Words shorter than two minimal parts cannot be compounds. */
export const MIN_COMPOUND_LENGTH = 2 * MIN_PART_LENGTH;
/** At most this many parts per compound. */
const MAX_PARTS = 4;

/**
 * Prefixes and particles that form verbs and derived words (`förebyggande` is not `före` +
 * `byggande`, `samverkan` is not `sam` + `verkan`). They are never taken as the first part.
 */
export const NON_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'efter',
  'emot',
  'framför',
  'före',
  'genom',
  'igen',
  'inne',
  'kring',
  'mellan',
  'omkring',
  'till',
  'under',
  'utan',
  'utom',
  'över',
  'åter',
  'bort',
  'fram',
  'hela',
  'sönder',
  'samman',
  'ihop',
  'emellan',
  'bakom',
  'ovan',
  'nedan',
  'utför',
  'uppför',
  'ifrån',
]);

interface Candidate {
  parts: CompoundPart[];
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  const minA = Math.min(...a.parts.map((p) => p.part.length));
  const minB = Math.min(...b.parts.map((p) => p.part.length));
  if (minA !== minB) return minA > minB;
  const sA = a.parts.filter((p) => p.linkingS).length;
  const sB = b.parts.filter((p) => p.linkingS).length;
  return sA > sB;
}

/**
 * Returns a function that splits one lower-case word into its parts, or returns undefined when the
 * word is not a compound it can split. Results are memoised (a site repeats its words).
 */
export function createCompoundSplitter(words: SplitterWords): (word: string) => CompoundPart[] | undefined {
  const memo = new Map<string, Candidate | null>();

  /** Best split of `word` into at most `maxParts` parts, the last of which is a tail. */
  const best = (word: string, maxParts: number, first: boolean): Candidate | null => {
    const key = `${first ? 1 : 0}${maxParts}:${word}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let winner: Candidate | undefined;
    if (!first && words.isTail(word)) winner = { parts: [{ part: word, linkingS: false }] };
    if (maxParts >= 2 && (winner === undefined || winner.parts.length > 1)) {
      for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_PART_LENGTH; cut++) {
        const head = word.slice(0, cut);
        if (first && NON_COMPOUND_HEADS.has(head)) continue;
        const options: CompoundPart[] = [];
        if (words.isHead(head)) options.push({ part: head, linkingS: false });
        // A linking -s-: `brotts` is `brott` + s when `brott` is a word and `brotts` is not.
        if (head.endsWith('s') && head.length > MIN_PART_LENGTH) {
          const stem = head.slice(0, -1);
          if (!(first && NON_COMPOUND_HEADS.has(stem)) && words.isHead(stem))
            options.push({ part: stem, linkingS: true });
        }
        if (options.length === 0) continue;
        const rest = best(word.slice(cut), maxParts - 1, false);
        if (rest === null) continue;
        for (const option of options) {
          const candidate = { parts: [option, ...rest.parts] };
          if (better(candidate, winner)) winner = candidate;
        }
      }
    }
    const result = winner ?? null;
    memo.set(key, result);
    return result;
  };

  return (word: string) => {
    if (word.length < MIN_COMPOUND_LENGTH || !/^\p{Ll}+$/u.test(word)) return undefined;
    const found = best(word, MAX_PARTS, true);
    return found && found.parts.length > 1 ? found.parts : undefined;
  };
}
