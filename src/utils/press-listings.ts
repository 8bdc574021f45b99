/**
 * Every list page of the press room, as data: the unfiltered list and one list per year, kind and
 * topic, each cut into pages of `perPage`, newest first. The pages are static, so the filters
 * work without JavaScript. Pure: the route passes in the published releases and the option lists.
 */
import { yearOf } from '../lib/format-date.ts';
import { type ActiveFilter, type FilterDimension, listingPath, listingSegments } from '../lib/urls.ts';

/** Releases per list page. */
export const PRESS_PAGE_SIZE = 10;

/** What the lists need of a release (an Astro entry fits). */
export interface ListableRelease {
  id: string;
  data: { published: Date; kind: string; topics?: readonly string[] | undefined };
}

export interface Option {
  value: string;
  label: string;
}

export interface FilterOption extends Option {
  count: number;
  path: string;
}

export interface FilterGroup {
  dimension: FilterDimension;
  options: FilterOption[];
}

export interface ListingPage<T extends ListableRelease> {
  /** Segments below `/pressmeddelanden/` (empty for the first unfiltered page). */
  segments: string[];
  path: string;
  /** The filter this list shows, with its label; undefined for the full list. */
  filter: (ActiveFilter & { label: string }) | undefined;
  page: number;
  pageCount: number;
  /** Releases in the whole filtered list (all its pages). */
  total: number;
  items: T[];
  previousPath: string | undefined;
  nextPath: string | undefined;
}

export interface ListingOptions {
  /** The kinds of release (PRESS_KINDS). A page exists for each kind, even an empty one. */
  kinds: readonly Option[];
  /** The topics from the press settings. A page exists only for topics that have releases. */
  topics: readonly Option[];
  perPage: number;
}

/** The filter groups with the values that have a list page, and how many releases each has. */
export function filterGroups(releases: readonly ListableRelease[], options: Omit<ListingOptions, 'perPage'>) {
  const years = [...new Set(releases.map((r) => yearOf(r.data.published)))].sort((a, b) => b - a);
  const option = (dimension: FilterDimension, o: Option, count: number): FilterOption => ({
    ...o,
    count,
    path: listingPath({ dimension, value: o.value }),
  });
  const groups: FilterGroup[] = [
    {
      dimension: 'year',
      options: years.map((y) =>
        option('year', { value: String(y), label: String(y) }, count(releases, 'year', String(y))),
      ),
    },
    {
      dimension: 'kind',
      options: options.kinds.map((k) => option('kind', k, count(releases, 'kind', k.value))),
    },
    {
      dimension: 'topic',
      options: options.topics
        .map((t) => option('topic', t, count(releases, 'topic', t.value)))
        .filter((t) => t.count > 0),
    },
  ];
  return groups;
}

/** True when a release belongs in the list of a filter. */
export function matchesFilter(release: ListableRelease, filter: ActiveFilter): boolean {
  switch (filter.dimension) {
    case 'year':
      return String(yearOf(release.data.published)) === filter.value;
    case 'kind':
      return release.data.kind === filter.value;
    case 'topic':
      return (release.data.topics ?? []).includes(filter.value);
  }
}

function count(releases: readonly ListableRelease[], dimension: FilterDimension, value: string): number {
  return releases.filter((r) => matchesFilter(r, { dimension, value })).length;
}

/** Newest first; releases published at the same instant keep a stable order by slug. */
export function newestFirst<T extends ListableRelease>(releases: readonly T[]): T[] {
  return [...releases].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

/** Cuts a list into pages of `perPage` (at least one page, so an empty list still has its page). */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer: ${perPage}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages.length > 0 ? pages : [[]];
}

/** The heading (and page title) of a list: `Pressrum`, `Pressmeddelanden från 2023` … */
export function listingHeading(filter: (ActiveFilter & { label: string }) | undefined): string {
  if (!filter) return 'Pressrum';
  switch (filter.dimension) {
    case 'year':
      return `Pressmeddelanden från ${filter.label}`;
    case 'kind':
      return `Pressmeddelanden av typen ${filter.label}`;
    case 'topic':
      return `Pressmeddelanden i ämnet ${filter.label}`;
  }
}

/** Every list page of the press room. */
export function pressListings<T extends ListableRelease>(
  releases: readonly T[],
  options: ListingOptions,
): ListingPage<T>[] {
  const sorted = newestFirst(releases);
  const lists: { filter: ListingPage<T>['filter']; items: T[] }[] = [{ filter: undefined, items: sorted }];
  for (const group of filterGroups(sorted, options)) {
    for (const o of group.options) {
      const filter = { dimension: group.dimension, value: o.value, label: o.label };
      lists.push({ filter, items: sorted.filter((r) => matchesFilter(r, filter)) });
    }
  }
  return lists.flatMap(({ filter, items }) => {
    const pages = paginate(items, options.perPage);
    return pages.map((pageItems, index) => {
      const page = index + 1;
      return {
        segments: listingSegments(filter, page),
        path: listingPath(filter, page),
        filter,
        page,
        pageCount: pages.length,
        total: items.length,
        items: pageItems,
        previousPath: page > 1 ? listingPath(filter, page - 1) : undefined,
        nextPath: page < pages.length ? listingPath(filter, page + 1) : undefined,
      };
    });
  });
}
