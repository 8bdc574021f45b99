/**
 * The press room built from the real seed content: both feeds read back by independent parsers
 * and listing every seed release with its full text, the filter pages, the release page's
 * metadata (JSON-LD, Open Graph, Twitter card, share image), copy link, and the subscription form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_NAME_FIELD, FORM_NAMES, HONEYPOT_FIELD } from '../../src/components/form/netlify-forms.ts';
import { parseMarkdownFile } from '../../src/content-model/validate.ts';
import { yearOf } from '../../src/lib/format-date.ts';
import { parseStockholmDateTime } from '../../src/lib/stockholm-time.ts';
import type { BuildResult } from '../support/build.ts';
import { SOURCE_CONTENT } from '../support/content-copy.ts';
import { htmlFor, listFiles, sitePages, textOf } from '../support/dist.ts';
import { sharedBuild } from '../support/shared-build.ts';

const SITE_URL = 'https://trygg.norrkoping.example';

/** The seed releases, read from the content folder itself (so the test follows the content). */
const SEEDS = readdirSync(path.join(SOURCE_CONTENT, 'pressmeddelanden'))
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const { data, body } = parseMarkdownFile(readFileSync(path.join(SOURCE_CONTENT, 'pressmeddelanden', file), 'utf8'));
    const d = data as { title: string; published: string; topics?: string[]; draft?: boolean };
    const paragraphs = body.trim().split(/\n\s*\n/);
    return {
      slug: file.replace(/\.md$/, ''),
      title: d.title,
      published: parseStockholmDateTime(d.published) as Date,
      topics: d.topics ?? [],
      // The last paragraph of the body: only the full text has it, not the summary.
      lastParagraph: (paragraphs.at(-1) ?? '').replace(/\s+/g, ' ').trim(),
    };
  })
  .sort((a, b) => b.published.getTime() - a.published.getTime());

let build: BuildResult;
let dist: string;

beforeAll(() => {
  build = sharedBuild();
  dist = build.outDir;
});

const page = (urlPath: string): string => {
  const html = htmlFor(dist, urlPath);
  if (html === undefined) throw new Error(`${urlPath} was not built`);
  return html;
};
const file = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');
const attr = (html: string, selector: RegExp): string | undefined => selector.exec(html)?.[1];
/** Release links of a list page, in order. */
const listed = (html: string): string[] =>
  [...html.matchAll(/<li>\s*<h[23]>\s*<a href="\/pressmeddelanden\/([a-z0-9-]+)\/"/g)].map((m) => m[1] as string);

describe('the build', () => {
  it('succeeds, and the seeds are what the tests expect', () => {
    expect(build.code, build.output).toBe(0);
    expect(SEEDS.length).toBeGreaterThanOrEqual(3);
    for (const s of SEEDS) expect(s.lastParagraph.length, s.slug).toBeGreaterThan(80);
  });
});

describe('feeds', () => {
  it('RSS 2.0 parses with rss-parser and lists every seed release, newest first, with its full text', async () => {
    const feed = await new Parser().parseString(file('pressmeddelanden/rss.xml'));
    expect(feed.title).toBe('Pressmeddelanden – Trygg i Norrköping');
    expect(feed.items.map((i) => i.link)).toEqual(SEEDS.map((s) => `${SITE_URL}/pressmeddelanden/${s.slug}/`));
    expect(feed.items.map((i) => i.title)).toEqual(SEEDS.map((s) => s.title));
    feed.items.forEach((item, i) => {
      const seed = SEEDS[i] as (typeof SEEDS)[number];
      const content = textOf((item as Record<string, unknown>)['content:encoded'] as string);
      expect(content, seed.slug).toContain(seed.lastParagraph);
      expect(new Date(item.pubDate as string).getTime()).toBe(seed.published.getTime());
    });
  });

  it('JSON Feed 1.1 has the required fields and lists every seed release with its full text', () => {
    const feed = JSON.parse(file('pressmeddelanden/feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Pressmeddelanden – Trygg i Norrköping');
    expect(feed.feed_url).toBe(`${SITE_URL}/pressmeddelanden/feed.json`);
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(
      SEEDS.map((s) => `${SITE_URL}/pressmeddelanden/${s.slug}/`),
    );
    feed.items.forEach((item: Record<string, string>, i: number) => {
      const seed = SEEDS[i] as (typeof SEEDS)[number];
      expect(typeof item.id).toBe('string');
      expect(item.title).toBe(seed.title);
      expect(textOf(item.content_html as string), seed.slug).toContain(seed.lastParagraph);
      expect(item.date_published).toBe(seed.published.toISOString());
    });
    // A journalist reading the feed sees whom to call.
    const samverkan = feed.items.find((i: { url: string }) => i.url.endsWith('/samverkan-for-ett-tryggt-norrkoping/'));
    expect(samverkan.content_html).toContain('Anna Selander, kommundirektör, telefon <a href="tel:+46724652054">');
  });

  it('every HTML page links both feeds for autodiscovery', () => {
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const html = file(f);
      expect(html, f).toMatch(
        /<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/pressmeddelanden\/rss\.xml"/,
      );
      expect(html, f).toMatch(
        /<link rel="alternate" type="application\/feed\+json"[^>]*href="\/pressmeddelanden\/feed\.json"/,
      );
    }
  });
});

describe('the press room and its filters', () => {
  it('lists the releases newest first, with press contacts (tel: links) and the boilerplate', () => {
    const html = page('/pressmeddelanden/');
    expect(listed(html)).toEqual(SEEDS.map((s) => s.slug));
    expect(html).toContain('href="tel:+46725970900"');
    expect(textOf(html)).toContain('Presskontakter Helena Jalkner pressansvarig');
    expect(textOf(html)).toContain('Om Norrköpings kommun Norrköpings kommun har omkring 145 000 invånare');
    expect(html).toContain('href="/pressmeddelanden/prenumerera/"');
  });

  it('has a static page per year, listing exactly that year, with the filter shown and a way to clear it', () => {
    const years = [...new Set(SEEDS.map((s) => yearOf(s.published)))];
    for (const year of years) {
      const html = page(`/pressmeddelanden/ar/${year}/`);
      expect(listed(html), String(year)).toEqual(SEEDS.filter((s) => yearOf(s.published) === year).map((s) => s.slug));
      expect(textOf(html)).toContain(`Visar: år ${year} .`);
      expect(html).toMatch(new RegExp(`<a href="/pressmeddelanden/ar/${year}/" aria-current="page"[^>]*>`));
      expect(html).toMatch(/<a href="\/pressmeddelanden\/"[^>]*>Ta bort filtret och visa alla<\/a>/);
      expect(textOf(html)).toContain(`Pressmeddelanden från ${year}`);
    }
    expect(page('/pressmeddelanden/')).not.toContain('Ta bort filtret');
  });

  it('leaves filter pages out of the search index (the release pages are in it)', () => {
    expect(page('/pressmeddelanden/')).toMatch(/<main[^>]*data-pagefind-body/);
    expect(page(`/pressmeddelanden/${SEEDS[0]?.slug}/`)).toMatch(/<main[^>]*data-pagefind-body/);
    expect(page('/pressmeddelanden/typ/pressmeddelande/')).not.toContain('data-pagefind-body');
  });

  it('has a page per topic with releases, and one per kind', () => {
    const topics = [...new Set(SEEDS.flatMap((s) => s.topics))];
    for (const topic of topics) {
      expect(listed(page(`/pressmeddelanden/amne/${topic}/`)), topic).toEqual(
        SEEDS.filter((s) => s.topics.includes(topic)).map((s) => s.slug),
      );
    }
    expect(listed(page('/pressmeddelanden/typ/pressmeddelande/')).length).toBeGreaterThan(0);
    expect(textOf(page('/pressmeddelanden/typ/pressinbjudan/'))).toContain('Visar: typ Pressinbjudan');
    const filterPages = listFiles(dist).filter((f) => /^pressmeddelanden\/(ar|typ|amne)\//.test(f));
    expect(filterPages.length).toBe(years().length + 2 + topics.length);
  });
});

function years(): number[] {
  return [...new Set(SEEDS.map((s) => yearOf(s.published)))];
}

describe('a release page', () => {
  const seed = () => SEEDS.find((s) => s.slug === 'samverkan-for-ett-tryggt-norrkoping') as (typeof SEEDS)[number];
  const url = () => `${SITE_URL}/pressmeddelanden/${seed().slug}/`;

  it('carries JSON-LD NewsArticle', () => {
    const html = page(`/pressmeddelanden/${seed().slug}/`);
    const json = attr(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
    expect(json).toBeDefined();
    const ld = JSON.parse(json as string);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(seed().title);
    expect(ld.url).toBe(url());
    expect(ld.datePublished).toBe(seed().published.toISOString());
    expect(ld.publisher.name).toBe('Norrköpings kommun');
  });

  it('has Open Graph and Twitter card metadata with the default share image, a real 1200×630 PNG', async () => {
    const html = page(`/pressmeddelanden/${seed().slug}/`);
    expect(attr(html, /<meta property="og:type" content="([^"]*)"/)).toBe('article');
    expect(attr(html, /<meta property="og:title" content="([^"]*)"/)).toBe(seed().title);
    expect(attr(html, /<meta property="og:url" content="([^"]*)"/)).toBe(url());
    expect(attr(html, /<meta property="article:published_time" content="([^"]*)"/)).toBe(
      seed().published.toISOString(),
    );
    expect(attr(html, /<meta name="twitter:card" content="([^"]*)"/)).toBe('summary_large_image');
    const image = attr(html, /<meta property="og:image" content="([^"]*)"/);
    expect(image).toBe(`${SITE_URL}/delningsbild.png`);
    expect(attr(html, /<meta name="twitter:image" content="([^"]*)"/)).toBe(image);
    expect(attr(html, /<meta property="og:image:alt" content="([^"]*)"/)).toBe(
      'Trygg i Norrköping, Norrköpings kommun',
    );
    const meta = await sharp(path.join(dist, 'delningsbild.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // Other pages share the default image as a website.
    expect(attr(page('/'), /<meta property="og:type" content="([^"]*)"/)).toBe('website');
    expect(attr(page('/'), /<meta property="og:image" content="([^"]*)"/)).toBe(image);
  });

  it('shows its address to copy (a button when JavaScript runs) and prints it', () => {
    const html = page(`/pressmeddelanden/${seed().slug}/`);
    expect(html).toContain('data-copy-link');
    expect(html).toMatch(new RegExp(`<input id="copy-link-url" type="text" readonly value="${url()}"`));
    expect(html).toMatch(/<button [^>]*type="button" hidden data-copy-link-button[^>]*>Kopiera länk<\/button>/);
    expect(textOf(html)).toContain(`Adress: ${url()}`);
    expect(html).not.toMatch(/facebook|twitter\.com|linkedin|addthis|sharethis/i);
  });

  it('links its topics to their filter pages', () => {
    const html = page(`/pressmeddelanden/${seed().slug}/`);
    for (const topic of seed().topics) expect(html).toContain(`href="/pressmeddelanden/amne/${topic}/"`);
  });
});

describe('subscription', () => {
  it('posts an e-mail address only to Netlify Forms, with a honeypot, and says what is kept', () => {
    const html = page('/pressmeddelanden/prenumerera/');
    const form = new RegExp(`<form\\b[^>]*name="${FORM_NAMES.subscribe}"[^>]*>[\\s\\S]*?</form>`).exec(html)?.[0] ?? '';
    const open = /<form\b[^>]*>/.exec(form)?.[0] ?? '';
    expect(open).toContain(`name="${FORM_NAMES.subscribe}"`);
    expect(open).toContain('method="post"');
    expect(open).toContain('action="/pressmeddelanden/prenumerera/tack/"');
    expect(open).toContain('data-netlify="true"');
    expect(open).toContain(`netlify-honeypot="${HONEYPOT_FIELD}"`);
    expect(form).toContain(`<input type="hidden" name="${FORM_NAME_FIELD}" value="${FORM_NAMES.subscribe}"`);
    const fields = [...form.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]).filter((t) => !t.includes('type="hidden"'));
    const names = fields.map((t) => attr(t, /name="([^"]*)"/));
    expect(names.sort()).toEqual([HONEYPOT_FIELD, 'email'].sort());
    const email = fields.find((t) => t.includes('name="email"')) ?? '';
    expect(email).toContain('type="email"');
    expect(email).toContain('required');
    expect(form).toMatch(/<label\b[^>]*\bfor="subscribe-email"[^>]*>E-postadress<\/label>/);
    expect(textOf(form)).toContain('Vi sparar bara din e-postadress, för att skicka pressmeddelanden till dig.');
    expect(textOf(form)).toContain('Du kan avanmäla dig när som helst.');
    expect(textOf(page('/pressmeddelanden/prenumerera/tack/'))).toContain('Tack för din anmälan');
  });
});
