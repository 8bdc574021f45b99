/**
 * The other languages in a real browser: a search from an English page searches the English
 * pages and offers the same search on the Swedish site; the graffiti form on the Arabic page gives
 * its errors in Arabic; the language picker works without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_NAMES } from '../../src/components/form/netlify-forms.ts';
import type { BuildResult } from '../support/build.ts';
import type { StaticServer } from '../support/serve.ts';
import { startSiteInBrowser, stopSiteInBrowser } from '../support/site-in-browser.ts';

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ build, server, browser } = await startSiteInBrowser());
});
afterAll(() => stopSiteInBrowser({ build, server, browser }));

describe('search in a language', () => {
  it('a search from an English page finds English pages only, says so, and offers the Swedish search', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/nattvandring/`);
    await page.locator('#site-search').fill('graffiti');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/en\/sok\/\?q=graffiti$/);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Pages found: \d+$/);
    const results = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results[0]).toBe('/en/anmal-klotter/');
    expect(results.every((r) => r.startsWith('/en/'))).toBe(true);
    expect(await page.locator('.language-search').textContent()).toContain('The search finds pages in English.');
    const swedish = page.getByRole('link', { name: 'Search the Swedish pages instead' });
    expect(await swedish.getAttribute('href')).toBe('/sok/?q=graffiti');
    await page.close();
  });

  it('a search without English results says so and still offers the Swedish search', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/sok/?q=qwxyzzy`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('No pages in English match your search.');
    expect(await page.locator('[data-search-swedish]').getAttribute('href')).toBe('/sok/?q=qwxyzzy');
    await page.close();
  });

  it('an Arabic search finds the Arabic pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ar/sok/?q=${encodeURIComponent('الجيران')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^عدد الصفحات التي وُجدت:/);
    const first = await page.locator('[data-search-results] a').first().getAttribute('href');
    expect(first).toBe('/ar/grannsamverkan/');
    await page.close();
  });
});

describe('the graffiti form in Arabic', () => {
  it('gives its errors in Arabic, in a focused summary', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ar/anmal-klotter/`);
    const form = page.locator(`form[name="${FORM_NAMES.report}"]`);
    expect(await form.getAttribute('action')).toBe('/ar/anmal-klotter/tack/');
    await page.getByRole('button', { name: 'أرسل البلاغ' }).click();
    const summary = page.locator('#report-errors');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-errors');
    expect(await summary.locator('h3').textContent()).toBe('هناك مشكلة');
    expect(await summary.locator('a').allTextContents()).toEqual([
      'اكتب مكان الكتابة على الجدران',
      'صف الكتابة على الجدران',
    ]);
    expect(await page.title()).toMatch(/^خطأ: /);
    await page.close();
  });
});

describe('the language picker', () => {
  it('works without JavaScript and leads to the page in the chosen language', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/orolig-for-nagon/`);
    await page.locator('.language-picker').getByRole('link', { name: 'Suomi' }).click();
    await page.waitForURL(/\/fi\/orolig-for-nagon\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await page.locator('.language-picker').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(/\/ar\/orolig-for-nagon\/$/);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.language-picker').getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(/\/orolig-for-nagon\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await context.close();
  });
});
