/**
 * Gate: nothing third-party, no cookies, on the built site of every content folder. Every page
 * (served with the netlify.toml headers, as in production) may request only the site's own origin,
 * and must leave no cookie, no Web Storage and no IndexedDB behind. The pages are loaded once for
 * this gate and the accessibility and security headers gates together (shared-crawl.ts), with the
 * CSP in force: a request the CSP blocks is still reported as a request (the probe below checks it).
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../support/browser.ts';
import { contentFolders } from '../support/content-folders.ts';
import { headersForPath, loadHeaderRules } from '../support/netlify-headers.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { publicPagesCrawl, storageOf } from '../support/shared-crawl.ts';
import { visit } from '../support/visit.ts';

describe.each(contentFolders())('privacy gate: $name', ({ name, dir }) => {
  it('every page requests only our own origin and stores nothing', async () => {
    const build = sharedBuild({ contentDir: dir });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    // The CSP blocks third-party loads; the crawl still records each attempt as a request.
    const crawl = await publicPagesCrawl(build);
    const failures: string[] = [];
    let requests = 0;
    for (const page of crawl.pages) {
      requests += page.requests.length;
      for (const url of page.requests) {
        if (new URL(url).origin !== crawl.origin) failures.push(`${page.urlPath}: requested ${url}`);
      }
      for (const item of page.storage) failures.push(`${page.urlPath}: left ${item}`);
    }
    expect(crawl.pages.length).toBeGreaterThan(10);
    expect(requests).toBeGreaterThanOrEqual(crawl.pages.length);
    expect(failures).toEqual([]);
    console.info(
      `privacy gate (${name}): ${crawl.pages.length} pages, ${requests} requests, all to our own origin, no storage`,
    );
  });
});

describe('privacy gate', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const build = sharedBuild();
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    const rules = await loadHeaderRules();
    server = await serveStatic(build.outDir, (urlPath) => headersForPath(rules, urlPath));
    browser = await chromium.launch(launchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('notices a third-party request, even one the CSP blocks, and a cookie (the gate can fail)', async () => {
    // With the page's CSP in force, as in the crawl: the image is blocked, yet its request is seen.
    const { page, record, close } = await visit(browser, `${server.url}/`);
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noDocumentCookie: setting a cookie the old way is the point of this probe.
      document.cookie = 'tracker=1; path=/';
      localStorage.setItem('seen', '1');
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.png';
      document.body.append(img);
    });
    await page.waitForTimeout(200);
    expect(record.requests).toContain('https://tracker.example/pixel.png');
    expect(record.cspViolations.join('\n')).toMatch(/img-src blocked https:\/\/tracker\.example\/pixel\.png/);
    expect(await storageOf(page)).toEqual(expect.arrayContaining(['cookie tracker', 'localStorage seen']));
    await close();
  });
});
