import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_NAME_FIELD, FORM_NAMES, HONEYPOT_FIELD } from '../../src/components/form/netlify-forms.ts';
import type { BuildResult } from '../support/build.ts';
import type { StaticServer } from '../support/serve.ts';
import { startSiteInBrowser, stopSiteInBrowser } from '../support/site-in-browser.ts';

const RELEASE = '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/';
const SUBSCRIBE = '/pressmeddelanden/prenumerera/';

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  ({ build, server, browser } = await startSiteInBrowser());
});
afterAll(() => stopSiteInBrowser({ build, server, browser }));

async function open(urlPath: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${urlPath}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${urlPath}: ${e.message}`));
  await page.goto(`${server.url}${urlPath}`);
  return page;
}

describe('copy link', () => {
  it('copies the address and says so, with no script error (the CSP allows the script)', async () => {
    const page = await open(RELEASE);
    const button = page.getByRole('button', { name: 'Kopiera länk' });
    await button.click();
    await expect.poll(() => page.locator('[data-copy-link-status]').textContent()).toBe('Länken är kopierad.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`https://trygg.norrkoping.example${RELEASE}`);
    expect(await page.locator('[data-copy-link-status]').getAttribute('role')).toBe('status');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript: no button, and the address is there to select', async () => {
    const page = await open(RELEASE, { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: 'Kopiera länk' }).count()).toBe(0);
    const field = page.getByLabel('Dela pressmeddelandet: kopiera länken');
    expect(await field.inputValue()).toBe(`https://trygg.norrkoping.example${RELEASE}`);
    expect(await field.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the filters', () => {
  it('fold away on a phone, open without JavaScript, and are always open on a wide screen', async () => {
    const phone = await open('/pressmeddelanden/ar/2023/', { javaScriptEnabled: false, width: 375 });
    const link = phone.getByRole('link', { name: /^Kultur/ });
    expect(await link.isVisible()).toBe(false);
    // The active filter and the way to clear it show even when the list of filters is folded.
    expect(await phone.getByRole('link', { name: 'Ta bort filtret och visa alla' }).isVisible()).toBe(true);
    await phone.getByText('Filtrera pressmeddelanden', { exact: true }).click();
    expect(await link.isVisible()).toBe(true);
    await phone.context().close();

    const wide = await open('/pressmeddelanden/ar/2023/', { javaScriptEnabled: false, width: 1280 });
    expect(await wide.getByRole('link', { name: /^Kultur/ }).isVisible()).toBe(true);
    expect(await wide.getByText('Filtrera pressmeddelanden', { exact: true }).isVisible()).toBe(false);
    await wide.context().close();
  });
});

describe('printing a release', () => {
  it('leaves out navigation, search, filters and sharing, and prints the address', async () => {
    const page = await open(RELEASE);
    // On screen each of these shows (the seed warning is active at the build time).
    for (const selector of ['.site-nav', '.search-form', '.copy-link', '.warning']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-nav',
      '.search-form',
      '.breadcrumbs',
      '.site-footer',
      '.copy-link',
      '.subscribe-box',
      '.warning',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const address = page.locator('.print-url');
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe(`Adress: https://trygg.norrkoping.example${RELEASE}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await address.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the subscription form', () => {
  it('shows an error next to an empty field, linked to it, and in a focused summary that links to the field', async () => {
    const page = await open(SUBSCRIBE);
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    const input = page.getByLabel('E-postadress');
    const error = page.locator('#subscribe-email-error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toBe('Fel: Skriv din e-postadress.');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect((await input.getAttribute('aria-describedby'))?.split(' ')).toEqual([
      'subscribe-email-error',
      'subscribe-email-hint',
    ]);
    const summary = page.locator('#subscribe-errors');
    expect(await summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('subscribe-errors');
    expect(await summary.getByRole('heading').textContent()).toBe('Det finns ett problem');
    const link = summary.getByRole('link', { name: 'Skriv din e-postadress.' });
    expect(await link.getAttribute('href')).toBe('#subscribe-email');
    expect(await page.title()).toMatch(/^Fel: /);
    expect(page.url()).toBe(`${server.url}${SUBSCRIBE}`);
    await link.click();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('keeps what was typed when the address is malformed, and clears the error once it is right', async () => {
    const page = await open(SUBSCRIBE);
    const input = page.getByLabel('E-postadress');
    await input.fill('namn@');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    expect(await page.locator('#subscribe-email-error').textContent()).toBe(
      'Fel: Skriv e-postadressen som namn@exempel.se.',
    );
    expect(await input.inputValue()).toBe('namn@');
    await input.fill('namn@redaktion.se');
    expect(await page.locator('#subscribe-email-error').isVisible()).toBe(false);
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    await page.context().close();
  });

  it('posts a valid address to the thank-you page', async () => {
    const page = await open(SUBSCRIBE);
    await page.getByLabel('E-postadress').fill('namn@redaktion.se');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST'),
      page.getByRole('button', { name: 'Prenumerera' }).click(),
    ]);
    expect(new URL(request.url()).pathname).toBe('/pressmeddelanden/prenumerera/tack/');
    const body = new URLSearchParams(request.postData() ?? '');
    expect(Object.fromEntries(body)).toEqual({
      [FORM_NAME_FIELD]: FORM_NAMES.subscribe,
      [HONEYPOT_FIELD]: '',
      email: 'namn@redaktion.se',
    });
    await page.waitForURL(`${server.url}/pressmeddelanden/prenumerera/tack/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tack för din anmälan');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, the browser itself refuses an empty field (required) and does not post', async () => {
    const page = await open(SUBSCRIBE, { javaScriptEnabled: false });
    let posted = false;
    page.on('request', (r) => {
      if (r.method() === 'POST') posted = true;
    });
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    expect(await page.getByLabel('E-postadress').evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(
      true,
    );
    expect(posted).toBe(false);
    expect(page.url()).toBe(`${server.url}${SUBSCRIBE}`);
    await page.context().close();
  });
});
