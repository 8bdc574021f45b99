import { describe, expect, it } from 'vitest';
import { decodeChunks, decodeMeta, type IndexMeta } from '../../src/search/pagefind-index.ts';
import {
  PAGEFIND_DEFAULT_WEIGHTS,
  type PageScore,
  scorePages,
  surelyFirst,
  wordExtensions,
} from '../../src/search/pagefind-score.ts';

/**
 * A chunk as Pagefind 1.6 writes it (see `search-early-excerpts.unit.test.ts`): per word its pages
 * `[page − previous page, locations, metadata locations]`; a location −(w + 1) sets the weight w
 * of the following ones and restarts the positions, which are differences; in the metadata
 * −(f + 1) switches to field f.
 */
const CHUNK = [
  [
    ['klott', [[3, [-25, 7], []]], []],
    [
      'klotter',
      [
        [0, [-25, 5], [-7, 0]],
        [1, [-25, 3, 6], []],
      ],
      [['klötter', [[2, [-13, 1], []]]]],
    ],
    ['klottret', [[2, [-25, 2, 10], [-5, 2]]], []],
    ['knapp', [[0, [-25, 9], []]], []],
  ],
];

/** Metadata: pages `[hash, words, fragment group]` of 100, 200, 300, 300 and 500 words; fields. */
const META = [
  '1.6.0',
  [
    ['sv_a', 100, ''],
    ['sv_b', 200, ''],
    ['sv_c', 300, ''],
    ['sv_d', 300, ''],
    ['sv_e', 500, ''],
  ],
  [],
  [],
  [],
  ['datum', 'granskad', 'rubriksynonymer', 'sokord', 'summary', 'synonymer', 'title', 'typ'],
];

describe('decodeChunks and decodeMeta', () => {
  it('reads pages, weights, positions, metadata locations and forms as Pagefind does', () => {
    const words = decodeChunks([CHUNK]);
    expect([...words.keys()]).toEqual(['klott', 'klotter', 'klottret', 'knapp']);
    expect(words.get('klotter')).toEqual({
      pages: [
        { page: 0, locations: [[24, 5]], metaLocations: [[6, 0]] },
        {
          page: 1,
          locations: [
            [24, 3],
            [24, 9],
          ],
          metaLocations: [],
        },
      ],
      forms: [{ form: 'klötter', pages: [{ page: 2, locations: [[12, 1]], metaLocations: [] }] }],
    });
    expect(words.get('klottret')?.pages[0]?.metaLocations).toEqual([[4, 2]]);
    expect(() => decodeChunks([[[['x', [[0, [1.5]]]]]]])).toThrow(/not a number/);
    expect(() => decodeChunks([['x']])).toThrow(/no word list/);
  });

  it('averages the page lengths and lists the metadata fields', () => {
    const meta = decodeMeta(META);
    expect(meta.averagePageLength).toBe(280);
    expect(meta.pages[1]).toEqual({ hash: 'sv_b', words: 200, group: '' });
    expect(meta.metaFields[6]).toBe('title');
    expect(() => decodeMeta(['1.6.0'])).toThrow(/no list of pages/);
  });
});

describe('wordExtensions', () => {
  const words = decodeChunks([CHUNK]);
  it('matches the words starting with the stem, in byte order', () => {
    expect(wordExtensions('klott', words)).toEqual(['klott', 'klotter', 'klottret']);
    expect(wordExtensions('klotte', words)).toEqual(['klotter']);
  });
  it('falls back to the longest word the stem starts with, or none', () => {
    expect(wordExtensions('klottrande', words)).toEqual(['klott']);
    expect(wordExtensions('zebra', words)).toEqual([]);
  });
});

/** Pagefind's formulas (search.rs), in 64-bit floats, written out independently of the code. */
function expected(
  parts: { weights: number[]; extra: number; length: number; diacritics: boolean }[],
  pages: number,
  wordCount: number,
  average: number,
  containing: number,
  titleLike = 0,
): number {
  const idf = Math.log((pages - containing + 0.5) / (containing + 0.5) + 1);
  let score = 0;
  for (const p of parts) {
    const bonus = Math.exp(Math.exp((-0.5 * p.extra ** 2) / 4)) / Math.E;
    const tf = (p.weights.reduce((a, b) => a + b, 0) / 24) * bonus;
    const bm25 = (2.4 * tf) / (1.4 * (0.25 + (0.75 * wordCount) / average) + tf);
    score += idf * bm25 * (p.diacritics ? 1.8 : 1);
  }
  return score + titleLike * idf;
}

describe('scorePages', () => {
  const words = decodeChunks([CHUNK]);
  const meta: IndexMeta = decodeMeta(META);
  const scores = scorePages({ original: 'klott', stem: 'klott' }, words, meta, {
    ...PAGEFIND_DEFAULT_WEIGHTS,
    metaWeights: { title: 5 },
  });
  const of = (page: number) => scores.find((s) => s.page === page) as PageScore;

  it('scores every page with a matched word (form), and only those', () => {
    expect(scores.map((s) => s.page).sort()).toEqual([0, 1, 2, 3]);
    for (const s of scores) expect(s.low).toBe(s.high);
  });

  it('is BM25 with the length bonus, the diacritics bonus and the metadata fields', () => {
    // Page 0: `klotter` (two letters longer than the stem) once, and in the title (×5).
    expect(of(0).low).toBeCloseTo(
      expected([{ weights: [24], extra: 3, length: 7, diacritics: true }], 5, 100, 280, 4, 5),
      5,
    );
    // Page 1: `klotter` twice.
    expect(of(1).low).toBeCloseTo(
      expected([{ weights: [24, 24], extra: 3, length: 7, diacritics: true }], 5, 200, 280, 4),
      5,
    );
    // Page 2: `klötter` (weight 12, the key's own length bonus, diacritics not as typed) and
    // `klottret` twice, also in the summary (a field without a weight of its own: ×1).
    expect(of(2).low).toBeCloseTo(
      expected(
        [
          { weights: [12], extra: 3, length: 7, diacritics: false },
          { weights: [24, 24], extra: 4, length: 8, diacritics: true },
        ],
        5,
        300,
        280,
        4,
        1,
      ),
      5,
    );
    // Page 3: `klott`, the stem itself (the full length bonus).
    expect(of(3).low).toBeCloseTo(
      expected([{ weights: [24], extra: 1, length: 5, diacritics: true }], 5, 300, 280, 4),
      5,
    );
  });

  it('ranks the page with the word in its title first', () => {
    expect([...scores].sort((a, b) => b.low - a.low).map((s) => s.page)).toEqual([0, 2, 1, 3]);
  });

  it('gives a word typed with diacritics the bonus for the forms written so', () => {
    const typed = scorePages({ original: 'klött', stem: 'klott' }, words, meta);
    const page2 = typed.find((s) => s.page === 2) as PageScore;
    // Now `klötter` matches as typed (×1.8) and `klottret` does not.
    expect(page2.low).toBeCloseTo(
      expected(
        [
          { weights: [12], extra: 3, length: 7, diacritics: true },
          { weights: [24, 24], extra: 4, length: 8, diacritics: false },
        ],
        5,
        300,
        280,
        4,
        1,
      ),
      5,
    );
  });

  it('counts a position shared by two matched words (a compound and its part) once, for the first', () => {
    const compound = [
      [
        ['brott', [[0, [-25, 4], []]], []],
        ['brottsforebyggande', [[0, [-25, 4], []]], []],
      ],
    ];
    const [page] = scorePages({ original: 'brott', stem: 'brott' }, decodeChunks([compound]), meta);
    expect(page?.low).toBe(page?.high);
    expect(page?.low).toBeCloseTo(
      expected([{ weights: [24], extra: 1, length: 5, diacritics: true }], 5, 100, 280, 1),
      5,
    );
  });

  it('gives a range when more than 20 locations out of order share positions (Rust’s unstable sort)', () => {
    const many = Array.from({ length: 15 }, () => 1);
    const compound = [
      [
        ['brott', [[0, [-25, 30, ...many], []]], []],
        ['brottsforebyggande', [[0, [-25, 30, ...many], []]], []],
      ],
    ];
    const [page] = scorePages({ original: 'brott', stem: 'brott' }, decodeChunks([compound]), meta);
    expect(page?.low).toBeLessThan(page?.high as number);
    const one = expected([{ weights: Array(16).fill(24), extra: 1, length: 5, diacritics: true }], 5, 100, 280, 1);
    expect(page?.low).toBeLessThan(one);
    expect(page?.high).toBeGreaterThan(one);
  });
});

describe('surelyFirst', () => {
  const exact = (page: number, score: number): PageScore => ({ page, low: score, high: score });
  it('gives the first n pages when their scores are apart, best first', () => {
    expect(surelyFirst([exact(0, 1), exact(1, 3), exact(2, 2), exact(3, 0.5)], 2)).toEqual([1, 2]);
  });
  it('leaves out pages tied (within the tolerance) across the boundary', () => {
    expect(surelyFirst([exact(0, 3), exact(1, 2), exact(2, 2), exact(3, 1)], 2)).toEqual([0]);
    expect(surelyFirst([exact(0, 3), exact(1, 2), exact(2, 2 * (1 - 1e-7)), exact(3, 1)], 2)).toEqual([0]);
    expect(surelyFirst([exact(0, 3), exact(1, 2), exact(2, 2 * (1 - 1e-5)), exact(3, 1)], 2)).toEqual([0, 1]);
  });
  it('leaves out a page whose range overlaps the boundary, and keeps all when there are no more than n', () => {
    expect(surelyFirst([exact(0, 3), { page: 1, low: 1, high: 2.5 }, exact(2, 2)], 2)).toEqual([0]);
    expect(surelyFirst([exact(0, 1), exact(1, 1)], 2)).toEqual([0, 1]);
  });
});
