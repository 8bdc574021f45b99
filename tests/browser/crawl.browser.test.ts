/**
 * The shared crawl (tests/support/shared-crawl.ts) that the accessibility, privacy and security
 * headers gates read. It loads the pages of one lane one after another in one tab; this probe shows
 * that each page's record is still its own. A small site is planted in a temporary folder: one page
 * stores things and asks another origin for an image, one has an image without a text
 * alternative, one runs an inline script the CSP forbids, the rest are clean. Each defect must be
 * recorded on its page, and on no other page, whichever lane loads what after it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRAWL_CONCURRENCY, MISSING_PATH } from '../support/crawl.ts';
import { type CrawlRecord, crawl, type PageRecord, WIDTHS } from '../support/shared-crawl.ts';

const CLEAN = ['/d/', '/e/', '/f/', '/g/', '/h/'];

const html = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title>${head}</head>` +
  `<body><main><h1>${title}</h1>${body}</main></body></html>`;

let dist: string;
let record: CrawlRecord;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'trygg-planted-site-'));
  const paths = ['/a/', '/b/', '/c/', ...CLEAN];
  write(
    'sitemap-index.xml',
    '<sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
  );
  write(
    'sitemap-0.xml',
    `<urlset>${paths.map((p) => `<url><loc>https://example.org${p}</loc></url>`).join('')}</urlset>`,
  );
  // Same-origin script (the header CSP allows it): a cookie, Web Storage and a request to another origin.
  write(
    'a.js',
    "document.cookie = 'spion=1; path=/'; localStorage.setItem('spar', '1'); sessionStorage.setItem('sessionsspar', '1');" +
      "const img = new Image(); img.alt = ''; img.src = 'https://tredje-part.example/pixel.png'; document.body.append(img);",
  );
  write('a/index.html', html('A', '<p>Sparar saker.</p>', '<script src="/a.js"></script>'));
  write('b/index.html', html('B', '<p>Bild utan text:</p><img src="/bild.svg">'));
  write('bild.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
  write('c/index.html', html('C', "<p>Inbäddat skript.</p><script>document.title = 'C!';</script>"));
  for (const p of CLEAN) write(`${p.slice(1)}index.html`, html(p, '<p>Ren sida.</p>'));
  write('sok/index.html', html('Sök', '<p>Sök.</p>'));
  write('404.html', html('Sidan finns inte', '<p>Finns inte.</p>'));
  record = await crawl(dist);
});
afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const on = (urlPath: string): PageRecord => {
  const page = record.pages.find((p) => p.urlPath === urlPath);
  if (!page) throw new Error(`${urlPath} was not crawled`);
  return page;
};
const thirdParty = (page: PageRecord) => page.requests.filter((url) => new URL(url).origin !== record.origin);
const axeIds = (page: PageRecord) =>
  page.axe.flatMap(({ width, violations }) => violations.map((v) => `${width} ${v.split(' ')[0]}`));

describe('the shared crawl, one tab per lane', () => {
  it('visits every page of the sitemap, the search page and the missing address, more pages than lanes', () => {
    expect(record.pages.map((p) => p.urlPath)).toEqual([
      '/a/',
      '/b/',
      '/c/',
      ...CLEAN,
      '/sok/?q=trygghet',
      MISSING_PATH,
    ]);
    expect(record.pages.length).toBeGreaterThan(2 * CRAWL_CONCURRENCY);
  });

  it('records storage and a third-party request on the page that made them, and on no other', () => {
    expect(on('/a/').storage.sort()).toEqual([
      'cookie spion',
      'document.cookie spion=1',
      'localStorage spar',
      'sessionStorage sessionsspar',
    ]);
    expect(thirdParty(on('/a/'))).toEqual(['https://tredje-part.example/pixel.png']);
    for (const page of record.pages.filter((p) => p.urlPath !== '/a/')) {
      expect(page.storage, page.urlPath).toEqual([]);
      expect(thirdParty(page), page.urlPath).toEqual([]);
    }
  });

  it('records an accessibility violation at both widths on its page, and on no other', () => {
    expect(axeIds(on('/b/'))).toEqual(WIDTHS.map((w) => `${w} image-alt`));
    for (const page of record.pages.filter((p) => p.urlPath !== '/b/')) expect(axeIds(page), page.urlPath).toEqual([]);
  });

  it('records a CSP violation on its page, and on no other', () => {
    expect(on('/c/').cspViolations.join('\n')).toMatch(/script-src/);
    // The other origin's image on /a/ breaks the policy's img-src, and that is all it breaks.
    expect(on('/a/').cspViolations.join('\n')).toMatch(/img-src/);
    expect(on('/a/').cspViolations.join('\n')).not.toMatch(/script-src/);
    for (const page of record.pages.filter((p) => p.urlPath !== '/a/' && p.urlPath !== '/c/'))
      expect(page.cspViolations, page.urlPath).toEqual([]);
  });

  it('records each page with its own response headers', () => {
    for (const page of record.pages) expect(page.cspHeader, page.urlPath).toMatch(/default-src 'self'/);
  });
});
