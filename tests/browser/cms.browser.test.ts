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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatContentError, parseMarkdownFile, validateContentDir } from '../../src/content-model/validate.ts';
import { slugify } from '../../src/utils/slugify.ts';
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
    if (url.hostname !== '127.0.0.1') offOrigin.push(request.url());
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
      const editor = page.locator('[data-slate-editor="true"]').first();
      await editor.click();
      await page.keyboard.type('Brödtext skriven i testet.');

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
      expectValidContent(repo.contentDir);

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
