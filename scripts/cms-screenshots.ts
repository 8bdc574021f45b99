/**
 * Takes the screenshots in the editors' guide (`docs/redaktorsguide.md`) from the real CMS, so they
 * are retaken whenever the CMS changes: the built `/admin/` (Decap's bundle and our config) against
 * decap-server in a temporary git repository with a copy of the content, in Chromium at 1280×800.
 *
 *   npm run build && npm run screenshots:cms            (uses dist/)
 *   npm run screenshots:cms -- /tmp/other-dist           (another build)
 *
 * Writes WebP files to `docs/bilder/` and prints each with its size. Nothing is saved in `content/`.
 * `CMS_MODE=fs` shows the CMS as `npm start` runs it (no editorial workflow); the default, `git`,
 * shows it as editors have it in production (Utkast → Under granskning → Redo → Publicera).
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { launchOptions } from '../tests/support/browser.ts';
import { createContentRepo, startDecapServer } from '../tests/support/decap-server.ts';
import { serveStatic } from '../tests/support/serve.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const outDir = path.resolve('docs/bilder');
const mode = process.env.CMS_MODE === 'fs' ? 'fs' : 'git';
mkdirSync(outDir, { recursive: true });

const site = await serveStatic(dist);
const repo = createContentRepo();
const decap = await startDecapServer(repo.root, mode);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
page.on('dialog', (dialog) => void dialog.accept());
const admin = `${site.url}/admin/?decap-server=${decap.port}`;

/** A fresh load (Decap reuses the previous form's widgets when only the hash changes). */
async function open(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${admin}${hash}`);
}

async function shot(name: string, target: Page = page): Promise<void> {
  // Let fonts, the preview frame and animations settle.
  await target.waitForTimeout(600);
  const png = await target.screenshot();
  const file = path.join(outDir, `${name}.webp`);
  await sharp(png).webp({ quality: 70 }).toFile(file);
  console.log(`${path.relative(process.cwd(), file)}  ${(statSync(file).size / 1024).toFixed(0)} kB`);
}

try {
  await page.goto(admin);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: 'Samlingar' }).waitFor();
  await shot('samlingar');

  // A new press release, refused for want of a title: the notice and the field in error.
  await open('#/collections/pressmeddelanden/new');
  await page.getByLabel('Ingress', { exact: true }).fill('Kommunen och polisen presenterar årets lägesbild.');
  await page.getByLabel('Publiceras', { exact: true }).fill('2026-03-10 09:30');
  await shot('nytt-pressmeddelande');
  await page.getByRole('button', { name: mode === 'git' ? 'Spara' : 'Publicera', exact: true }).click();
  if (mode === 'fs') await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  await page.locator('#refused-save-notice').waitFor();
  await shot('fel-vid-sparande');

  // Raw HTML in the body: the preview says what the published page would not show.
  await page.getByLabel('Rubrik', { exact: true }).fill('Lägesbild 2026');
  await page.getByRole('switch', { name: 'Markdown-kod' }).click();
  await page
    .getByLabel('Brödtext', { exact: true })
    .fill('Se filmen från pressträffen:\n\n<iframe src="https://video.example/1"></iframe>\n');
  await page
    .frameLocator('iframe:not(#netlify-identity-widget)')
    .first()
    .getByText('Texten kan inte publiceras så här')
    .waitFor();
  await shot('varning-i-forhandsvisningen');

  // The source of an existing page ("Källa"), opened.
  await open('#/collections/sidor/entries/nobra');
  await page.getByLabel('Rubrik', { exact: true }).waitFor();
  const source = page.locator('[id^="provenance-field-"]').first();
  await source.scrollIntoViewIfNeeded();
  await source.getByRole('button', { name: 'Visa' }).first().click();
  await page
    .getByLabel('Var uppgifterna kommer från (frivillig)', { exact: true })
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot('kalla');

  // The warning.
  await open('#/collections/varningar/entries/hogt-vattenflode-i-motala-strom');
  await page.getByLabel('Text', { exact: true }).waitFor();
  await shot('varning');
} finally {
  await browser.close();
  await decap.stop();
  repo.remove();
  await site.close();
}
