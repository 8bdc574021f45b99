/**
 * A warning with an end time disappears when the end passes, without a rebuild: a fixture build
 * (content copy with an orange warning that ends an hour after the build) loaded in Chromium with
 * the page clock under the test's control. Without JavaScript it stays until the next build.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../support/browser.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, removeCopy, writeEntry } from '../support/content-copy.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';

const BUILD_TIME = '2026-11-23T12:00:00Z';
const ENDS = Date.parse('2026-11-23T13:00:00Z');

let content: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  content = copyContent();
  // Only the fixture warning: the default content's open-ended one would compete with it.
  rmSync(path.join(content, 'varningar'), { recursive: true });
  mkdirSync(path.join(content, 'varningar'));
  writeEntry(
    content,
    'varningar/storm.yml',
    [
      'title: Storm i kväll',
      'level: orange',
      'text: Fixture – en orange varning som slutar en timme efter bygget.',
      "startsAt: '2026-11-23T12:00'", // 11:00 UTC
      "endsAt: '2026-11-23T14:00'", // 13:00 UTC
      '',
    ].join('\n'),
  );
  build = buildSite({ contentDir: content, buildTime: BUILD_TIME });
  if (build.code !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await chromium.launch(launchOptions());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(build.outDir, { recursive: true, force: true });
  removeCopy(content);
});

async function open(clock: number | undefined, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (clock !== undefined) await page.clock.install({ time: clock });
  await page.goto(`${server.url}/est/`);
  return page;
}

describe('a warning with an end time', () => {
  it('is built with its end time on the banner, and the expiry script is on the page', () => {
    const html = readFileSync(path.join(build.outDir, 'est/index.html'), 'utf8');
    expect(html).toContain(`data-warning-ends="${new Date(ENDS).toISOString()}"`);
    // Scripts are files, never inline (astro.config.mjs: the header CSP cannot list page hashes).
    const sources = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(sources.length).toBeGreaterThan(0);
    const scripts = sources.map((src) => readFileSync(path.join(build.outDir, src), 'utf8'));
    expect(scripts.some((code) => code.includes('[data-warning-ends]'))).toBe(true);
  });

  it('shows while it is on, and disappears when its end passes on an open page', async () => {
    const page = await open(ENDS - 30 * 60_000);
    const banner = page.locator('.warning--orange');
    expect(await banner.textContent()).toContain('Orange varning');
    await page.clock.fastForward(29 * 60_000);
    expect(await banner.count()).toBe(1);
    await page.clock.fastForward(2 * 60_000);
    await expect.poll(() => banner.count()).toBe(0);
    await page.context().close();
  });

  it('does not show on a page opened after its end, even though the page was built before it', async () => {
    const page = await open(ENDS + 60_000);
    await expect.poll(() => page.locator('.warning').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('EST');
    await page.context().close();
  });

  it('without JavaScript, still shows until the next build', async () => {
    const page = await open(undefined, false);
    expect(await page.locator('.warning--orange').count()).toBe(1);
    await page.context().close();
  });
});
