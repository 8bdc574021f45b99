import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { excerptFiles, pagesInChunk, readCbor } from '../../src/search/early-excerpts.ts';
import { lookupForms } from '../../src/search/index-chunks.ts';

/** An index chunk as Pagefind 1.6 writes it: `[[word, pages, [[form, pages], …]], …]`, page numbers as differences. */
const CHUNK = [
  [
    [
      'klott',
      [
        [0, [-25, 29], []],
        [3, [-25, 171], []],
        [1, [-25, 9], [-5, 16]],
      ],
      [],
    ],
    ['klotters', [], [['klotters', [[2, [-25, 4], []]]]]],
    ['klottr', [[7, [-25, 1], []]], []],
    ['knapp', [[1, [-25, 3], []]], []],
    ['hjalp', [], [['hjälp', [[5, [-145, 258], []]]]]],
  ],
];

describe('readCbor', () => {
  it('reads what Pagefind writes: numbers of every size, negative ones, text, arrays, maps, byte strings', () => {
    const value = [
      0,
      23,
      24,
      255,
      256,
      65_536,
      2 ** 32 + 1,
      -1,
      -25,
      -300,
      'hjälp',
      '',
      [[], [1, [2]]],
      { a: 1 },
      true,
      false,
      null,
    ];
    expect(readCbor(encode(value))).toEqual(value);
    expect(readCbor(encode(CHUNK))).toEqual(CHUNK);
    expect(readCbor(encode(new Uint8Array([1, 2, 3])))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('throws on what it does not read, and on a cut-off file', () => {
    expect(() => readCbor(encode(1.5))).toThrow(/unsupported/);
    expect(() => readCbor(encode(['klotter', [1, 2, 3]]).subarray(0, 6))).toThrow(/truncated/);
    expect(() => readCbor(new Uint8Array([0x9f, 0x01, 0xff]))).toThrow(/unsupported length/);
  });
});

describe('pagesInChunk', () => {
  it('gives the pages of every word Pagefind matches (starting with the word or its stem), forms with diacritics too', () => {
    expect([...pagesInChunk(CHUNK, lookupForms('klotter'))].sort((a, b) => a - b)).toEqual([0, 2, 3, 4, 7]);
    expect([...pagesInChunk(CHUNK, lookupForms('hjälp'))]).toEqual([5]);
    expect(pagesInChunk(CHUNK, lookupForms('graffiti')).size).toBe(0);
  });

  it('throws when the chunk is not shaped as Pagefind 1.6 writes it', () => {
    expect(() => pagesInChunk({}, ['a'])).toThrow(/no word list/);
    expect(() => pagesInChunk([[['klott', 'x', []]]], ['klott'])).toThrow(/not a list/);
    expect(() => pagesInChunk([[['klott', [['x']], []]]], ['klott'])).toThrow(/not \[number/);
  });
});

describe('excerptFiles', () => {
  const meta = [
    '1.6.0',
    [
      ['sv_a1', 146, ''],
      ['sv_b2', 278, ''],
      ['sv_c3', 387, 'sv_g1'],
    ],
    [],
    [],
    [],
  ];

  it("names each page's excerpt file by its hash", () => {
    expect(excerptFiles(meta, new Set([1, 0]))).toEqual(['fragment/sv_b2.pf_fragment', 'fragment/sv_a1.pf_fragment']);
  });

  it('gives nothing for a page whose excerpt is in a group file, or a page that is not listed', () => {
    expect(excerptFiles(meta, new Set([0, 2]))).toBeUndefined();
    expect(excerptFiles(meta, new Set([9]))).toBeUndefined();
    expect(() => excerptFiles(['1.6.0'], new Set([0]))).toThrow(/no list of pages/);
  });
});
