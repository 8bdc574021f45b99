import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_NAME_FIELD, FORM_NAMES, HONEYPOT_FIELD } from '../../src/components/form/netlify-forms.ts';
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

async function openForm(javaScriptEnabled = true, urlPath = '/anmal-klotter/'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${server.url}${urlPath}`);
  return page;
}

/** Each form control's `aria-describedby` ids that are not on the page. */
function missingDescriptions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('form [aria-describedby]')].flatMap((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id !== '' && document.getElementById(id) === null)
        .map((id) => `${el.id} → ${id}`),
    ),
  );
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('the graffiti report form', () => {
  it('shows every error next to its field and in a focused, announced summary when sent empty', async () => {
    const page = await openForm();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();

    const summary = page.locator('#report-errors');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-errors');
    expect(await summary.locator('[role="alert"]').count()).toBe(1);
    expect(await summary.locator('a').allTextContents()).toEqual(['Skriv var klottret finns', 'Beskriv klottret']);
    expect(await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '#report-place',
      '#report-description',
    ]);
    expect(await page.title()).toMatch(/^Fel: /);

    for (const [field, message] of [
      ['place', 'Skriv var klottret finns'],
      ['description', 'Beskriv klottret'],
    ] as const) {
      const input = page.locator(`#report-${field}`);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(`report-${field}-error`);
      const error = page.locator(`#report-${field}-error`);
      expect(await error.isVisible()).toBe(true);
      expect(await error.textContent()).toBe(`Fel: ${message}`);
    }
    expect(await page.locator('#report-photo').getAttribute('aria-invalid')).toBeNull();
    expect(posts).toEqual([]);

    // A link in the summary takes the person to the field.
    await summary.getByRole('link', { name: 'Beskriv klottret' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-description');
    await page.context().close();
  });

  it('keeps what the person typed, and clears an error once the field is fixed', async () => {
    const page = await openForm();
    await page.locator('#report-place').fill('Gångtunneln vid stationen');
    await page.locator('#report-contact').fill('ring mig');
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    const summary = page.locator('#report-errors');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Beskriv klottret',
      'Skriv en e-postadress eller ett telefonnummer, till exempel namn@exempel.se eller 070-123 45 67',
    ]);
    expect(await page.locator('#report-place').inputValue()).toBe('Gångtunneln vid stationen');
    expect(await page.locator('#report-contact').inputValue()).toBe('ring mig');
    expect(await page.locator('#report-place').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#report-place-error').isVisible()).toBe(false);
    await page.context().close();
  });

  it("names only ids on the page in every field's aria-describedby, before and after a failed submit", async () => {
    const page = await openForm();
    expect(await page.locator('form [aria-describedby]').count()).toBe(5);
    expect(await missingDescriptions(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect.poll(() => page.locator('#report-errors').isVisible()).toBe(true);
    expect(await missingDescriptions(page)).toEqual([]);
    // The error comes first, then the hint and the warning (as govuk-frontend orders them).
    expect(await page.locator('#report-place').getAttribute('aria-describedby')).toBe(
      'report-place-error report-place-hint report-place-warning',
    );
    await page.context().close();
  });

  it('drops the error of a field put right as the person types, from the field and the summary', async () => {
    const page = await openForm();
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    const summary = page.locator('#report-errors');
    await expect.poll(() => summary.locator('a').count()).toBe(2);
    await page.locator('#report-place').fill('Parken');
    await expect.poll(() => page.locator('#report-place-error').isVisible()).toBe(false);
    expect(await page.locator('#report-place').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#report-place').getAttribute('aria-describedby')).toBe(
      'report-place-hint report-place-warning',
    );
    expect(await summary.locator('a').allTextContents()).toEqual(['Beskriv klottret']);
    await page.locator('#report-description').fill('Tags på bänken');
    await expect.poll(() => summary.isVisible()).toBe(false);
    expect(await page.title()).not.toMatch(/^Fel: /);
    await page.context().close();
  });

  it('in English, gives its errors with the prefix from the language settings, read before each error', async () => {
    const page = await openForm(true, '/en/anmal-klotter/');
    await page.getByRole('button', { name: 'Send report' }).click();
    const summary = page.locator('#report-errors');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-errors');
    expect(await summary.locator('h3').textContent()).toBe('There is a problem');
    expect(await page.locator('#report-place-error').textContent()).toBe(
      `Error: ${await summary.locator('a').first().textContent()}`,
    );
    expect(await page.locator('#report-place-error .visually-hidden').textContent()).toBe('Error: ');
    expect(await page.title()).toMatch(/^Error: /);
    await page.context().close();
  });

  it('refuses a file that is not an image', async () => {
    const page = await openForm();
    await page.locator('#report-place').fill('Parken');
    await page.locator('#report-description').fill('Tags på bänken');
    await page
      .locator('#report-photo')
      .setInputFiles({ name: 'anmalan.pdf', mimeType: 'application/pdf', buffer: PNG });
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect
      .poll(() => page.locator('#report-photo-error').textContent())
      .toBe('Fel: Filen måste vara en bild, till exempel JPG eller PNG');
    await page.context().close();
  });

  it('warns, without blocking, when a personal identity number is typed into free text', async () => {
    const page = await openForm();
    const warning = page.locator('#report-description-warning');
    expect(await warning.textContent()).toBe('');
    await page.locator('#report-description').fill('Jag såg det. Mitt personnummer är 121212-1212.');
    await expect.poll(() => warning.textContent()).toMatch(/ser ut som att du har skrivit ett personnummer/);
    expect(await warning.getAttribute('aria-live')).toBe('polite');
    expect((await page.locator('#report-description').getAttribute('aria-describedby'))?.split(' ')).toContain(
      'report-description-warning',
    );
    await page.locator('#report-description').fill('Jag såg det i morse.');
    await expect.poll(() => warning.textContent()).toBe('');
    await page.context().close();
  });

  it('posts what Netlify Forms expects: form-name, an empty honeypot, the fields and the photo', async () => {
    const page = await openForm();
    let posted: { url: string; contentType: string; body: Buffer } | undefined;
    await page.route('**/anmal-klotter/tack/', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      posted = {
        url: request.url(),
        contentType: (await request.allHeaders())['content-type'] ?? '',
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      };
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Tack</h1>' });
    });
    await page.locator('#report-place').fill('Gångtunneln vid stationen');
    await page.locator('#report-description').fill('Svart sprayfärg, cirka två meter bred.');
    await page.locator('#report-photo').setInputFiles({ name: 'klotter.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('#report-name').fill('Kim');
    await page.locator('#report-contact').fill('kim@exempel.se');
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect.poll(() => posted).toBeDefined();
    if (posted === undefined) throw new Error('no post');

    expect(new URL(posted.url).pathname).toBe('/anmal-klotter/tack/');
    expect(posted.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(posted.body), {
      headers: { 'content-type': posted.contentType },
    }).formData();
    expect([...form.keys()].sort()).toEqual(
      [HONEYPOT_FIELD, 'contact', 'description', FORM_NAME_FIELD, 'name', 'photo', 'place'].sort(),
    );
    expect(form.get(FORM_NAME_FIELD)).toBe(FORM_NAMES.report);
    expect(form.get(HONEYPOT_FIELD)).toBe('');
    expect(form.get('place')).toBe('Gångtunneln vid stationen');
    expect(form.get('description')).toBe('Svart sprayfärg, cirka två meter bred.');
    expect(form.get('name')).toBe('Kim');
    expect(form.get('contact')).toBe('kim@exempel.se');
    const photo = form.get('photo') as File;
    expect(photo.name).toBe('klotter.png');
    expect(photo.size).toBe(PNG.length);
    await page.context().close();
  });

  it('is a Netlify form with a honeypot that people never see', async () => {
    const page = await openForm();
    const form = page.locator(`form[name="${FORM_NAMES.report}"]`);
    expect(await form.getAttribute('data-netlify')).toBe('true');
    expect(await form.getAttribute('netlify-honeypot')).toBe(HONEYPOT_FIELD);
    expect(await form.getAttribute('enctype')).toBe('multipart/form-data');
    expect(await page.locator(`input[name="${HONEYPOT_FIELD}"]`).isVisible()).toBe(false);
    expect(await page.locator('#report-photo').getAttribute('accept')).toBe('image/*');
    await page.context().close();
  });

  it('still stops an empty report without JavaScript, by the browser’s own required-field check', async () => {
    const page = await openForm(false);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    expect(await page.locator('#report-place').evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(
      true,
    );
    expect(await page.locator('#report-errors').isVisible()).toBe(false);
    expect(posts).toEqual([]);
    await page.context().close();
  });
});
