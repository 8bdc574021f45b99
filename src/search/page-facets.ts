/**
 * What the search index knows about a page besides its text: its type and date, as Pagefind
 * attributes on `<main>`. Type and year are filters, the date is metadata and the sort key.
 */
import { TIME_ZONE } from '../utils/stockholm-time.ts';

/** Page types as the search page shows them and filters by them. */
export const SEARCH_TYPES = [
  'Sida',
  'Pressmeddelande',
  'Pressinbjudan',
  'Medborgarlöfte',
  'Dokument',
  'Översikt',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchFacets {
  /** One of SEARCH_TYPES (the press kinds come from the content model's labels). */
  type: SearchType | string;
  /** A calendar date (`2023-12-01`) or an instant (shown as its date in Stockholm). */
  date?: string | Date | undefined;
  /** For pages with a year but no known date (a citizen promise's first year): filter and sort only. */
  year?: number | undefined;
}

/** `YYYY-MM-DD` of a date string or of an instant in Stockholm. */
export function isoDate(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(value);
}

/**
 * The Pagefind attributes for `<main>`: `data-pagefind-filter="typ:…, år:…"`,
 * `data-pagefind-meta="typ:…, datum:…"` and `data-pagefind-sort="datum:…"`, plus the summary as
 * metadata read from the `data-summary` attribute (it may hold commas).
 */
export function searchAttributes(facets: SearchFacets | undefined, summary: string): Record<string, string> {
  if (!facets) return {};
  const date = facets.date === undefined ? undefined : isoDate(facets.date);
  const filters = [`typ:${facets.type}`];
  const meta = [`typ:${facets.type}`];
  const attributes: Record<string, string> = {};
  if (date) {
    filters.push(`år:${date.slice(0, 4)}`);
    meta.push(`datum:${date}`);
    attributes['data-pagefind-sort'] = `datum:${date}`;
  } else if (facets.year !== undefined) {
    filters.push(`år:${facets.year}`);
    attributes['data-pagefind-sort'] = `datum:${facets.year}`;
  }
  attributes['data-pagefind-filter'] = filters.join(', ');
  attributes['data-pagefind-meta'] = [...meta, 'summary[data-summary]'].join(', ');
  attributes['data-summary'] = summary;
  return attributes;
}
