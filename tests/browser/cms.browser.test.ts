/**
 * The CMS end to end, in Debian's Chromium: the built `/admin/` (Decap's real bundle and the config
 * generated from the content model) against the real decap-server working in a temporary git
 * repository with a copy of the content. An editor creates and publishes a press release and
 * changes the warning; the files written to disk must pass the content model's validation, and a
 * build of that content must show the change.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { type Browser, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatContentError, parseMarkdownFile, validateContentDir } from '../../src/content-model/validate.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { launchOptions } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import {
  type ContentRepo,
  createContentRepo,
  type DecapServer,
  gitBranches,
  gitStatus,
  startDecapServer,
} from '../support/decap-server.ts';
import { htmlFor, textOf } from '../support/dist.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { sharedBuild } from '../support/shared-build.ts';

/**
 * The policy /admin/ is served with here: what the CMS needs and nothing more (README, "What /admin/
 * needs from the Content-Security-Policy"). The local decap-server is the one other origin.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  // Decap validates its config with AJV, which compiles validators with new Function().
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  // Decap reads back media the editor chose (blob: URLs) for its local draft backup.
  "connect-src 'self' blob: http://127.0.0.1:*",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

let dist: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const built = sharedBuild();
  expect(built.code, built.output).toBe(0);
  dist = built.outDir;
  site = await serveStatic(dist, (urlPath) =>
    urlPath.startsWith('/admin/') ? { 'Content-Security-Policy': ADMIN_CSP } : {},
  );
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A logged-in CMS page against a fresh content repository and its own decap-server. */
async function openCms(mode: 'git' | 'fs'): Promise<{ page: Page; repo: ContentRepo; decap: DecapServer }> {
  const repo = createContentRepo();
  const decap = await startDecapServer(repo.root, mode);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    // blob: URLs are the page's own (media the editor chose, read back by Decap).
    if (url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') offOrigin.push(request.url());
  });
  // Decap asks before publishing or deleting; the editor says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${site.url}/admin/?decap-server=${decap.port}`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: 'Samlingar' }).waitFor();
  return { page, repo, decap };
}

const cspViolations: string[] = [];
const offOrigin: string[] = [];

async function closeCms({ page, repo, decap }: { page: Page; repo: ContentRepo; decap: DecapServer }) {
  expect(cspViolations, 'the CMS runs under its Content-Security-Policy').toEqual([]);
  expect(offOrigin, 'the CMS requests nothing from other hosts').toEqual([]);
  // The last screen, for looking at a failure: tmp/ is git-ignored.
  await page.screenshot({ path: 'tmp/cms-last.png', fullPage: true }).catch(() => undefined);
  await page.context().close();
  await decap.stop();
  repo.remove();
}

/** Chooses an option in one of Decap's select boxes (react-select), found by the field's label. */
async function choose(page: Page, label: string, option: string, search?: string) {
  await page.getByLabel(new RegExp(`^${label}( \\(frivillig\\))?$`)).click();
  if (search) await page.keyboard.type(search);
  await page.getByRole('option', { name: option }).first().click();
}

function expectValidContent(contentDir: string) {
  const errors = validateContentDir(contentDir, contentDir).map(formatContentError);
  expect(errors).toEqual([]);
}

describe('the CMS at /admin/', () => {
  it('creates a press release through the editorial workflow that passes the schema and builds', async () => {
    const cms = await openCms('git');
    const { page, repo } = cms;
    try {
      const title = 'Test av redigering: å, ä och ö i rubriken';
      await page.goto(`${site.url}/admin/?decap-server=${cms.decap.port}#/collections/pressmeddelanden/new`);
      await page.getByLabel('Rubrik', { exact: true }).fill(title);
      await page.getByLabel('Ingress', { exact: true }).fill('En ingress skriven i testet.');
      await page.getByLabel('Publiceras', { exact: true }).fill('2025-03-10T09:30');
      await choose(page, 'Typ', 'Pressmeddelande');
      await choose(page, 'Kontaktpersoner', 'Helena Jalkner', 'Helena');
      await choose(page, 'Ämnen', 'Trygghet');
      const editor = page.locator('[data-slate-editor="true"]').first();
      await editor.click();
      await page.keyboard.type('Brödtext skriven i testet.');
      // The preview pane shows what the page will show besides the entry: the chosen contact's card
      // (name and role from Kontakter), the topic's name and "Om <kommunen>" from the settings.
      const preview = page.frameLocator('iframe#preview-pane').locator('body');
      const previewText = () => preview.textContent({ timeout: 5_000 }).catch(() => '');
      await expect.poll(previewText, { timeout: 30_000 }).toContain('Brödtext skriven i testet.');
      await expect.poll(previewText, { timeout: 30_000 }).toContain('Om Norrköpings kommun');
      expect(await previewText()).toMatch(/Kontakt\s*Helena Jalkner\s*pressansvarig/i);
      expect(await previewText()).toContain('Ämnen: Trygghet');

      // Editorial workflow: save (a draft on its own branch), mark it ready, publish.
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await page.getByText('Status: Utkast').waitFor();
      const slug = slugify(title);
      expect(gitBranches(repo)).toContain(`cms/pressmeddelanden/${slug}`);
      const file = path.join(repo.contentDir, 'pressmeddelanden', `${slug}.md`);
      expect(existsSync(file), 'a draft is not on the published branch').toBe(false);

      await page.getByText('Status: Utkast').click();
      await page.getByRole('menuitem', { name: 'Redo' }).click();
      await page.getByText('Status: Redo').waitFor();
      await page.getByRole('button', { name: 'Publicera', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
      await page.getByText('Status: Publicerad').or(page.getByText('Inlägg publicerat')).first().waitFor();
      // Decap opens a new preview after the save: it shows the contacts and settings straight away.
      await expect.poll(previewText, { timeout: 10_000 }).toContain('Om Norrköpings kommun');
      await page.screenshot({ path: 'tmp/cms-press-release-published.png' });

      // On disk, on the published branch, under the slug Decap made from the title (å/ä → a, ö → o).
      await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
      const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
      expect(data).toMatchObject({
        title,
        summary: 'En ingress skriven i testet.',
        published: '2025-03-10T09:30',
        kind: 'pressmeddelande',
        contacts: ['helena-jalkner'],
      });
      expect(body).toContain('Brödtext skriven i testet.');
      expectValidContent(repo.contentDir);

      const built = buildSite({ contentDir: repo.contentDir });
      expect(built.code, built.output).toBe(0);
      const html = htmlFor(built.outDir, `/pressmeddelanden/${slug}/`);
      expect(html, 'the new release has its page').toBeDefined();
      const text = textOf(html ?? '');
      expect(text).toContain(title);
      expect(text).toContain('Brödtext skriven i testet.');
      expect(text).toContain('Helena Jalkner');
      expect(textOf(htmlFor(built.outDir, '/pressmeddelanden/') ?? '')).toContain(title);
    } finally {
      await closeCms(cms);
    }
  });

  it('changes the warning banner in place (local editing as `npm start` runs it) and the build shows it', async () => {
    const cms = await openCms('fs');
    const { page, repo } = cms;
    try {
      const id = 'hogt-vattenflode-i-motala-strom';
      const newText = 'Varningen är uppdaterad i testet. Håll avstånd från strandkanten.';
      const original = path.join(repo.contentDir, 'varningar', `${id}.yml`);
      const before = yaml.load(readFileSync(original, 'utf8')) as { provenance?: unknown };
      await page.goto(`${site.url}/admin/?decap-server=${cms.decap.port}#/collections/varningar/entries/${id}`);
      const text = page.getByLabel('Text', { exact: true });
      await expect.poll(() => text.inputValue()).toContain('SMHI');
      await text.fill(newText);
      await choose(page, 'Nivå', 'Röd varning');
      await page.screenshot({ path: 'tmp/cms-warning-preview.png' });
      // Without git (decap-server's fs mode) Decap publishes directly.
      await page.getByRole('button', { name: 'Publicera', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
      await page.getByText('Inlägg sparat').first().waitFor();

      const file = path.join(repo.contentDir, 'varningar', `${id}.yml`);
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('Håll avstånd');
      expect(gitStatus(repo)).toContain(` M content/norrkoping/varningar/${id}.yml`);
      const saved = yaml.load(readFileSync(file, 'utf8'));
      expect(saved).toMatchObject({ title: 'Högt vattenflöde i Motala ström', level: 'rod', text: newText });
      // The source ("Källa") is a field, so the save keeps it as it was (YAML comments it would drop).
      expect(before.provenance, 'the warning records its source').toMatchObject({ text: expect.any(String) });
      expect((saved as { provenance?: unknown }).provenance).toEqual(before.provenance);
      expectValidContent(repo.contentDir);

      // A page's preview shows its contact's card, as the page does (loaded from Kontakter). A fresh
      // load: Decap keeps the previous entry's form when only the hash changes.
      await page.goto('about:blank');
      await page.goto(`${site.url}/admin/?decap-server=${cms.decap.port}#/collections/sidor/entries/est`);
      const preview = page.frameLocator('iframe#preview-pane').locator('body');
      await expect
        .poll(() => preview.textContent({ timeout: 5_000 }).catch(() => ''), { timeout: 30_000 })
        .toMatch(/Kontakt\s*Utrednings- och utvecklingsenheten/);

      const built = buildSite({ contentDir: repo.contentDir, buildTime: '2026-11-23T12:00:00Z' });
      expect(built.code, built.output).toBe(0);
      for (const urlPath of ['/', '/pressmeddelanden/']) {
        const html = htmlFor(built.outDir, urlPath) ?? '';
        expect(html, urlPath).toContain('class="warning warning--rod"');
        expect(textOf(html), urlPath).toContain(`Röd varning Högt vattenflöde i Motala ström ${newText}`);
      }
    } finally {
      await closeCms(cms);
    }
  });

  it('records who checked a translation, keeping its language, Swedish page and version (local editing)', async () => {
    const cms = await openCms('fs');
    const { page, repo } = cms;
    try {
      const id = 'en-nattvandring';
      await page.goto(`${site.url}/admin/?decap-server=${cms.decap.port}#/collections/oversattningar/entries/${id}`);
      const title = page.getByLabel('Rubrik', { exact: true });
      await expect.poll(() => title.inputValue()).toBe('Night walking (nattvandring)');
      await page.getByLabel(/^Granskad av( \(frivillig\))?$/).fill('Testredaktör');
      await page.getByLabel(/^Granskad datum( \(frivillig\))?$/).fill('2026-11-25');
      await page.getByRole('button', { name: 'Publicera', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
      await page.getByText('Inlägg sparat').first().waitFor();

      const file = path.join(repo.contentDir, 'oversattningar', `${id}.mdx`);
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('Testredaktör');
      const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
      expect(data).toMatchObject({
        language: 'en',
        original: 'nattvandring',
        originalVersion: '60a5596d',
        checkedBy: 'Testredaktör',
        checkedDate: '2026-11-25',
      });
      expect(body).toContain('Adults are needed where young people are.');
      expectValidContent(repo.contentDir);
    } finally {
      await closeCms(cms);
    }
  });
});

/**
 * English an editor must never meet in the Swedish CMS: whole words, any case. Words that are also
 * Swedish ("Media", "Status", "list", "all") or names ("Markdown", "Netlify") are not on it.
 */
const ENGLISH_WORDS = [
  'account',
  'add',
  'before',
  'cancel',
  'choose',
  'close',
  'collapse',
  'collection',
  'collections',
  'delete',
  'draft',
  'dropdown',
  'edit',
  'entries',
  'entry',
  'expand',
  'field',
  'files',
  'images',
  'live',
  'loading',
  'missed',
  'more',
  'new',
  'notification',
  'now',
  'oops',
  'options',
  'please',
  'preview',
  'publish',
  'published',
  'ready',
  'remove',
  'required',
  'review',
  'rich',
  'save',
  'saving',
  'search',
  'set',
  'strikethrough',
  'the',
  'timer',
  'toggle',
  'upload',
  'view',
  'you',
  'your',
  // react-select's announcements ("option X, selected.", "2 results available").
  'available',
  'deselected',
  'focused',
  'option',
  'result',
  'results',
  'selected',
  'type',
  'use',
  // Months and days (dates formatted in English).
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'october',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'am',
  'pm',
];
const ENGLISH = new RegExp(`(?<![\\p{L}\\d_-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\d_-])`, 'giu');

/**
 * English words in what an editor sees or hears on the page now: the visible text, and the roles
 * and names of the accessibility tree (accessible names, as a screen reader announces them), plus
 * titles and placeholders. Entry content from the content folder is Swedish, so any hit is the CMS's.
 */
async function englishOnPage(page: Page, where: string): Promise<string[]> {
  // Rendered text only: what is on screen, not hidden markup (Playwright's innerText, not the DOM's).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what an editor sees
  const visible = await page.locator('body').innerText();
  const tree = await page.locator('body').ariaSnapshot();
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[title], [placeholder], [aria-label]')]
      .filter((e) => (e as HTMLElement).offsetParent !== null || e.tagName === 'IFRAME')
      .map((e) => [e.getAttribute('title'), e.getAttribute('placeholder'), e.getAttribute('aria-label')].join(' ')),
  );
  const found: string[] = [];
  for (const [kind, text] of [
    ['text', visible],
    ['accessibility tree', tree],
    ['attribute', attributes.join('\n')],
  ] as const) {
    for (const line of text.split('\n')) {
      // The tree's own syntax ("- button", "/url:") is not text the editor meets.
      const said = kind === 'accessibility tree' ? line.replace(/^\s*- (\/url: .*|[a-z]+(?=[ :]|$))/, '') : line;
      for (const match of said.matchAll(ENGLISH)) found.push(`${where}: "${match[0]}" in ${kind}: ${line.trim()}`);
    }
  }
  return found;
}

/** A small PNG made here, so the test needs no image file of its own. */
async function testImage(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer();
}

/** Uploads a file through Decap's media library from the file or image field labelled `label`. */
async function uploadThrough(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: button }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Ladda upp', { exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Välj markerad' }).click();
}

describe('the CMS speaks Swedish', () => {
  it('shows no English in the editor flows: press release with image and attachment, warning, page, PDF document', async () => {
    const cms = await openCms('git');
    const { page, repo } = cms;
    const admin = `${site.url}/admin/?decap-server=${cms.decap.port}`;
    const english: string[] = [];
    const check = async (where: string) => english.push(...(await englishOnPage(page, where)));
    // A fresh load for each form: Decap 3.16 reuses the previous form's widgets when only the
    // hash changes from one new entry to another (a number field where a date should be).
    const open = async (hash: string) => {
      await page.goto('about:blank');
      await page.goto(`${admin}${hash}`);
    };
    try {
      await check('collections');
      await page.getByRole('button', { name: 'Kontomeny' }).click();
      await check('account menu');
      await page.keyboard.press('Escape');

      // A new press release: a refused save first (no title), then image, attachment, source, body.
      await open('#/collections/pressmeddelanden/new');
      await page.getByLabel('Ingress', { exact: true }).fill('En ingress skriven i testet.');
      await check('new press release');
      const editor = page.locator('[data-slate-editor="true"]').first();
      await expect
        .poll(() => editor.ariaSnapshot(), { message: 'the body editor has an accessible name' })
        .toMatch(/^- textbox "Brödtext"/);
      await editor.click();
      await page.keyboard.type('Brödtext skriven i testet.');
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      const notice = page.locator('#refused-save-notice');
      await expect
        .poll(() => notice.textContent(), { message: 'the notice names the first field in error' })
        .toContain('”Rubrik”');
      const titleField = page.getByLabel('Rubrik', { exact: true });
      await expect
        .poll(() => titleField.evaluate((e) => e === document.activeElement), { message: 'focus is on it' })
        .toBe(true);
      expect(await titleField.evaluate((e) => e.getBoundingClientRect().top), 'it is on screen').toBeGreaterThan(0);
      await check('refused save');
      await page.screenshot({ path: 'tmp/cms-refused-save.png' });

      await page.getByLabel('Rubrik', { exact: true }).fill('Pressmeddelande med bild och bilaga');
      await expect
        .poll(() => notice.textContent(), { message: 'the notice moves on to the next field in error' })
        .toContain('”Publiceras”');
      await page.getByLabel('Publiceras', { exact: true }).fill('2025-03-10 09:30');
      await choose(page, 'Typ', 'Pressmeddelande');
      // What a screen reader hears from the select field just used (react-select's live region).
      await check('select field, just chosen');
      await expect.poll(() => notice.isHidden(), { message: 'the notice goes once all is filled in' }).toBe(true);
      // Dates the Swedish way whatever the browser's language: ISO in the field, words beside it.
      expect(await page.getByLabel('Publiceras', { exact: true }).inputValue()).toBe('2025-03-10 09:30');
      await page.getByText('10 mars 2025 kl. 09.30', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Lägg till bilder' }).click();
      await uploadThrough(page, 'Välj en bild', {
        name: 'torget.png',
        mimeType: 'image/png',
        buffer: await testImage(),
      });
      await page.getByLabel('Alternativtext', { exact: true }).fill('Torget en vinterkväll.');
      await page.getByLabel('Fotograf', { exact: true }).fill('Foto: Testkommunen');
      await page.getByRole('button', { name: 'Lägg till bilagor' }).click();
      await page.getByLabel('Namn', { exact: true }).fill('Rapporten');
      const pdf = readFileSync(
        path.join(repo.contentDir, 'filer', 'riktlinje-for-norrkopings-brottsforebyggande-rad.pdf'),
      );
      await uploadThrough(page, 'Välj en fil', { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: pdf });
      await check('press release with image and attachment');
      await page.screenshot({ path: 'tmp/cms-press-release-filled.png', fullPage: true });
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await page.getByText('Status: Utkast').waitFor();
      await page.getByText('Status: Utkast').click();
      await check('status menu');
      await page.keyboard.press('Escape');

      await open('#/workflow');
      await page.getByText('Pressmeddelande med bild och bilaga').first().waitFor();
      await check('workflow');

      // "Visa på webbplatsen" opens the entry's page as built here (preview_path per collection).
      const release = 'samverkan-for-ett-tryggt-norrkoping';
      await open(`#/collections/pressmeddelanden/entries/${release}`);
      const live = page.getByRole('link', { name: /Visa på webbplatsen/ });
      await live.waitFor();
      const href = await live.getAttribute('href');
      expect(href).toBe(`${site.url}/pressmeddelanden/${release}/`);
      expect((await fetch(href ?? '')).status, 'the page it opens exists').toBe(200);
      await check('published press release');

      // The warning, as an editor changes it in a crisis.
      await open('#/collections/varningar/entries/hogt-vattenflode-i-motala-strom');
      await expect.poll(() => page.getByLabel('Text', { exact: true }).inputValue()).toContain('SMHI');
      await check('warning');
      await page.screenshot({ path: 'tmp/cms-warning.png' });

      // A new page (MDX, edited as text).
      await open('#/collections/sidor/new');
      await page.getByLabel('Rubrik', { exact: true }).waitFor();
      await check('new page');

      // A new document with its PDF.
      await open('#/collections/dokument/new');
      await page.getByLabel('Rubrik', { exact: true }).waitFor();
      await uploadThrough(page, 'Välj en fil', { name: 'handlingsplan.pdf', mimeType: 'application/pdf', buffer: pdf });
      await check('new document with PDF');

      await open('#/collections/pressmeddelanden');
      await page.getByRole('button', { name: 'Media', exact: true }).click();
      await page.getByText('riktlinje-for-norrkopings-brottsforebyggande-rad.pdf').first().waitFor();
      await check('media library');
      expect(english).toEqual([]);
    } finally {
      await closeCms(cms);
    }
  });
});
