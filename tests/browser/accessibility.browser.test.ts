/**
 * Gate: accessibility, on the built site of every content folder. Every page (from the sitemap,
 * plus the search page with a query and the 404 page) has no WCAG 2.1 A/AA violation that axe-core
 * finds, at a phone width and a desktop width, and no vague link text. The pages are loaded once
 * for this gate and the privacy gate together (shared-crawl.ts).
 */
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../support/browser.ts';
import { contentFolders } from '../support/content-folders.ts';
import { isVagueLinkText, linkNamesInAriaSnapshot } from '../support/link-text.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { axeViolations, publicPagesCrawl, WIDTHS } from '../support/shared-crawl.ts';
import { visit } from '../support/visit.ts';

describe.each(contentFolders())('accessibility gate: $name', ({ name, dir }) => {
  it(`every page: no WCAG 2.1 A/AA violation at ${WIDTHS.join(' and ')} px, and no vague link text`, async () => {
    const build = sharedBuild({ contentDir: dir });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    const crawl = await publicPagesCrawl(build);
    const failures: string[] = [];
    for (const { urlPath, axe, linkNames } of crawl.pages) {
      for (const { width, violations } of axe)
        for (const v of violations) failures.push(`${urlPath} @${width}px: ${v}`);
      for (const link of linkNames) if (isVagueLinkText(link)) failures.push(`${urlPath}: link named "${link}"`);
    }
    expect(crawl.pages.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    console.info(
      `accessibility gate (${name}): ${crawl.pages.length} pages × ${WIDTHS.length} widths, 0 violations, no vague link text`,
    );
  });
});

describe('accessibility gate', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const build = sharedBuild();
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    server = await serveStatic(build.outDir);
    browser = await chromium.launch(launchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a violation and a vague link on a broken page (the gate can fail)', async () => {
    // With the page's own CSP (its <meta>) in force, as in the crawl: axe still runs.
    const { page, close } = await visit(browser, `${server.url}/`, { viewport: { width: 1280, height: 900 } });
    await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/est/">Läs mer</a>');
      main.style.color = '#bbb';
    });
    const violations = (await axeViolations(page)).join('\n');
    expect(violations).toMatch(/^image-alt/m);
    expect(violations).toMatch(/^color-contrast/m);
    const names = linkNamesInAriaSnapshot(await page.locator('body').ariaSnapshot());
    expect(names.filter(isVagueLinkText)).toEqual(['Läs mer']);
    await close();
  });
});
