/**
 * What the search index knows about a page besides its text: its type and date, as Pagefind
 * attributes on `<main>`. Type and year are filters, the date is metadata and the sort key.
 */
import { TIME_ZONE } from '../lib/stockholm-time.ts';

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
  /**
   * For pages that are kept up to date rather than published: the "Senast granskad" date, shown
   * and used for sorting, but not a year to filter by (a page is not "from" the year it was checked).
   */
  reviewed?: string | undefined;
  /** The editor's search words for the page (comma-separated): indexed as metadata, never shown. */
  words?: string | undefined;
}

/** Made on first use and kept: creating an `Intl.DateTimeFormat` costs far more than formatting with it. */
let stockholmDate: Intl.DateTimeFormat | undefined;

/** `YYYY-MM-DD` of a date string or of an instant in Stockholm. */
export function isoDate(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  // Every indexable page's search markers ask for its date (0.2 s of a 1,000-entry build with a new formatter each time).
  stockholmDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE });
  return stockholmDate.format(value);
}

/** The words of an editor's comma-separated search words, trimmed, without empty ones. */
export function searchWordsOf(words: string | undefined): string[] {
  return (words ?? '')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/**
 * Pagefind reads one filter, meta or sort key per attribute, so each becomes an empty hidden
 * element inside `<main>`: `<span hidden data-pagefind-filter="typ:Pressmeddelande">` and so on.
 * Returns the attribute sets of those elements: type and year as filters, type, date and summary
 * as metadata (the summary read from an attribute, as it may hold commas and colons), the date
 * as the sort key.
 */
export function searchMarkers(facets: SearchFacets | undefined, summary: string): Record<string, string>[] {
  if (!facets) return [];
  const date = facets.date === undefined ? undefined : isoDate(facets.date);
  const year = date ? date.slice(0, 4) : facets.year === undefined ? undefined : String(facets.year);
  const markers: Record<string, string>[] = [
    { 'data-pagefind-filter': `typ:${facets.type}` },
    { 'data-pagefind-meta': `typ:${facets.type}` },
    { 'data-pagefind-meta': 'summary[data-summary]', 'data-summary': summary },
  ];
  const words = searchWordsOf(facets.words);
  if (words.length > 0) markers.push({ 'data-pagefind-meta': 'sokord[data-sokord]', 'data-sokord': words.join(', ') });
  if (year) markers.push({ 'data-pagefind-filter': `år:${year}` });
  if (date) markers.push({ 'data-pagefind-meta': `datum:${date}` });
  const reviewed = facets.reviewed === undefined ? undefined : isoDate(facets.reviewed);
  if (reviewed) markers.push({ 'data-pagefind-meta': `granskad:${reviewed}` });
  // A page with only a year sorts as the first day of it; that date is never shown.
  const sortDate = date ?? (year ? `${year}-01-01` : reviewed);
  if (sortDate) markers.push({ 'data-pagefind-sort': `datum:${sortDate}` });
  return markers;
}
