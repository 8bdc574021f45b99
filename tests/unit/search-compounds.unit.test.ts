import { describe, expect, it } from 'vitest';
import { createCompoundSplitter, NON_COMPOUND_HEADS } from '../../src/search/compound-splitter.ts';
import { markCompounds, markWord, stripCompoundMarks } from '../../src/search/mark-compounds.ts';
import { stemsOf, swedishCompoundSplitter, withoutCompounding } from '../../src/search/swedish-dictionary.ts';

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
