import { describe, expect, it } from 'vitest';
import { indexChunkSize } from '../../src/search/build-index.ts';
import { chunksFor, type IndexChunk, lookupForms } from '../../src/search/index-chunks.ts';

// Chunks as Pagefind writes them: sorted, bounds are normalised (no å/ä/ö) stemmed words.
const chunks: IndexChunk[] = [
  ['0', 'brottsl', 'a'],
  ['brottsp', 'klott', 'b'],
  ['klottr', 'polis', 'c'],
  ['polisa', 'trygghet', 'd'],
  ['trygghetsv', 'zon', 'e'],
];

describe('chunksFor: the index chunks Pagefind will ask for', () => {
  it('looks a word up as written (normalised) and by its stems', () => {
    expect(lookupForms('Klotter')).toEqual(['klotter', 'klott']);
    expect(lookupForms('väktare')).toEqual(expect.arrayContaining(['vaktare']));
  });

  it('takes the chunks whose bounds hold the word or one of its stems', () => {
    // `klotter` falls between b and c; its stem `klott` is b's last word.
    expect(chunksFor(['klotter'], chunks)).toEqual(['b']);
    // `polisen` lies in d, its stem `polis` is c's last word.
    expect(chunksFor(['polisen'], chunks)).toEqual(['c', 'd']);
    // Normalised first: `övrigt` is looked up as `ovrigt`, in c.
    expect(chunksFor(['övrigt'], chunks)).toEqual(['c']);
    expect(chunksFor(['012'], chunks)).toEqual(['a']);
  });

  it('falls back to a prefix match on the bounds, as Pagefind does, when no chunk holds the word', () => {
    // `zonerna` sorts after every bound; its first three letters are `zon`, e's last word.
    expect(chunksFor(['zonerna'], chunks)).toEqual(['e']);
    expect(chunksFor(['zzz'], chunks)).toEqual([]);
  });

  it('asks for each chunk once, for every word of the query', () => {
    expect(chunksFor(['klotter', 'polisen', 'trygghetsvandring'], chunks)).toEqual(['b', 'c', 'd', 'e']);
  });
});

describe('indexChunkSize', () => {
  it("grows with the square root of the site, from 2,000 locations up to Pagefind's default of 20,000", () => {
    expect(indexChunkSize(10)).toBe(2_000);
    expect(indexChunkSize(77)).toBe(2_000);
    expect(indexChunkSize(1_300)).toBe(3_606);
    expect(indexChunkSize(6_300)).toBe(7_937);
    expect(indexChunkSize(50_000)).toBe(20_000);
    for (const n of [1, 50, 500, 5_000, 50_000])
      expect(indexChunkSize(n * 2)).toBeGreaterThanOrEqual(indexChunkSize(n));
  });
});
