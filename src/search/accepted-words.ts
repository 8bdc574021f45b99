/**
 * The list of every lower-case word nspell accepts, kept in the search index's cache folder between
 * builds, so the compound splitter (`swedish-dictionary.ts`) can answer "is this a word form?"
 * without building nspell's table of dictionary-sv (2–3 s) for a build that brings a new word.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import dictionary from 'dictionary-sv';
import type nspell from 'nspell';

export type Speller = ReturnType<typeof nspell>;

/**
 * What nspell 2 keeps of a dictionary: its table of word forms (each with its flags), the compound
 * rules and the input conversions. Not in nspell's typings; checked before use, and the list made
 * from it is checked against nspell's own answers (tests/unit/search-compounds.unit.test.ts).
 */
export function nspellTable(spell: Speller): { words: string[]; plain: boolean } | undefined {
  const inside = spell as unknown as { data?: unknown; compoundRules?: unknown; conversion?: { in?: unknown } };
  if (typeof inside.data !== 'object' || inside.data === null) return undefined;
  if (!Array.isArray(inside.compoundRules) || !Array.isArray(inside.conversion?.in)) return undefined;
  return {
    words: Object.keys(inside.data),
    plain: inside.compoundRules.length === 0 && inside.conversion.in.length === 0,
  };
}

/** Affix file without its compounding directives: only real words and their inflections remain. */
export function withoutCompounding(aff: string): string {
  return aff
    .split('\n')
    .filter((line) => !/^(COMPOUND|ONLYINCOMPOUND|CHECKCOMPOUND)/.test(line))
    .join('\n');
}

/**
 * dictionary-sv as the compound splitter reads it (`.dic` as is, `.aff` without compounding): the
 * one place the two texts are made, so the list's digest is the same in the worker thread that
 * writes it (`dictionary-worker.ts`) and in the build that reads it (`swedish-dictionary.ts`).
 */
export function splitterDictionary(): { aff: string; dic: string } {
  return {
    aff: withoutCompounding(new TextDecoder().decode(dictionary.aff)),
    dic: new TextDecoder().decode(dictionary.dic),
  };
}

/** The file in a cache folder that keeps the list of accepted words between builds (`readAcceptedWords`). */
export const ACCEPTED_WORDS_FILE = 'dictionary-accepted-words.txt';

/**
 * What the list is made from: nspell's version, this file (the code that reads nspell's table and
 * picks the words) and the dictionary. The list outlives clean builds (`CACHE_ROOT`), so a change to
 * any of them must make a new one.
 */
const digestOf = (aff: string, dic: string) => {
  const version = (createRequire(import.meta.url)('nspell/package.json') as { version: string }).version;
  return createHash('sha256')
    .update(`sorted list\0nspell ${version}\0`)
    .update(readFileSync(new URL(import.meta.url)))
    .update(`\0${aff}\0${dic}`)
    .digest('hex');
};

/**
 * Words in code-unit order, looked up by binary search: reading the list back takes about 0.1 s,
 * where putting 800,000 words into a `Set` took 0.4 s more.
 */
export class SortedWords {
  readonly words: readonly string[];

  constructor(words: readonly string[]) {
    this.words = words;
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.words.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.words[middle] as string;
      if (found === word) return true;
      if (found < word) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/**
 * Every lower-case word in nspell's table of `aff` + `dic` that nspell accepts, as kept in
 * `cacheDir` by an earlier build (`writeAcceptedWords`): building nspell's table (every stem with
 * every affix, about 840,000 forms) takes 2–3 s, reading the list back about 0.1 s. For a
 * lower-case word without spaces, nspell's `correct` is true only for a word of its table (with no
 * compound rules and no input conversion, checked before the list is written), so the list answers
 * exactly as nspell does. The file starts with a digest of nspell's version and the two dictionary
 * files, so another dictionary is never answered from it. Undefined when there is no such list.
 */
export function readAcceptedWords(cacheDir: string, aff: string, dic: string): SortedWords | undefined {
  const file = path.join(cacheDir, ACCEPTED_WORDS_FILE);
  if (!existsSync(file)) return undefined;
  const [first, ...words] = readFileSync(file, 'utf8').split('\n');
  if (first !== digestOf(aff, dic)) return undefined;
  // In strict order, or not used (a list damaged or written otherwise).
  for (let i = 1; i < words.length; i++) if (!((words[i - 1] as string) < (words[i] as string))) return undefined;
  return new SortedWords(words);
}

/** Whether `cacheDir` keeps a list for `aff` + `dic` (its first line only; `readAcceptedWords` checks the rest). */
export function hasAcceptedWords(cacheDir: string, aff: string, dic: string): boolean {
  const file = path.join(cacheDir, ACCEPTED_WORDS_FILE);
  if (!existsSync(file)) return false;
  const digest = digestOf(aff, dic);
  const head = Buffer.alloc(digest.length + 1);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === `${digest}\n`;
}

/**
 * Keeps the list `readAcceptedWords` reads, made from `spell` (built from `aff` + `dic`); returns
 * how many words it holds (none when nspell has rules the list cannot stand in for, or a table
 * `nspellTable` does not know).
 */
export function writeAcceptedWords(cacheDir: string, aff: string, dic: string, spell: Speller): number {
  const table = nspellTable(spell);
  if (!table?.plain) return 0;
  const file = path.join(cacheDir, ACCEPTED_WORDS_FILE);
  mkdirSync(cacheDir, { recursive: true });
  const words = table.words.filter((word) => word === word.toLowerCase() && spell.correct(word)).sort();
  // Written aside and renamed, so an interrupted build never leaves half a list, nor do builds
  // side by side (they share the list, `CACHE_ROOT`); in parts, so the build's peak memory holds no
  // copy of the whole list as one string.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const fd = openSync(partial, 'w');
    try {
      writeSync(fd, digestOf(aff, dic));
      for (let i = 0; i < words.length; i += 10_000) writeSync(fd, `\n${words.slice(i, i + 10_000).join('\n')}`);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return words.length;
}
