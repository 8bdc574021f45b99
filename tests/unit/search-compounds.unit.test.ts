import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dictionary from 'dictionary-sv';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_WORDS_FILE,
  hasAcceptedWords,
  nspellTable,
  readAcceptedWords,
  writeAcceptedWords,
} from '../../src/search/accepted-words.ts';
import { createCompoundSplitter, NON_COMPOUND_HEADS } from '../../src/search/compound-splitter.ts';
import { markCompounds, markWord, stripCompoundMarks } from '../../src/search/mark-compounds.ts';
import {
  prepareDictionaryAside,
  stemsOf,
  swedishCompoundSplitter,
  withoutCompounding,
} from '../../src/search/swedish-dictionary.ts';

const show = (parts: { part: string; linkingS: boolean }[] | undefined) =>
  parts?.map((p) => p.part + (p.linkingS ? '+s' : '')).join(' ');

describe('createCompoundSplitter (a small word list)', () => {
  const heads = new Set(['brott', 'kamera', 'över', 'före', 'bygg', 'trygg', 'trygghet', 'natt', 'pol']);
  const tails = new Set(['förebyggande', 'övervakning', 'vakning', 'byggande', 'skapande', 'vandring', 'isen']);
  const split = createCompoundSplitter({ isHead: (w) => heads.has(w), isTail: (w) => tails.has(w) });

  it('splits at a linking -s- and reports it', () => {
    expect(show(split('brottsförebyggande'))).toBe('brott+s förebyggande');
    expect(show(split('trygghetsskapande'))).toBe('trygghet+s skapande');
  });

  it('prefers the split with the fewest parts', () => {
    // kamera + över + vakning is also possible; two parts win.
    expect(show(split('kameraövervakning'))).toBe('kamera övervakning');
  });

  it('never starts with a verb particle, never takes parts shorter than four letters', () => {
    expect(NON_COMPOUND_HEADS.has('före')).toBe(true);
    expect(split('förebyggande')).toBeUndefined();
    expect(split('övervakning')).toBeUndefined();
    expect(split('polisen')).toBeUndefined();
  });

  it('leaves words alone that are not lower-case letters or too short', () => {
    expect(split('nattvandring')).toBeDefined();
    expect(split('Nattvandring')).toBeUndefined();
    expect(split('natt')).toBeUndefined();
  });
});

describe('the Swedish splitter (dictionary-sv)', () => {
  const split = swedishCompoundSplitter();
  it.each([
    ['brottsförebyggande', 'brott+s förebyggande'],
    ['kameraövervakning', 'kamera övervakning'],
    ['trygghetsskapande', 'trygghet+s skapande'],
    ['grannsamverkan', 'grann samverkan'],
    ['nattvandring', 'natt vandring'],
    ['medborgarlöften', 'medborgar löften'],
    ['socialjouren', 'social jouren'],
    ['våldsbrott', 'våld+s brott'],
    ['ordningsvakter', 'ordning+s vakter'],
  ])('%s → %s', (word, parts) => {
    expect(show(split(word))).toBe(parts);
  });

  it.each(['förebyggande', 'övervakning', 'samverkan', 'polisen', 'klotter', 'hageby', 'navestad', 'anmälan'])(
    'does not split %s',
    (word) => {
      expect(split(word)).toBeUndefined();
    },
  );

  it('reads plain stems and drops the compound rules from the affix file', () => {
    expect([...stemsOf('3\nbrott/ABDfvY\nskol/hsZ\n-/!b\n')]).toEqual(['brott', 'skol']);
    expect(withoutCompounding('SET UTF-8\nCOMPOUNDRULE 12\nONLYINCOMPOUND Z\nSFX A Y 1')).toBe('SET UTF-8\nSFX A Y 1');
  });
});

describe('the list of words nspell accepts, kept between builds', () => {
  it('answers every lower-case word as nspell does, and only for the same dictionary', async () => {
    const dic = new TextDecoder().decode(dictionary.dic);
    const aff = withoutCompounding(new TextDecoder().decode(dictionary.aff));
    const dir = mkdtempSync(path.join(tmpdir(), 'trygg-accepted-words-'));
    try {
      expect(readAcceptedWords(dir, aff, dic)).toBeUndefined();
      expect(hasAcceptedWords(dir, aff, dic)).toBe(false);
      // Made in a worker thread, as a clean build makes it, while this thread builds nspell itself.
      const preparing = prepareDictionaryAside(dir);
      const spell = nspell({ aff, dic });
      expect(await preparing).toBe('made');
      expect(hasAcceptedWords(dir, aff, dic)).toBe(true);
      expect(await prepareDictionaryAside(dir)).toBe('kept');
      const kept = readAcceptedWords(dir, aff, dic);
      expect(kept?.size).toBeGreaterThan(500_000);
      // The same list as this thread writes.
      const again = mkdtempSync(path.join(tmpdir(), 'trygg-accepted-words-'));
      expect(writeAcceptedWords(again, aff, dic, spell)).toBe(kept?.size);
      expect(readFileSync(path.join(again, ACCEPTED_WORDS_FILE), 'utf8')).toBe(
        readFileSync(path.join(dir, ACCEPTED_WORDS_FILE), 'utf8'),
      );
      rmSync(again, { recursive: true, force: true });
      const table = nspellTable(spell);
      expect(table?.plain).toBe(true);
      expect(kept?.words).toEqual(table?.words.filter((w) => w === w.toLowerCase() && spell.correct(w)).sort());
      // Every way the splitter asks: whole words, the tails it tries (every ending of every stem
      // of a sample), fragments only compound rules would allow, words the dictionary lacks.
      const sample = [...stemsOf(dic)].filter((_, i) => i % 150 === 0);
      const asked = [
        ...sample.flatMap((w) => [w, `${w}en`, `${w}na`, ...[...w].map((_, i) => w.slice(i))]),
        'övervakningen',
        'ttsförebyggande',
        'brottsförebyggande',
        'norrköping',
        'xyzzy',
      ];
      expect(asked.length).toBeGreaterThan(5_000);
      expect(asked.filter((w) => kept?.has(w) !== spell.correct(w))).toEqual([]);
      // Another dictionary (or nspell version) is never answered from the list.
      expect(readAcceptedWords(dir, aff, `${dic}\nxyzzy`)).toBeUndefined();
      expect(readFileSync(path.join(dir, ACCEPTED_WORDS_FILE), 'utf8').split('\n')[0]).toMatch(/^[0-9a-f]{64}$/);
      // A list out of order is not read (its lookups would be wrong), nor a damaged one.
      const [digest, ...words] = readFileSync(path.join(dir, ACCEPTED_WORDS_FILE), 'utf8').split('\n');
      writeFileSync(path.join(dir, ACCEPTED_WORDS_FILE), [digest, ...words.reverse()].join('\n'));
      expect(readAcceptedWords(dir, aff, dic)).toBeUndefined();
      writeFileSync(path.join(dir, ACCEPTED_WORDS_FILE), 'broken');
      expect(readAcceptedWords(dir, aff, dic)).toBeUndefined();
      expect(hasAcceptedWords(dir, aff, dic)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('markCompounds', () => {
  const split = (w: string) =>
    w === 'brottsförebyggande'
      ? [
          { part: 'brott', linkingS: true },
          { part: 'förebyggande', linkingS: false },
        ]
      : undefined;

  it('marks the parts in body text, keeping case, and leaves tags, attributes, scripts and head alone', () => {
    const html =
      '<html><head><title>Brottsförebyggande</title></head><body><main title="brottsförebyggande">' +
      '<h1>Brottsförebyggande råd</h1><script>var brottsförebyggande = 1;</script></main></body></html>';
    const out = markCompounds(html, split);
    expect(out.marked).toBe(1);
    expect(out.html).toContain('<h1>Brott^s^förebyggande råd</h1>');
    expect(out.html).toContain('<title>Brottsförebyggande</title>');
    expect(out.html).toContain('title="brottsförebyggande"');
    expect(out.html).toContain('var brottsförebyggande = 1;');
  });

  it('round-trips: stripping the marks gives the original text', () => {
    const marked = markWord('Brottsförebyggande', split('brottsförebyggande') ?? []);
    expect(marked).toBe('Brott^s^förebyggande');
    expect(stripCompoundMarks(marked)).toBe('Brottsförebyggande');
  });
});
