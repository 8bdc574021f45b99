/**
 * The feeds, read back by independent parsers: rss-parser for RSS 2.0, and the JSON Feed 1.1
 * spec's required fields checked by hand (version, title, items with id and content).
 */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { parseStockholmDateTime } from '../../src/lib/stockholm-time.ts';
import {
  absolutizeUrls,
  type FeedRelease,
  type FeedSite,
  lastModified,
  pressJsonFeed,
  pressRss,
  releaseFeedHtml,
} from '../../src/utils/press-feed.ts';

const site: FeedSite = {
  siteUrl: 'https://trygg.example.se',
  siteName: 'Trygg i Exempelstad',
  municipality: 'Exempelstads kommun',
  updated: new Date('2024-03-01T08:00:00Z'),
};
const releases: FeedRelease[] = [
  {
    slug: 'pressinbjudan-trygghetsvandring',
    title: 'Pressinbjudan: Trygghetsvandring & samtal',
    summary: 'Kommunen bjuder in till en trygghetsvandring.',
    published: new Date('2024-03-01T08:00:00Z'),
    html: '<p>Brödtext med <a href="/filer/rapport.pdf">rapporten</a> och <a href="https://polisen.se/">polisen</a>.</p>',
    categories: ['Pressinbjudan', 'Trygghet'],
    sender: 'Presstjänsten',
    invitation: {
      startsAt: parseStockholmDateTime('2024-03-09T10:00'),
      place: 'Rådhuset <entré>',
      participants: 'Ordföranden',
    },
    corrections: [{ date: '2024-03-02', text: 'Tiden är ändrad.' }],
    contacts: [
      { name: 'Pressansvarig Person', role: 'pressansvarig', phone: '011-12 34 56', email: 'press@example.se' },
    ],
  },
  {
    slug: 'aldre',
    title: 'Ett äldre pressmeddelande',
    summary: 'Sammanfattning.',
    published: new Date('2023-12-01T00:00:00Z'),
    html: '<p>Hela texten i det äldre meddelandet.</p>',
    categories: ['Pressmeddelande'],
  },
];

describe('RSS 2.0', () => {
  it('parses with rss-parser and lists every release, newest first, with its full text', async () => {
    const xml = pressRss(site, releases);
    expect(xml).toContain('<rss version="2.0"');
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Pressmeddelanden – Trygg i Exempelstad');
    expect(feed.link).toBe('https://trygg.example.se/pressmeddelanden/');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Pressinbjudan: Trygghetsvandring & samtal',
      'Ett äldre pressmeddelande',
    ]);
    const [first, second] = feed.items;
    expect(first?.link).toBe('https://trygg.example.se/pressmeddelanden/pressinbjudan-trygghetsvandring/');
    expect(first?.pubDate).toBe('Fri, 01 Mar 2024 08:00:00 GMT');
    expect(first?.categories).toEqual(['Pressinbjudan', 'Trygghet']);
    const content = (first as Record<string, unknown>)['content:encoded'] as string;
    expect(content).toContain('href="https://trygg.example.se/filer/rapport.pdf"');
    expect(content).toContain('href="https://polisen.se/"');
    expect((second as Record<string, unknown>)['content:encoded']).toContain('Hela texten i det äldre meddelandet.');
    expect(first?.contentSnippet ?? first?.content).toContain('Kommunen bjuder in');
    expect(xml).toContain('<language>sv</language>');
    expect(xml).toContain('<lastBuildDate>Fri, 01 Mar 2024 08:00:00 GMT</lastBuildDate>');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(pressJsonFeed(site, releases));

  it('has the fields the spec requires, at version 1.1', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe('https://trygg.example.se/pressmeddelanden/feed.json');
    expect(feed.home_page_url).toBe('https://trygg.example.se/pressmeddelanden/');
    expect(feed.language).toBe('sv');
    // 1.1 replaces `author` with `authors`.
    expect(feed.author).toBeUndefined();
    expect(feed.authors).toEqual([{ name: 'Exempelstads kommun', url: 'https://trygg.example.se/' }]);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(item.author).toBeUndefined();
    }
  });

  it('lists every release with its full text, dates in RFC 3339', () => {
    expect(feed.items.map((i: { title: string }) => i.title)).toEqual([
      'Pressinbjudan: Trygghetsvandring & samtal',
      'Ett äldre pressmeddelande',
    ]);
    expect(feed.items[0].date_published).toBe('2024-03-01T08:00:00.000Z');
    // Corrected on 2 March (Stockholm midnight = 1 March 23.00 UTC); the other was never changed.
    expect(feed.items[0].date_modified).toBe('2024-03-01T23:00:00.000Z');
    expect(feed.items[1].date_modified).toBe('2023-12-01T00:00:00.000Z');
    expect(feed.items[0].summary).toBe('Kommunen bjuder in till en trygghetsvandring.');
    expect(feed.items[0].authors).toEqual([{ name: 'Presstjänsten' }]);
    expect(feed.items[0].tags).toEqual(['Pressinbjudan', 'Trygghet']);
    expect(feed.items[1].content_html).toContain('Hela texten i det äldre meddelandet.');
  });
});

describe('the full text of an item', () => {
  const html = releaseFeedHtml(releases[0] as FeedRelease, site.siteUrl);

  it('starts with the invitation in Stockholm time, escaped, and ends with the corrections', () => {
    expect(html).toContain('<strong>När:</strong> 9 mars 2024 kl. 10.00');
    expect(html).toContain('<strong>Var:</strong> Rådhuset &lt;entré&gt;');
    expect(html).toContain('<strong>Medverkande:</strong> Ordföranden');
    expect(html).toContain('<strong>Rättelse 2 mars 2024:</strong> Tiden är ändrad.');
    expect(html.indexOf('När:')).toBeLessThan(html.indexOf('Brödtext'));
    expect(html.indexOf('Brödtext')).toBeLessThan(html.indexOf('Rättelse'));
  });

  it('names the contacts with tap-to-call and mail links', () => {
    expect(html).toContain(
      '<li>Pressansvarig Person, pressansvarig, telefon <a href="tel:+4611123456">011-12 34 56</a>, e-post <a href="mailto:press@example.se">press@example.se</a></li>',
    );
  });

  it('makes root-relative links absolute and leaves others alone', () => {
    expect(absolutizeUrls('<img src="/filer/a.jpg"><a href="/x/">x</a>', 'https://s.se')).toBe(
      '<img src="https://s.se/filer/a.jpg"><a href="https://s.se/x/">x</a>',
    );
    const untouched = '<a href="https://a.se/">a</a><a href="//cdn.x/y">b</a><a href="#top">c</a>';
    expect(absolutizeUrls(untouched, 'https://s.se')).toBe(untouched);
  });
});

describe('lastModified', () => {
  const published = new Date('2024-03-01T08:00:00Z');
  it('is the latest correction day, or the publish time when there is none', () => {
    expect(lastModified({ published })).toEqual(published);
    expect(
      lastModified({
        published,
        corrections: [
          { date: '2024-03-05', text: 'b' },
          { date: '2024-03-02', text: 'a' },
        ],
      }).toISOString(),
    ).toBe('2024-03-04T23:00:00.000Z');
    // A correction dated the same day as an afternoon release does not go back before it.
    expect(lastModified({ published, corrections: [{ date: '2024-03-01', text: 'x' }] })).toEqual(published);
  });
});
