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

/** The Swedish word predicates, loaded once per process. */
export function swedishWords(): SplitterWords {
  if (cached) return cached;
  const dic = new TextDecoder().decode(dictionary.dic);
  const aff = withoutCompounding(new TextDecoder().decode(dictionary.aff));
  const stems = stemsOf(dic);
  const spell = nspell({ aff, dic });
  const tails = new Map<string, boolean>();
  cached = {
    isHead: (word) => stems.has(word),
    isTail: (word) => {
      let ok = tails.get(word);
      if (ok === undefined) {
        ok = spell.correct(word);
        tails.set(word, ok);
      }
      return ok;
    },
  };
  return cached;
}

/** A splitter for Swedish, backed by dictionary-sv. */
export function swedishCompoundSplitter(): ReturnType<typeof createCompoundSplitter> {
  return createCompoundSplitter(swedishWords());
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
export function swedishInflector(): Inflector {
  if (inflector) return inflector;
  const inflect = createInflector(
    suffixRules(new TextDecoder().decode(dictionary.aff)),
    stemFlags(new TextDecoder().decode(dictionary.dic)),
  );
  const split = swedishCompoundSplitter();
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
