import { describe, expect, it } from 'vitest';
import { PRESS_KINDS } from '../../src/content-model/enums.ts';
import { parseStockholmDateTime } from '../../src/lib/stockholm-time.ts';
import { listingPath, RESERVED_RELEASE_SLUGS, releasePath } from '../../src/lib/urls.ts';
import { filterGroups, listingHeading, newestFirst, paginate, pressListings } from '../../src/utils/press-listings.ts';

const at = (local: string): Date => {
  const d = parseStockholmDateTime(local);
  if (!d) throw new Error(local);
  return d;
};
const release = (id: string, published: string, kind = 'pressmeddelande', topics: string[] = []) => ({
  id,
  data: { published: at(published), kind, topics },
});
const TOPICS = [
  { value: 'trygghet', label: 'Trygghet' },
  { value: 'kultur', label: 'Kultur' },
  { value: 'samverkan', label: 'Samverkan med polisen' },
];
const options = { kinds: PRESS_KINDS, topics: TOPICS, perPage: 2 };

describe('paginate', () => {
  it('cuts a list into pages and keeps one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2], 2)).toEqual([[1, 2]]);
    expect(paginate([], 10)).toEqual([[]]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
    expect(() => paginate([1], 1.5)).toThrow(/positive integer/);
  });
});

describe('press room URLs', () => {
  it('nests every list page under a reserved segment', () => {
    expect(listingPath(undefined)).toBe('/pressmeddelanden/');
    expect(listingPath(undefined, 2)).toBe('/pressmeddelanden/sida/2/');
    expect(listingPath({ dimension: 'year', value: '2023' })).toBe('/pressmeddelanden/ar/2023/');
    expect(listingPath({ dimension: 'kind', value: 'pressinbjudan' }, 3)).toBe(
      '/pressmeddelanden/typ/pressinbjudan/sida/3/',
    );
    expect(listingPath({ dimension: 'topic', value: 'trygghet' })).toBe('/pressmeddelanden/amne/trygghet/');
    expect(releasePath('x')).toBe('/pressmeddelanden/x/');
    expect(() => listingPath(undefined, 0)).toThrow(/page number/);
  });

  it('reserves exactly the first segments list pages use, so no release slug can collide', () => {
    expect([...RESERVED_RELEASE_SLUGS].sort()).toEqual(['amne', 'ar', 'prenumerera', 'sida', 'typ']);
    const lists = pressListings([release('a', '2023-01-01', 'pressmeddelande', ['kultur'])], options);
    for (const l of lists.filter((x) => x.segments.length > 0)) {
      expect(RESERVED_RELEASE_SLUGS).toContain(l.segments[0]);
    }
  });
});

describe('pressListings', () => {
  const releases = [
    release('c', '2023-12-01', 'pressmeddelande', ['trygghet', 'samverkan']),
    release('a', '2024-02-29T13:45', 'pressmeddelande', ['kultur']),
    release('e', '2022-05-05T09:00', 'pressinbjudan', ['trygghet']),
    release('b', '2023-07-27', 'pressmeddelande', ['trygghet']),
    release('d', '2023-12-01', 'pressmeddelande', []),
  ];
  const lists = pressListings(releases, options);
  const byPath = new Map(lists.map((l) => [l.path, l]));
  const ids = (p: string) => byPath.get(p)?.items.map((r) => r.id);

  it('lists newest first, ties by slug, cut into pages with links between them', () => {
    expect(ids('/pressmeddelanden/')).toEqual(['a', 'c']);
    expect(ids('/pressmeddelanden/sida/2/')).toEqual(['d', 'b']);
    expect(ids('/pressmeddelanden/sida/3/')).toEqual(['e']);
    const second = byPath.get('/pressmeddelanden/sida/2/');
    expect(second).toMatchObject({ page: 2, pageCount: 3, total: 5, segments: ['sida', '2'] });
    expect(second?.previousPath).toBe('/pressmeddelanden/');
    expect(second?.nextPath).toBe('/pressmeddelanden/sida/3/');
    expect(byPath.get('/pressmeddelanden/')?.previousPath).toBeUndefined();
    expect(byPath.get('/pressmeddelanden/sida/3/')?.nextPath).toBeUndefined();
  });

  it('has a list per year (Stockholm year), newest year first', () => {
    const years = filterGroups(releases, options).find((g) => g.dimension === 'year');
    expect(years?.options.map((o) => [o.value, o.count])).toEqual([
      ['2024', 1],
      ['2023', 3],
      ['2022', 1],
    ]);
    expect(ids('/pressmeddelanden/ar/2023/')).toEqual(['c', 'd']);
    expect(ids('/pressmeddelanden/ar/2023/sida/2/')).toEqual(['b']);
    // 2024-01-01 00:30 in Stockholm is still 2023 in UTC: the year is Stockholm's.
    const newYear = pressListings([release('n', '2024-01-01T00:30')], options);
    expect(newYear.map((l) => l.path)).toContain('/pressmeddelanden/ar/2024/');
    expect(newYear.map((l) => l.path)).not.toContain('/pressmeddelanden/ar/2023/');
  });

  it('has a list for every kind, even an empty one, and for topics that have releases only', () => {
    expect(ids('/pressmeddelanden/typ/pressinbjudan/')).toEqual(['e']);
    expect(byPath.get('/pressmeddelanden/typ/pressmeddelande/')?.total).toBe(4);
    const noInvitations = pressListings([release('a', '2023-01-01')], options);
    const empty = noInvitations.find((l) => l.path === '/pressmeddelanden/typ/pressinbjudan/');
    expect(empty).toMatchObject({ total: 0, items: [], pageCount: 1 });
    expect(ids('/pressmeddelanden/amne/trygghet/')).toEqual(['c', 'b']);
    expect(ids('/pressmeddelanden/amne/trygghet/sida/2/')).toEqual(['e']);
    expect(ids('/pressmeddelanden/amne/kultur/')).toEqual(['a']);
    expect(noInvitations.some((l) => l.path.includes('/amne/'))).toBe(false);
  });

  it('carries the filter and its Swedish label for the page to show', () => {
    expect(byPath.get('/pressmeddelanden/amne/samverkan/')?.filter).toEqual({
      dimension: 'topic',
      value: 'samverkan',
      label: 'Samverkan med polisen',
    });
    expect(byPath.get('/pressmeddelanden/')?.filter).toBeUndefined();
  });

  it('every path is unique', () => {
    expect(new Set(lists.map((l) => l.path)).size).toBe(lists.length);
  });

  it('newestFirst does not change its input', () => {
    const input = [release('x', '2020-01-01'), release('y', '2021-01-01')];
    expect(newestFirst(input).map((r) => r.id)).toEqual(['y', 'x']);
    expect(input.map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('listingHeading', () => {
  it('names the list by its filter', () => {
    expect(listingHeading(undefined)).toBe('Pressrum');
    expect(listingHeading({ dimension: 'year', value: '2023', label: '2023' })).toBe('Pressmeddelanden från 2023');
    expect(listingHeading({ dimension: 'kind', value: 'pressinbjudan', label: 'Pressinbjudan' })).toBe(
      'Pressmeddelanden av typen Pressinbjudan',
    );
    expect(listingHeading({ dimension: 'topic', value: 'kultur', label: 'Kultur' })).toBe(
      'Pressmeddelanden i ämnet Kultur',
    );
  });
});
