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
