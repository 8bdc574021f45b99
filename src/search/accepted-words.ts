/**
 * The list of every lower-case word nspell accepts, kept in the search index's cache folder between
 * builds, so the compound splitter (`swedish-dictionary.ts`) can answer "is this a word form?"
 * without building nspell's table of dictionary-sv (2–3 s) for a build that brings a new word.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/** The file in a cache folder that keeps the list of accepted words between builds (`readAcceptedWords`). */
export const ACCEPTED_WORDS_FILE = 'dictionary-accepted-words.txt';

const digestOf = (aff: string, dic: string) => {
  const version = (createRequire(import.meta.url)('nspell/package.json') as { version: string }).version;
  return createHash('sha256').update(`nspell ${version}\0${aff}\0${dic}`).digest('hex');
};

/**
 * Every lower-case word in nspell's table of `aff` + `dic` that nspell accepts, as kept in
 * `cacheDir` by an earlier build (`writeAcceptedWords`): building nspell's table (every stem with
 * every affix, about 840,000 forms) takes 2–3 s, reading the list back about 0.5 s. For a
 * lower-case word without spaces, nspell's `correct` is true only for a word of its table (with no
 * compound rules and no input conversion, checked before the list is written), so the list answers
 * exactly as nspell does. The file starts with a digest of nspell's version and the two dictionary
 * files, so another dictionary is never answered from it. Undefined when there is no such list.
 */
export function readAcceptedWords(cacheDir: string, aff: string, dic: string): Set<string> | undefined {
  const file = path.join(cacheDir, ACCEPTED_WORDS_FILE);
  if (!existsSync(file)) return undefined;
  const [first, ...words] = readFileSync(file, 'utf8').split('\n');
  return first === digestOf(aff, dic) ? new Set(words) : undefined;
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
  // Written aside and renamed, so an interrupted build never leaves half a list; in parts, so
  // the build's peak memory holds no copy of the whole list.
  const fd = openSync(`${file}.tmp`, 'w');
  let count = 0;
  try {
    writeSync(fd, digestOf(aff, dic));
    let part: string[] = [];
    const flush = () => {
      if (part.length > 0) writeSync(fd, `\n${part.join('\n')}`);
      part = [];
    };
    for (const word of table.words) {
      if (word === word.toLowerCase() && spell.correct(word)) {
        part.push(word);
        count++;
        if (part.length === 10_000) flush();
      }
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.tmp`, file);
  return count;
}
