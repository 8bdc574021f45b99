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
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dictionary from 'dictionary-sv';
import nspell from 'nspell';
import { createCompoundSplitter, type SplitterWords } from './compound-splitter.ts';

/** Affix file without its compounding directives: only real words and their inflections remain. */
export function withoutCompounding(aff: string): string {
  return aff
    .split('\n')
    .filter((line) => !/^(COMPOUND|ONLYINCOMPOUND|CHECKCOMPOUND)/.test(line))
    .join('\n');
}

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

type Speller = ReturnType<typeof nspell>;

/** The file in a cache folder that keeps `acceptedWords` between builds. */
export const ACCEPTED_WORDS_FILE = 'dictionary-accepted-words.txt';

/**
 * Every lower-case word in nspell's table of `aff` + `dic` that nspell accepts, kept in
 * `cacheDir` between builds: building nspell's table (every stem with every affix, about 840,000
 * forms) takes 2–3 s, reading the list back about 0.5 s. For a lower-case word without spaces,
 * nspell's `correct` is true only for a word of its table (with no compound rules and no input
 * conversion, which is checked here), so the list answers exactly as nspell does. The file starts
 * with a digest of nspell's version and the two dictionary files, so another dictionary is never
 * answered from it. Undefined without a cache folder or where the list cannot stand in for nspell.
 */
export function acceptedWords(cacheDir: string | undefined, aff: string, dic: string, speller: () => Speller) {
  if (!cacheDir) return undefined;
  const version = (createRequire(import.meta.url)('nspell/package.json') as { version: string }).version;
  const digest = createHash('sha256').update(`nspell ${version}\0${aff}\0${dic}`).digest('hex');
  const file = path.join(cacheDir, ACCEPTED_WORDS_FILE);
  if (existsSync(file)) {
    const [first, ...words] = readFileSync(file, 'utf8').split('\n');
    if (first === digest) return new Set(words);
  }
  const spell = speller();
  if (spell.compoundRules.length > 0 || spell.conversion.in.length > 0) return undefined;
  const words = Object.keys(spell.data).filter((w) => w === w.toLowerCase() && spell.correct(w));
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so an interrupted build never leaves half a list.
  writeFileSync(`${file}.tmp`, `${digest}\n${words.join('\n')}`);
  renameSync(`${file}.tmp`, file);
  return new Set(words);
}

/** A word `acceptedWords` can answer for: lower case, nothing for nspell to trim. */
const isPlainLowerCase = (word: string) => word !== '' && word === word.toLowerCase() && word === word.trim();

/**
 * The Swedish word predicates, loaded once per process. With `cacheDir` (the search index's cache
 * folder), the tails are answered from the list of accepted words an earlier build kept there, and
 * nspell is only built when the list is missing or out of date.
 */
export function swedishWords(cacheDir?: string): SplitterWords {
  if (cached) return cached;
  const dic = new TextDecoder().decode(dictionary.dic);
  const aff = withoutCompounding(new TextDecoder().decode(dictionary.aff));
  const stems = stemsOf(dic);
  let spell: Speller | undefined;
  const speller = () => {
    spell ??= nspell({ aff, dic });
    return spell;
  };
  const accepted = acceptedWords(cacheDir, aff, dic, speller);
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
