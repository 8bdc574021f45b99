import { describe, expect, it } from 'vitest';
import type { IndexChunk } from '../../src/search/index-chunks.ts';
import { asPrinted, buildExcerpt, excerptStart, resultData } from '../../src/search/pagefind-excerpt.ts';
import type { Fragment } from '../../src/search/pagefind-index.ts';
import { certainOrder, quickEngine } from '../../src/search/quick-search.ts';

/**
 * A chunk as Pagefind 1.6 writes it (see `search-pagefind-score.unit.test.ts`): per word its pages
 * `[page − previous page, locations, metadata locations]`, −(w + 1) setting the weight w.
 */
const CHUNK = [
  [
    [
      'klotter',
      [
        [0, [-25, 5], [-7, 0]],
        [1, [-25, 3, 6], []],
        [1, [-25, 40], []],
      ],
      [],
    ],
    ['klottret', [[1, [-13, 2], []]], []],
  ],
];
const META = [
  '1.6.0',
  [
    ['sv_a', 100, ''],
    ['sv_b', 200, ''],
    ['sv_c', 300, ''],
  ],
  [],
  [],
  [],
  ['title'],
];
const TABLE: IndexChunk[] = [['0', 'ö', 'sv_i1']];

const fragment = (url: string, words: number): Fragment => ({
  url,
  content: Array.from({ length: words }, (_, i) => (i === 5 ? 'klotter' : `ord${i}`)).join(' '),
  meta: { title: `Sida ${url}` },
});

describe('asPrinted', () => {
  it('reads a 32-bit float back as the WebAssembly prints it: the shortest decimal that is the same float', () => {
    expect(asPrinted(Math.fround(0.1))).toBe(0.1);
    expect(asPrinted(Math.fround(576 * Math.fround(0.8)))).toBe(460.80002);
    expect(asPrinted(Math.fround(1 / 3))).toBe(0.33333334);
    expect(asPrinted(0)).toBe(0);
  });
});

describe('excerptStart and buildExcerpt', () => {
  it('starts at 0 when the text is no longer than the excerpt', () => {
    expect(excerptStart([{ location: 5, balancedScore: 1 }], 28)).toBe(0);
  });

  it('picks the middle of the densest runs of words, as Pagefind does', () => {
    // 100 words: one hit at 10, three close together at 60–64 (the densest window wins).
    const locations = [10, 60, 62, 64].map((location) => ({ location, balancedScore: 576 }));
    const start = excerptStart([...locations, { location: 99, balancedScore: 0 }], 10);
    // Windows of 10 words holding all of 60–64 start at 55–60: the middle one.
    expect(start).toBe(57);
  });

  it('marks the hits and keeps the excerpt within the text', () => {
    const text = 'a b c d e f';
    expect(buildExcerpt(text, 4, 3, [5])).toBe('d e <mark>f</mark>');
    expect(buildExcerpt(text, 0, 10, [0, 0])).toBe('<mark>a</mark> b c d e f');
  });

  it('makes a result as Pagefind does: the address from the site root, the text without word separators, < escaped in the excerpt', () => {
    const data = resultData({ url: '/klotter/', content: 'om <b> klotter\u200B', meta: { title: 'K' } }, [
      { location: 2, balancedScore: 1 },
    ]);
    expect(data.url).toBe('/klotter/');
    expect(data.content).toBe('om <b> klotter');
    expect(data.meta.title).toBe('K');
  });
});

describe('certainOrder', () => {
  it('counts the first pages whose order no tie can change', () => {
    const scores = [
      { page: 1, low: 3, high: 3 },
      { page: 2, low: 5, high: 5 },
      { page: 3, low: 2, high: 2 },
      { page: 4, low: 2, high: 2 },
    ];
    expect(certainOrder(scores, 20)).toEqual({ order: [2, 1, 3, 4], certain: 2 });
    expect(certainOrder(scores.slice(0, 3), 20)).toEqual({ order: [2, 1, 3], certain: 3 });
    // A range reaching the page before it makes both uncertain from there.
    expect(certainOrder([...scores.slice(0, 2), { page: 5, low: 1, high: 3.5 }], 20).certain).toBe(1);
  });
});

describe('quickEngine', () => {
  const files = (fragments: Record<string, Fragment>) => ({
    chunk: async () => CHUNK,
    meta: async () => META,
    fragment: async (hash: string) => {
      const f = fragments[hash];
      if (!f) throw new Error(`no fragment ${hash}`);
      return f;
    },
  });

  it("answers its own word with the pages in Pagefind's order and their excerpts, and nothing else", async () => {
    const engine = await quickEngine(
      'klotter',
      TABLE,
      files({ sv_a: fragment('/a/', 40), sv_b: fragment('/b/', 40), sv_c: fragment('/c/', 60) }),
      20,
    );
    expect(engine).toBeDefined();
    const response = await engine?.search('klotter');
    // In the order of `scorePages` (page b: the word twice in a page of 200 words; a: once, and in the title).
    expect(response?.results.map((r) => r.id)).toEqual(['sv_b', 'sv_a', 'sv_c']);
    expect(response?.unfilteredResultCount).toBe(3);
    expect(engine?.certain).toBe(3);
    const c = await response?.results[2]?.data();
    // Page c has `klotter` at 40 and `klottret` (weight 12) at 2, too far apart for one excerpt of
    // 28 words: the windows holding 40 score highest, and Pagefind takes the middle one's start
    // (its loop's index, one before the window: 26).
    expect(c?.excerpt.split(' ')).toHaveLength(28);
    expect(c?.excerpt.startsWith('ord26 ')).toBe(true);
    expect(c?.excerpt).toContain('<mark>ord40</mark>');
    expect(c?.excerpt).not.toContain('<mark>ord2</mark>');
    await expect(engine?.search('klotter', { sort: { datum: 'desc' } })).rejects.toThrow(/answers only/);
    await expect(engine?.search('graffiti')).rejects.toThrow(/answers only/);
  });

  it('does not answer a word Pagefind searches whole, or a word on no page', async () => {
    expect(await quickEngine('kl', TABLE, files({}), 20)).toBeUndefined();
    expect(await quickEngine('graffiti', TABLE, files({}), 20)).toBeUndefined();
  });
});
