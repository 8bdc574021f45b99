/**
 * One crawl of a built site for the accessibility, privacy and security headers gates together:
 * each page is loaded once, served with the netlify.toml headers and with its CSP in force, as in
 * production, and everything the three gates judge is recorded from that one load. The CSP does
 * not hide what the privacy gate looks for: Chromium reports a request the CSP blocks as a request
 * all the same (the privacy gate's probe checks this), and axe, evaluated through the DevTools
 * protocol, runs under the page's policy without breaking it (any violation it caused would be
 * recorded and fail the security gate). The crawl runs once per run and site (`sharedResult`), so
 * whichever gate asks first pays for it and the others read the record. Each of its lanes keeps one
 * tab and loads its pages one after another, one record per page (visit.ts, `openTab`); the probe
 * in tests/browser/crawl.browser.test.ts shows that no page's record takes anything from another.
 */
import axe from 'axe-core';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from './browser.ts';
import type { BuildResult } from './build.ts';
import { CRAWL_CONCURRENCY, mapConcurrently, pagesToVisit, settleOn } from './crawl.ts';
import { linkNamesInAriaSnapshot } from './link-text.ts';
import { headersForPath, loadHeaderRules } from './netlify-headers.ts';
import { serveStatic } from './serve.ts';
import { sharedResult } from './shared-build.ts';
import { clearStorage, openTab, type Tab } from './visit.ts';

/** The widths every page is checked at: a small phone and a desktop. */
export const WIDTHS = [375, 1280] as const;
/** axe's tags for the WCAG 2.0 and 2.1 success criteria at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface PageRecord {
  urlPath: string;
  /** Every URL the page requested (itself included), with this crawl's server origin as `origin`. */
  requests: string[];
  /** Cookies, Web Storage keys, IndexedDB databases and caches the page left behind. */
  storage: string[];
  /** axe's violations per width, one line per failing element. */
  axe: { width: number; violations: string[] }[];
  /** The accessible names of the page's links, as Chromium computes them. */
  linkNames: string[];
  /** CSP violations during the whole visit (both widths and axe included). */
  cspViolations: string[];
  /** The Content-Security-Policy header the page was served with. */
  cspHeader: string | undefined;
  /** The page's own policy, its CSP `<meta>` (empty when it has none). */
  metaPolicy: string;
}

export interface CrawlRecord {
  /** The origin the crawl served the site at (requests to anything else are third-party). */
  origin: string;
  pages: PageRecord[];
}

/** axe's violations on the loaded page, one line per failing element. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`),
  );
}

/** What a page left in the browser: cookies, Web Storage keys, IndexedDB databases, caches. */
export async function storageOf(page: Page): Promise<string[]> {
  const cookies = (await page.context().cookies()).map((c) => `cookie ${c.name}`);
  const inPage = await page.evaluate(async () => {
    const found: string[] = [];
    if (document.cookie) found.push(`document.cookie ${document.cookie}`);
    for (let i = 0; i < localStorage.length; i++) found.push(`localStorage ${localStorage.key(i)}`);
    for (let i = 0; i < sessionStorage.length; i++) found.push(`sessionStorage ${sessionStorage.key(i)}`);
    for (const db of await indexedDB.databases()) found.push(`IndexedDB ${db.name}`);
    for (const name of await caches.keys()) found.push(`CacheStorage ${name}`);
    return found;
  });
  return [...cookies, ...inPage];
}

/** The accessibility, privacy and security record of every page of a shared build, crawled once per run. */
export function publicPagesCrawl(build: BuildResult): Promise<CrawlRecord> {
  return sharedResult(`crawl-a11y-privacy-csp-${build.outDir}`, () => crawl(build.outDir));
}

/** The crawl itself, exported for its own probe (tests/browser/crawl.browser.test.ts). */
export async function crawl(dist: string): Promise<CrawlRecord> {
  const rules = await loadHeaderRules();
  const server = await serveStatic(dist, (urlPath) => headersForPath(rules, urlPath));
  const browser = await chromium.launch(launchOptions());
  // One tab per lane of the crawl, loading that lane's pages one after another (visit.ts, openTab).
  const tabs: Tab[] = [];
  try {
    const pages = await mapConcurrently(pagesToVisit(dist), CRAWL_CONCURRENCY, async (urlPath, lane) => {
      tabs[lane] ??= await openTab(browser, server.url);
      const { page } = tabs[lane];
      // Every page is loaded at the first width, as a phone would open it.
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      const record = await tabs[lane].load(server.url + urlPath, { waitUntil: settleOn(urlPath) });
      const metaPolicy = await page.evaluate(
        () => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
      );
      // A moment after load for late requests (a script fetching something once the page is up).
      await page.waitForTimeout(250);
      const storage = await storageOf(page);
      // What this page stored is its own record; the next page of the lane starts without it.
      if (storage.length > 0) await clearStorage(tabs[lane]);
      // One load per page; the viewport then changes width, and media queries and layout follow
      // as they would for a page opened at that width.
      const axeByWidth: PageRecord['axe'] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        axeByWidth.push({ width, violations: await axeViolations(page) });
      }
      const linkNames = linkNamesInAriaSnapshot(await page.locator('body').ariaSnapshot());
      return {
        urlPath,
        requests: [...record.requests],
        storage,
        axe: axeByWidth,
        linkNames,
        cspViolations: [...record.cspViolations],
        cspHeader: record.headers['content-security-policy'],
        metaPolicy,
      };
    });
    return { origin: server.url, pages };
  } finally {
    for (const tab of tabs) await tab?.close();
    await browser.close();
    await server.close();
  }
}
