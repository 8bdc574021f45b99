import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/build.ts';
import { pagesToVisit } from '../support/crawl.ts';
import { isVagueLinkText, linkNamesInAriaSnapshot } from '../support/link-text.ts';
import type { StaticServer } from '../support/serve.ts';
import { startSiteInBrowser, stopSiteInBrowser } from '../support/site-in-browser.ts';
import { visit } from '../support/visit.ts';

/** The widths every page is checked at: a small phone and a desktop. */
const WIDTHS = [375, 1280] as const;
/** axe's tags for the WCAG 2.0 and 2.1 success criteria at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ build, server, browser } = await startSiteInBrowser());
});
afterAll(() => stopSiteInBrowser({ build, server, browser }));

/** axe's violations on the loaded page, one line per failing element. */
async function axeViolations(page: Page): Promise<string[]> {
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

async function openPage(urlPath: string, width: number) {
  // axe is injected as a script; the page's own CSP (its <meta>) would refuse it. CSP is the
  // security headers gate's business.
  return visit(browser, server.url + urlPath, { viewport: { width, height: 900 }, bypassCSP: true });
}

describe('accessibility gate', () => {
  it(`every page: no WCAG 2.1 A/AA violation at ${WIDTHS.join(' and ')} px, and no vague link text`, async () => {
    const failures: string[] = [];
    const pages = pagesToVisit(build.outDir);
    for (const urlPath of pages) {
      // One load per page; the viewport then changes width, and media queries and layout follow
      // as they would for a page opened at that width.
      const { page, close } = await openPage(urlPath, WIDTHS[0]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const v of await axeViolations(page)) failures.push(`${urlPath} @${width}px: ${v}`);
      }
      const names = linkNamesInAriaSnapshot(await page.locator('body').ariaSnapshot());
      for (const name of names) if (isVagueLinkText(name)) failures.push(`${urlPath}: link named "${name}"`);
      await close();
    }
    expect(failures).toEqual([]);
    console.info(
      `accessibility gate: ${pages.length} pages × ${WIDTHS.length} widths, 0 violations, no vague link text`,
    );
  });

  it('finds a violation and a vague link on a broken page (the gate can fail)', async () => {
    const { page, close } = await openPage('/', 1280);
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
