/**
 * Gate: security headers. The built site is served with exactly the headers netlify.toml gives
 * each path (Netlify's own parser and matching), every page is loaded in Chromium, and not one
 * Content-Security-Policy violation may occur. The CMS at /admin/ must still boot under its policy.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../support/browser.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { pagesToVisit, settleOn } from '../support/crawl.ts';
import { type HeaderRule, headersForPath, loadHeaderRules } from '../support/netlify-headers.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { visit } from '../support/visit.ts';

let build: BuildResult;
let rules: HeaderRule[];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  build = buildSite({ buildTime: '2026-11-22T12:00:00Z' });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  rules = await loadHeaderRules();
  server = await serveStatic(build.outDir, (urlPath) => headersForPath(rules, urlPath));
  browser = await chromium.launch(launchOptions());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(build.outDir, { recursive: true, force: true });
});

describe('security headers gate', () => {
  it('loads every page with the headers from netlify.toml and no CSP violation', async () => {
    const failures: string[] = [];
    const pages = pagesToVisit(build.outDir);
    for (const urlPath of pages) {
      const { record, close } = await visit(browser, server.url + urlPath, { waitUntil: settleOn(urlPath) });
      const expected = headersForPath(rules, urlPath)['content-security-policy'];
      if (!expected || record.headers['content-security-policy'] !== expected) {
        failures.push(`${urlPath}: served without the CSP from netlify.toml`);
      }
      for (const v of record.cspViolations) failures.push(`${urlPath}: ${v}`);
      await close();
    }
    expect(failures).toEqual([]);
    console.info(`security headers gate: ${pages.length} pages, 0 CSP violations`);
  });

  it('notices a violation when a page breaks the policy (the gate can fail)', async () => {
    // A page with an inline script and an image from another origin, served with the same headers.
    const dir = mkdtempSync(path.join(tmpdir(), 'trygg-csp-probe-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="sv"><title>x</title><script>document.title = "ran"</script>' +
        '<img src="https://tracker.example/pixel.png" alt=""></html>',
    );
    const probe = await serveStatic(dir, (urlPath) => headersForPath(rules, urlPath));
    try {
      const { page, record, close } = await visit(browser, `${probe.url}/`);
      expect(await page.title()).toBe('x');
      expect(record.cspViolations.join('\n')).toMatch(/script-src/);
      expect(record.cspViolations.join('\n')).toMatch(/img-src/);
      await close();
    } finally {
      await probe.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('boots the CMS at /admin/ under its policy', async (ctx) => {
    // The CMS lands with its own issue; until dist/admin/ exists there is nothing to boot.
    if (!existsSync(path.join(build.outDir, 'admin', 'index.html'))) {
      ctx.skip('dist/admin/index.html is not built yet (the CMS issue adds it)');
      return;
    }
    const { page, record, close } = await visit(browser, `${server.url}/admin/`);
    // Decap renders its app (the login screen, without a backend) into #nc-root.
    await page.waitForSelector('#nc-root *', { timeout: 60_000 });
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await close();
  });
});
