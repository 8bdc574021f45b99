/**
 * The press room's feeds, RSS 2.0 and JSON Feed 1.1, built with the `feed` library from plain data
 * (the routes gather it from the published releases). Each item carries the full text: the
 * rendered body with absolute links, and for an invitation its time and place first, and any
 * corrections last, so a feed reader shows what the release page shows.
 */
import { Feed } from 'feed';
import { escapeHtml } from '../lib/escape-html.ts';
import { formatDate, formatDateTime, isMidnight } from '../lib/format-date.ts';
import { parseStockholmDateTime } from '../lib/stockholm-time.ts';
import { telHref } from '../lib/tel-href.ts';
import { JSON_FEED_PATH, PRESS_ROOM_PATH, RSS_PATH, releasePath } from '../lib/urls.ts';

export interface FeedRelease {
  slug: string;
  title: string;
  summary: string;
  published: Date;
  /** The body rendered to HTML (root-relative links are made absolute). */
  html: string;
  /** Swedish labels of the kind and the topics, as categories. */
  categories: readonly string[];
  sender?: string | undefined;
  invitation?:
    | { startsAt?: Date | undefined; place?: string | undefined; participants?: string | undefined }
    | undefined;
  corrections?: readonly { date: string; text: string }[] | undefined;
  contacts?: readonly FeedContact[] | undefined;
}

export interface FeedContact {
  name: string;
  role?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

export interface FeedSite {
  /** The site's address, e.g. `https://trygg.exempelby.example`. */
  siteUrl: string;
  siteName: string;
  municipality: string;
  /** When the feed last changed: the newest release's time, or the build clock when there is none. */
  updated: Date;
}

/** Root-relative `href` and `src` values (`/filer/x.pdf`) made absolute, as feed readers need. */
export function absolutizeUrls(html: string, siteUrl: string): string {
  return html.replace(/\b(href|src)="(\/(?!\/)[^"]*)"/g, (_, attr: string, url: string) => {
    return `${attr}="${new URL(url, siteUrl).href}"`;
  });
}

/** When a release last changed: its latest correction (that day, Stockholm), or its publish time. */
export function lastModified(release: Pick<FeedRelease, 'published' | 'corrections'>): Date {
  const latest = [...(release.corrections ?? [])]
    .map((c) => c.date)
    .sort()
    .at(-1);
  const corrected = latest ? parseStockholmDateTime(latest) : undefined;
  return corrected && corrected > release.published ? corrected : release.published;
}

/** The full text of one release as feed HTML. */
export function releaseFeedHtml(release: FeedRelease, siteUrl: string): string {
  const parts: string[] = [];
  const inv = release.invitation;
  if (inv && (inv.startsAt || inv.place || inv.participants)) {
    const rows: string[] = [];
    if (inv.startsAt) {
      const when = isMidnight(inv.startsAt) ? formatDate(inv.startsAt) : formatDateTime(inv.startsAt);
      rows.push(`<li><strong>När:</strong> ${escapeHtml(when)}</li>`);
    }
    if (inv.place) rows.push(`<li><strong>Var:</strong> ${escapeHtml(inv.place)}</li>`);
    if (inv.participants) rows.push(`<li><strong>Medverkande:</strong> ${escapeHtml(inv.participants)}</li>`);
    parts.push(`<ul>${rows.join('')}</ul>`);
  }
  parts.push(absolutizeUrls(release.html, siteUrl));
  const contacts = (release.contacts ?? []).map((c) => {
    const parts = [escapeHtml(c.name), c.role ? escapeHtml(c.role) : ''];
    if (c.phone) parts.push(`telefon <a href="${escapeHtml(telHref(c.phone))}">${escapeHtml(c.phone)}</a>`);
    if (c.email) parts.push(`e-post <a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>`);
    return `<li>${parts.filter(Boolean).join(', ')}</li>`;
  });
  if (contacts.length > 0) parts.push(`<p><strong>Kontakt:</strong></p><ul>${contacts.join('')}</ul>`);
  for (const c of release.corrections ?? []) {
    parts.push(`<p><strong>Rättelse ${escapeHtml(formatDate(c.date))}:</strong> ${escapeHtml(c.text)}</p>`);
  }
  if (release.sender) parts.push(`<p>Avsändare: ${escapeHtml(release.sender)}</p>`);
  return parts.join('\n');
}

function buildFeed(site: FeedSite, releases: readonly FeedRelease[]): Feed {
  const url = (p: string) => new URL(p, site.siteUrl).href;
  const feed = new Feed({
    title: `Pressmeddelanden – ${site.siteName}`,
    description: escapeHtml(`Pressmeddelanden och pressinbjudningar från ${site.municipality}.`),
    id: url(PRESS_ROOM_PATH),
    link: url(PRESS_ROOM_PATH),
    language: 'sv',
    updated: site.updated,
    generator: false,
    feedLinks: { rss: url(RSS_PATH), json: url(JSON_FEED_PATH) },
    author: { name: site.municipality, link: url('/') },
  });
  for (const r of releases) {
    const link = url(releasePath(r.slug));
    feed.addItem({
      id: link,
      link,
      title: r.title,
      // RSS readers render <description> as HTML; the summary is plain text, so it is escaped.
      description: escapeHtml(r.summary),
      content: releaseFeedHtml(r, site.siteUrl),
      date: lastModified(r),
      published: r.published,
      category: r.categories.map((name) => ({ name })),
      ...(r.sender ? { author: [{ name: r.sender }] } : {}),
    });
  }
  return feed;
}

/** RSS 2.0, items in the order given (newest first). */
export function pressRss(site: FeedSite, releases: readonly FeedRelease[]): string {
  return buildFeed(site, releases).rss2();
}

/**
 * JSON Feed 1.1. The `feed` library writes version 1; 1.1 only adds fields and replaces the single
 * `author` with an `authors` list, so the library's output is lifted to 1.1 here.
 */
export function pressJsonFeed(site: FeedSite, releases: readonly FeedRelease[]): string {
  const json = JSON.parse(buildFeed(site, releases).json1()) as Record<string, unknown>;
  const { author, items, ...rest } = json as { author?: unknown; items: Record<string, unknown>[] };
  const lifted = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'sv',
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({
      ...item,
      ...(itemAuthor ? { authors: [itemAuthor] } : {}),
    })),
  };
  return `${JSON.stringify(lifted, null, 2)}\n`;
}
