/**
 * The word lists the compound splitter needs, built from dictionary-sv (the Swedish Hunspell
 * dictionary, about 154k stems). Build-time only: loading takes a few seconds.
 *
 * - heads: every plain stem of the `.dic` file, lower-cased, including the stems Hunspell only
 *   allows inside compounds (`skol`, `medborgar`).
 * - tails: any standalone word form, checked by nspell with the dictionary's compound rules
 *   removed, so it accepts `övervakningen` (an inflection) but not `ttsförebyggande` (a fragment
 *   that only the compound rules allow).
 */

import { Worker } from 'node:worker_threads';
import dictionary from 'dictionary-sv';
import nspell from 'nspell';
import {
  hasAcceptedWords,
  readAcceptedWords,
  type Speller,
  splitterDictionary,
  withoutCompounding,
  writeAcceptedWords,
} from './accepted-words.ts';
import { createCompoundSplitter, type SplitterWords } from './compound-splitter.ts';

export { withoutCompounding };

/** Plain stems of a Hunspell `.dic` file, lower-cased, letters only. */
export function stemsOf(dic: string): Set<string> {
  const stems = new Set<string>();
  const lines = dic.split('\n');
  // The first line is the entry count.
  for (let i = 1; i < lines.length; i++) {
    const stem = (lines[i] ?? '').split('/')[0]?.trim().toLowerCase() ?? '';
    if (/^\p{L}+$/u.test(stem)) stems.add(stem);
  }
  return stems;
}

let cached: SplitterWords | undefined;

/** What this process answered the tails from: nothing yet, the kept list, or nspell's own table. */
let tailsFrom: 'nothing' | 'the kept list' | 'nspell' = 'nothing';

/** Where the tails came from (for the build's log and its tests). */
export function dictionaryUsed(): typeof tailsFrom {
  return tailsFrom;
}

/** Writes the list of accepted words once this process has built nspell's table for lack of one; true when written. */
let keepList: (() => boolean) | undefined;

/**
 * Keeps what the dictionary worked out for the next build (the list of accepted words), if this
 * process had to build it. Called by the index step while Pagefind writes the index, so the
 * writing costs a clean build no wall time on a machine with a second core.
 */
export function keepDictionaryCache(): void {
  if (keepList?.()) keepList = undefined;
}

/** A word the list of accepted words can answer for: lower case, nothing for nspell to trim. */
const isPlainLowerCase = (word: string) => word !== '' && word === word.toLowerCase() && word === word.trim();

/**
 * The Swedish word predicates, loaded once per process. With `cacheDir` (the search index's cache
 * folder), the tails are answered from the list of accepted words an earlier build kept there, and
 * nspell is only built when the list is missing or out of date (then `keepDictionaryCache` keeps it).
 */
export function swedishWords(cacheDir?: string): SplitterWords {
  if (cached) return cached;
  const { aff, dic } = splitterDictionary();
  const stems = stemsOf(dic);
  let spell: Speller | undefined;
  const speller = () => {
    spell ??= nspell({ aff, dic });
    tailsFrom = 'nspell';
    return spell;
  };
  const accepted = cacheDir ? readAcceptedWords(cacheDir, aff, dic) : undefined;
  if (accepted) tailsFrom = 'the kept list';
  if (cacheDir && !accepted) {
    keepList = () => {
      if (spell) writeAcceptedWords(cacheDir, aff, dic, spell);
      return spell !== undefined;
    };
  }
  const tails = new Map<string, boolean>();
  cached = {
    isHead: (word) => stems.has(word),
    isTail: (word) => {
      let ok = tails.get(word);
      if (ok === undefined) {
        ok = accepted && isPlainLowerCase(word) ? accepted.has(word) : speller().correct(word);
        tails.set(word, ok);
      }
      return ok;
    },
  };
  return cached;
}

/** What `prepareDictionaryAside` did: nothing to do, the list made, or why not (the index step then builds nspell itself). */
export type DictionaryPreparation = 'kept' | 'made' | `failed: ${string}`;

/**
 * When `cacheDir` keeps no list of accepted words for this dictionary (a clean build), makes it in
 * a worker thread (`dictionary-worker.ts`), so nspell's table is built on the machine's second core
 * while Astro works (the search-index integration starts it before the content sync), not in the
 * index step after the pages. Astro's build uses one core
 * for most of its time. Settles once the list is written (then `swedishWords` reads it and never
 * builds nspell) or the worker failed (then `swedishWords` builds nspell, as without this).
 */
export function prepareDictionaryAside(cacheDir: string): Promise<DictionaryPreparation> {
  const { aff, dic } = splitterDictionary();
  if (hasAcceptedWords(cacheDir, aff, dic)) return Promise.resolve('kept');
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./dictionary-worker.ts', import.meta.url), { workerData: { cacheDir } });
    // A build that fails before the index step does not wait for it.
    worker.unref();
    let written = 0;
    worker.on('message', (n: number) => {
      written = n;
    });
    worker.on('error', (error) => resolve(`failed: ${error.message}`));
    worker.on('exit', (code) =>
      resolve(code === 0 && written > 0 ? 'made' : `failed: the worker wrote no list (exit code ${code})`),
    );
  });
}

/** A splitter for Swedish, backed by dictionary-sv (`cacheDir`: see `swedishWords`). */
export function swedishCompoundSplitter(cacheDir?: string): ReturnType<typeof createCompoundSplitter> {
  return createCompoundSplitter(swedishWords(cacheDir));
}

/** One suffix rule of a Hunspell affix file: remove `strip`, add `add`, where the stem ends as `condition` says. */
interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

/** The suffix rules of an affix file by flag (dictionary-sv has single-letter flags and no prefixes). */
export function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag = '', strip = '', add = '', condition = '.'] = parts;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: (add.split('/')[0] ?? '').replace(/^0$/, ''),
      condition: new RegExp(`${condition}$`, 'u'),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** Flags of each stem of a `.dic` file (a stem listed twice has the flags of both lines). */
export function stemFlags(dic: string): Map<string, string> {
  const flags = new Map<string, string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const [stem = '', f = ''] = (lines[i] ?? '').trim().split('/');
    if (stem) flags.set(stem, (flags.get(stem) ?? '') + f);
  }
  return flags;
}

/** Hunspell's flag for stems that are no word without an ending (dictionary-sv's `NEEDAFFIX`). */
const NEEDAFFIX = '¤';

/** Every inflected form of a word the dictionary knows, from every stem it is a form of. */
export type Inflector = (word: string) => string[];

export function createInflector(rules: Map<string, SuffixRule[]>, flags: Map<string, string>): Inflector {
  const formsOf = (stem: string): string[] => {
    const f = flags.get(stem) ?? '';
    const forms = f.includes(NEEDAFFIX) ? [] : [stem];
    for (const flag of f) {
      for (const r of rules.get(flag) ?? []) {
        if (stem.endsWith(r.strip) && r.condition.test(stem))
          forms.push(stem.slice(0, stem.length - r.strip.length) + r.add);
      }
    }
    return forms;
  };
  return (word) => {
    const stems = new Set<string>();
    if (flags.has(word)) stems.add(word);
    for (const [flag, list] of rules) {
      for (const r of list) {
        if (!word.endsWith(r.add)) continue;
        const stem = word.slice(0, word.length - r.add.length) + r.strip;
        if ((flags.get(stem) ?? '').includes(flag) && r.condition.test(stem)) stems.add(stem);
      }
    }
    return [...new Set([...stems].flatMap(formsOf))];
  };
}

let inflector: Inflector | undefined;

/**
 * The inflections of Swedish words, from dictionary-sv's stems and suffix rules; a compound the
 * dictionary does not list is inflected by its last part (`medborgarlöfte` → `medborgarlöften`).
 * Letters only: no forms with hyphens.
 */
export function swedishInflector(cacheDir?: string): Inflector {
  if (inflector) return inflector;
  const inflect = createInflector(
    suffixRules(new TextDecoder().decode(dictionary.aff)),
    stemFlags(new TextDecoder().decode(dictionary.dic)),
  );
  const split = swedishCompoundSplitter(cacheDir);
  inflector = (word) => {
    let forms = inflect(word);
    if (forms.length === 0) {
      const last = split(word)?.at(-1);
      if (last) {
        const head = word.slice(0, word.length - last.part.length);
        forms = inflect(last.part).map((f) => head + f);
      }
    }
    return forms.filter((f) => /^\p{L}+$/u.test(f));
  };
  return inflector;
}
