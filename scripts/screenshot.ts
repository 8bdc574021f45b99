/**
 * Screenshots of built pages at phone and desktop width, for looking at a change as a person
 * does: `node scripts/screenshot.ts http://127.0.0.1:4321 / /pressmeddelanden/` writes PNGs
 * to `tmp/screenshots/`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tests/support/browser.ts';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const outDir = 'tmp/screenshots';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths.length > 0 ? paths : ['/']) {
    await page.goto(new URL(p, base).href);
    // The search page draws its results after loading: wait until it is no longer busy.
    if (p.startsWith('/sok/'))
      await page.waitForSelector('#search-results-area[aria-busy="false"]', { state: 'attached' });
    const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start'}-${width}.png`;
    // FULL=0 captures only the first screen, to look at details at full resolution.
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL !== '0' });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await browser.close();
