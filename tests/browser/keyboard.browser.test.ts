/**
 * Gate: keyboard use, without a mouse (Playwright's keyboard only), on the built site of every
 * content folder. The skip link, the menu on a phone, search from the header, forms submitted
 * with errors, and a visible focus indicator on every element Tab reaches.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../support/browser.ts';
import type { BuildResult } from '../support/build.ts';
import { contentFolders } from '../support/content-folders.ts';
import { SEARCH_QUERY } from '../support/crawl.ts';
import { htmlFor, sitemapPaths } from '../support/dist.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { visit } from '../support/visit.ts';

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(launchOptions());
});
afterAll(() => browser?.close());

/** Serves the shared build of a content folder (the default one when omitted) for the tests that follow. */
function serveSite(contentDir?: string): void {
  beforeAll(async () => {
    build = sharedBuild({ contentDir });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    server = await serveStatic(build.outDir);
  });
  afterAll(() => server?.close());
}

const open = (urlPath: string, width = 1280, base = server.url) =>
  visit(browser, base + urlPath, { viewport: { width, height: 800 } });

/** A short description of the focused element, for messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${text ? ` "${text}"` : ''}`;
  });

/** Presses Tab until `test` holds for the focused element; throws if it never does. */
async function tabUntil(page: Page, test: string, limit = 100): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, test)) return;
  }
  throw new Error(`Tab never reached ${test} (last: ${await focused(page)})`);
}

describe.each(contentFolders())('keyboard gate: $name', ({ name, dir }) => {
  serveSite(dir);

  it('the skip link is the first stop, is visible when focused and moves focus to main', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^a "Till huvudinnehållet"/);
    const box = await page.locator(':focus').boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await close();
  });

  it('the menu opens and closes with Enter and Space on a phone, and its links are reachable', async () => {
    const { page, close } = await open('/', 375);
    const menu = page.locator('.site-nav details');
    await tabUntil(page, '.site-nav summary');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Space');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Space');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Escape is not required to close a disclosure; focus must simply stay where it was.
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/^summary/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-nav ul') !== null)).toBe(true);
    expect(await page.locator(':focus').isVisible()).toBe(true);
    await close();
  });

  it('searching from the header with the keyboard lands on /sok/?q=…', async () => {
    const { page, close } = await open('/est/');
    await tabUntil(page, '.site-header input[name="q"]');
    await page.keyboard.type(SEARCH_QUERY);
    await Promise.all([page.waitForURL(/\/sok\/\?q=/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sok/');
    expect(url.searchParams.get('q')).toBe(SEARCH_QUERY);
    await close();
  });

  it('every form with required fields, submitted empty, puts focus on an error that is announced', async () => {
    const forms = requiredForms(build.outDir);
    // The graffiti report and the press subscription have required fields: this journey always
    // has forms to run on (it used to skip when none was built; now an empty list is a regression).
    expect(forms.length, 'forms with required fields').toBeGreaterThan(0);
    const failures: string[] = [];
    for (const { urlPath, formIndex } of forms) {
      const { page, close } = await open(urlPath);
      const problem = await submitEmptyByKeyboard(page, formIndex);
      if (problem) failures.push(`${urlPath} form ${formIndex}: ${problem}`);
      await close();
    }
    expect(failures).toEqual([]);
  });

  it('the form journey fails on a form that does not point the user at the error (it can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trygg-form-probe-'));
    const field = '<label for="e">E-post</label><input id="e" name="e" type="email" required>';
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="sv"><title>x</title><form action="/">${field}<button>Skicka</button></form>` +
        `<form action="/" novalidate>${field.replace(/"e"/g, '"f"')}<button>Skicka</button></form></html>`,
    );
    const probe = await serveStatic(dir);
    try {
      const good = await open('/', 1280, probe.url);
      expect(await submitEmptyByKeyboard(good.page, 0)).toBeUndefined();
      await good.close();
      const bad = await open('/', 1280, probe.url);
      expect(await submitEmptyByKeyboard(bad.page, 1)).toMatch(/was sent/);
      await bad.close();
    } finally {
      await probe.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('focus is visible on every element Tab reaches', async () => {
    // A few pages with the most kinds of controls: the start page (tasks, lists, search), the
    // search page, a content page with a table of contents, at both widths.
    const pages = ['/', `/sok/?q=${SEARCH_QUERY}`, pageWithMostLinks(build.outDir)];
    const failures: string[] = [];
    let stops = 0;
    for (const urlPath of pages) {
      for (const width of [375, 1280]) {
        const { page, close } = await open(urlPath, width);
        if (urlPath === '/sok/' || urlPath.startsWith('/sok/?')) {
          // The search page draws its results and filters after load; record once they are there.
          await page.waitForSelector('#search-results-area[aria-busy="false"]', { state: 'attached' });
          if (urlPath.includes('?q=')) {
            await page.waitForSelector('#search-results li');
            // The filters' counts come after the first results.
            await page.waitForSelector('#search-filters[aria-busy="false"]', { state: 'attached' });
          }
          await page.waitForLoadState('networkidle');
        }
        await page.evaluate(recordUnfocusedStyles);
        for (let i = 0; i < 400; i++) {
          await page.keyboard.press('Tab');
          const check = await page.evaluate(checkFocusIndicator);
          if (check === 'done') break;
          stops++;
          if (check !== 'ok') failures.push(`${urlPath} @${width}px: ${check}`);
        }
        await close();
      }
    }
    expect(failures).toEqual([]);
    expect(stops).toBeGreaterThan(20);
    console.info(
      `keyboard gate (${name}): ${stops} focus stops on ${pages.length} pages × 2 widths, all visibly focused`,
    );
  });
});

describe('keyboard gate probes', () => {
  serveSite();

  it('the focus check fails on a page whose focus styles are removed (it can fail)', async () => {
    // bypassCSP: the probe adds a <style> the page's CSP would refuse.
    const { page, close } = await visit(browser, `${server.url}/`, {
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    await page.addStyleTag({
      content: '*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }',
    });
    await page.evaluate(recordUnfocusedStyles);
    await page.keyboard.press('Tab'); // the skip link: its background is always yellow, so now nothing changes
    expect(await page.evaluate(checkFocusIndicator)).toMatch(/looks the same/);
    await close();
  });
});

// ---- Forms ------------------------------------------------------------------------------------

interface FormRef {
  urlPath: string;
  formIndex: number;
}

/** Forms (by page and position) that have at least one required field, from the built HTML. */
function requiredForms(dist: string): FormRef[] {
  return sitemapPaths(dist).flatMap((urlPath) =>
    formsOf(htmlFor(dist, urlPath) ?? '')
      .map((form, formIndex) => ({ urlPath, formIndex, form }))
      .filter(({ form }) => /\srequired[\s=>]|aria-required="true"/.test(form))
      .map(({ urlPath: u, formIndex }) => ({ urlPath: u, formIndex })),
  );
}

const formsOf = (html: string): string[] => [...html.matchAll(/<form[\s\S]*?<\/form>/gi)].map((m) => m[0]);

/**
 * Tabs into a form, then on to its submit button and presses Enter, with every field empty.
 * Returns what is wrong, or undefined when focus landed on an invalid field (or an error summary)
 * whose error assistive technology can read.
 */
async function submitEmptyByKeyboard(page: Page, formIndex: number): Promise<string | undefined> {
  await page.evaluate(() => {
    (window as unknown as { __forms: HTMLFormElement[] }).__forms = [...document.forms];
  });
  const inForm = (selector: string) =>
    page.evaluate(
      ([index, sel]) => {
        const form = (window as unknown as { __forms: HTMLFormElement[] }).__forms[Number(index)];
        const el = document.activeElement;
        return !!form && !!el && form.contains(el) && el.matches(sel as string);
      },
      [formIndex, selector],
    );
  let reached = false;
  for (let i = 0; i < 300 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await inForm('button:not([type="button"]), input[type="submit"]');
  }
  if (!reached) return `Tab never reached the submit button (last: ${await focused(page)})`;
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  if (page.url() !== before) return 'the empty form was sent: no error shown';
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'focus was lost after submitting';
    const textOf = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim();
    if (el.matches('input, select, textarea')) {
      const field = el as HTMLInputElement;
      const invalid = field.matches(':invalid') || field.getAttribute('aria-invalid') === 'true';
      if (!invalid) return `focus is on a field that is not marked invalid (${field.name})`;
      // The browser's own validation message is announced with the field; a script's message must be tied to it.
      const message =
        field.validationMessage ||
        textOf(field.getAttribute('aria-errormessage')) ||
        textOf(field.getAttribute('aria-describedby'));
      return message ? undefined : `the invalid field ${field.name} has no error message tied to it`;
    }
    // An error summary (GOV.UK pattern): focused, announced, and linking to the fields.
    const summary = el.closest('[role="alert"], [role="group"], [tabindex="-1"]');
    if (summary?.querySelector('a[href^="#"]') && (summary.textContent ?? '').trim()) return undefined;
    return `focus is on ${el.tagName.toLowerCase()}, not on an invalid field or an error summary`;
  });
}

// ---- Focus indicator ----------------------------------------------------------------------------

/** The content page with the most links (a table of contents, contacts …), found in the build. */
function pageWithMostLinks(dist: string): string {
  const counted = sitemapPaths(dist).map((p) => ({ p, n: (htmlFor(dist, p) ?? '').split('<a ').length }));
  counted.sort((a, b) => b.n - a.n);
  return counted[0]?.p ?? '/';
}

/** In the page: remembers each focusable element's look before anything has focus. */
function recordUnfocusedStyles(): void {
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    const outline =
      s.outlineStyle === 'none' || Number.parseFloat(s.outlineWidth) === 0
        ? 'none'
        : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
    return JSON.stringify({ outline, boxShadow: s.boxShadow, background: s.backgroundColor });
  };
  const all = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
  const w = window as unknown as { __look: (el: Element) => string; __before: Map<Element, string> };
  w.__look = look;
  w.__before = new Map([...all].map((el) => [el, look(el)]));
}

/** In the page: 'ok' if the focused element looks different from unfocused and is on screen. */
function checkFocusIndicator(): string {
  const w = window as unknown as {
    __look: (el: Element) => string;
    __before: Map<Element, string>;
    __seen?: Set<Element>;
  };
  const el = document.activeElement;
  if (!el || el === document.body) return 'done';
  w.__seen ??= new Set();
  if (w.__seen.has(el)) return 'done';
  w.__seen.add(el);
  const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const before = w.__before.get(el);
  if (before === undefined) return `${name}: focusable but not found before tabbing`;
  if (w.__look(el) === before) return `${name}: looks the same focused and unfocused`;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || box.bottom < 0 || box.top > innerHeight)
    return `${name}: focused off screen`;
  return 'ok';
}
