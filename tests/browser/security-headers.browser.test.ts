/**
 * Gate: security headers, on the built site of every content folder. The site is served with
 * exactly the headers netlify.toml gives each path (Netlify's own parser and matching), every page
 * is loaded in Chromium, and not one Content-Security-Policy violation may occur. The pages are
 * loaded once for this gate and the accessibility and privacy gates together (shared-crawl.ts).
 * The CMS at /admin/ must still boot under its policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../support/browser.ts';
import type { BuildResult } from '../support/build.ts';
import { contentFolders } from '../support/content-folders.ts';
import { pagesToVisit } from '../support/crawl.ts';
import { otherOrigins, parsePolicy, sourcesFor } from '../support/csp.ts';
import { type HeaderRule, headersForPath, loadHeaderRules } from '../support/netlify-headers.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { publicPagesCrawl } from '../support/shared-crawl.ts';
import { visit } from '../support/visit.ts';

let rules: HeaderRule[];
let browser: Browser;

beforeAll(async () => {
  rules = await loadHeaderRules();
  browser = await chromium.launch(launchOptions());
});
afterAll(async () => {
  await browser?.close();
});

/** What a public page's own policy (Astro's CSP <meta>) must forbid; empty when it does. */
function publicPolicyProblems(meta: string): string[] {
  if (!meta) return ['is missing (no CSP <meta>)'];
  const policy = parsePolicy(meta);
  const problems: string[] = [];
  const scripts = sourcesFor(policy, 'script-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'"]) {
    if (scripts.includes(bad)) problems.push(`allows ${bad} scripts`);
  }
  if ((sourcesFor(policy, 'style-src') ?? []).includes("'unsafe-inline'"))
    problems.push("allows 'unsafe-inline' styles");
  if (policy.get('default-src')?.join(' ') !== "'self'") problems.push("has no default-src 'self'");
  if (policy.get('img-src')?.join(' ') !== "'self'") problems.push("allows images from beyond 'self'");
  for (const source of otherOrigins(policy)) problems.push(`names another origin: ${source}`);
  return problems;
}

describe.each(contentFolders())('security headers gate: $name', ({ name, dir }) => {
  let build: BuildResult;
  let server: StaticServer;
  beforeAll(async () => {
    build = sharedBuild({ contentDir: dir });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    server = await serveStatic(build.outDir, (urlPath) => headersForPath(rules, urlPath));
  });
  afterAll(() => server?.close());

  it('loads every page with the headers from netlify.toml and no CSP violation', async () => {
    const crawl = await publicPagesCrawl(build);
    const failures: string[] = [];
    for (const { urlPath, cspHeader, cspViolations, metaPolicy } of crawl.pages) {
      const expected = headersForPath(rules, urlPath)['content-security-policy'];
      if (!expected || cspHeader !== expected) failures.push(`${urlPath}: served without the CSP from netlify.toml`);
      for (const v of cspViolations) failures.push(`${urlPath}: ${v}`);
      // The header policy is loose enough for the CMS; every public page must add the strict one.
      for (const problem of publicPolicyProblems(metaPolicy)) failures.push(`${urlPath}: page policy ${problem}`);
    }
    expect(crawl.pages.length).toEqual(pagesToVisit(build.outDir).length);
    expect(failures).toEqual([]);
    console.info(`security headers gate (${name}): ${crawl.pages.length} pages, 0 CSP violations`);
  });

  it('boots the CMS at /admin/ under its policy, as on the public host', async () => {
    // Decap reaches for the local decap-server when the page is on localhost or 127.0.0.1 (a
    // developer's machine). In production it is not, so the site is opened as trygg.localhost:
    // Chromium resolves *.localhost to this machine without treating it as Decap's local host.
    const port = new URL(server.url).port;
    // Decap's bundle is several megabytes of script: on a busy 2-core machine the load event alone
    // can take over a minute, so this visit gets longer than Playwright's default 30 s.
    const { page, record, close } = await visit(browser, `http://trygg.localhost:${port}/admin/`, {
      timeout: 180_000,
    });
    // Decap's login screen for the production backend (git-gateway with Netlify Identity).
    await page.getByRole('button', { name: /Logga in/ }).waitFor({ timeout: 120_000 });
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await close();
  });
});

describe('security headers gate', () => {
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
});
