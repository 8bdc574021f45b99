/**
 * The site's URL map, written once (the contract in the design brief, "Pages and URLs"): every
 * internal link the templates, feeds and open data write comes from here. Pages of the page
 * collection live at `/<slug>/`, translations at `/<language>/<slug>/`.
 *
 * The press room: release pages live at `/pressmeddelanden/<slug>/`; every list page is nested
 * under a fixed segment (`sida/`, `ar/`, `typ/`, `amne/`), and the subscription pages under
 * `prenumerera/`, so no list URL can be mistaken for a release. The segments are reserved: the
 * content validation refuses a release whose slug is one of them.
 */

export const HOME_PATH = '/';

/** A page of the page collection (`/<slug>/`), or of a translation (`/<language>/<slug>/`). */
export function pagePath(slug: string, language?: string): string {
  return language ? `/${language}/${slug}/` : `/${slug}/`;
}

/** A language's start page: `/en/`. */
export function languageHomePath(language: string): string {
  return `/${language}/`;
}

export const SEARCH_PATH = '/sok/';
/** The search page of a language (`/en/sok/`), or the Swedish one. */
export function searchPath(language?: string): string {
  return language ? `/${language}${SEARCH_PATH}` : SEARCH_PATH;
}
export const ALL_PAGES_PATH = `${SEARCH_PATH}alla-sidor/`;
/** The site's words for "Menade du …?", written by the search index step. */
export const VOCABULARY_PATH = `${SEARCH_PATH}ordlista.json`;

export const PROMISES_PATH = '/medborgarloften/';
/** `/medborgarloften/<slug>/` */
export function promisePath(slug: string): string {
  return `${PROMISES_PATH}${slug}/`;
}

export const DOCUMENTS_PATH = '/dokument/';
/** `/dokument/<slug>/` */
export function documentPath(slug: string): string {
  return `${DOCUMENTS_PATH}${slug}/`;
}
/** The list of one kind of document: `/dokument/typ/<kind>/`. */
export function documentKindPath(kind: string): string {
  return `${DOCUMENTS_PATH}typ/${kind}/`;
}

export const AWARD_PATH = '/fem-i-tolv-priset/';
export const AWARD_THANKS_PATH = `${AWARD_PATH}tack/`;

export const GRAFFITI_REPORT_PATH = '/anmal-klotter/';
/** The page after a graffiti report is sent, in the report page's language. */
export function graffitiThanksPath(language?: string): string {
  return `${language ? `/${language}` : ''}${GRAFFITI_REPORT_PATH}tack/`;
}

export const ABOUT_SITE_PATH = '/om-webbplatsen/';
export const ACCESSIBILITY_PATH = '/tillganglighetsredogorelse/';
export const PRIVACY_PATH = '/integritet/';
export const TRANSLATIONS_PATH = '/oversattningar/';

export const OPEN_DATA_PATH = '/data/';
/** A dataset file: `/data/medborgarloften.json`. */
export function dataFilePath(id: string, format: 'json' | 'csv'): string {
  return `${OPEN_DATA_PATH}${id}.${format}`;
}
export const DCAT_PATH = '/datasets/dcat';

export const ADMIN_PATH = '/admin/';
export const SITEMAP_PATH = '/sitemap-index.xml';

export const PRESS_ROOM_PATH = '/pressmeddelanden/';

/** The filter dimensions of the press room, and the URL segment each is nested under. */
export const FILTER_SEGMENTS = { year: 'ar', kind: 'typ', topic: 'amne' } as const;
export type FilterDimension = keyof typeof FILTER_SEGMENTS;

/** Swedish names of the filter dimensions, as headings and in page titles. */
export const FILTER_LABELS: Record<FilterDimension, string> = { year: 'År', kind: 'Typ', topic: 'Ämne' };

/** Segment for pages 2 … n of a list: `/pressmeddelanden/sida/2/`. */
export const PAGE_SEGMENT = 'sida';

/** The subscription page (`/pressmeddelanden/prenumerera/`) and its thank-you page below it. */
export const SUBSCRIBE_SEGMENT = 'prenumerera';
export const SUBSCRIBE_PATH = `${PRESS_ROOM_PATH}${SUBSCRIBE_SEGMENT}/`;
export const SUBSCRIBE_THANKS_PATH = `${SUBSCRIBE_PATH}tack/`;

export const RSS_PATH = `${PRESS_ROOM_PATH}rss.xml`;
export const JSON_FEED_PATH = `${PRESS_ROOM_PATH}feed.json`;

/** Slugs a release may not have, because a list or subscription page already uses the URL. */
export const RESERVED_RELEASE_SLUGS: readonly string[] = [
  ...Object.values(FILTER_SEGMENTS),
  PAGE_SEGMENT,
  SUBSCRIBE_SEGMENT,
];

export interface ActiveFilter {
  dimension: FilterDimension;
  /** The value as it appears in the URL: a year (`2023`), a kind or a topic id. */
  value: string;
}

/** `/pressmeddelanden/<slug>/` */
export function releasePath(slug: string): string {
  return `${PRESS_ROOM_PATH}${slug}/`;
}

/** `/pressmeddelanden/<slug>/inbjudan.ics` */
export function invitationIcsPath(slug: string): string {
  return `${releasePath(slug)}inbjudan.ics`;
}

/** Path segments below `/pressmeddelanden/` of a list page (empty for the first unfiltered page). */
export function listingSegments(filter: ActiveFilter | undefined, page = 1): string[] {
  if (!Number.isInteger(page) || page < 1) throw new Error(`Not a page number: ${page}`);
  const segments = filter ? [FILTER_SEGMENTS[filter.dimension], filter.value] : [];
  return page === 1 ? segments : [...segments, PAGE_SEGMENT, String(page)];
}

/** The URL path of a list page: `/pressmeddelanden/`, `/pressmeddelanden/ar/2023/sida/2/` … */
export function listingPath(filter: ActiveFilter | undefined, page = 1): string {
  const segments = listingSegments(filter, page);
  return segments.length === 0 ? PRESS_ROOM_PATH : `${PRESS_ROOM_PATH}${segments.join('/')}/`;
}
