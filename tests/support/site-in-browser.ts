/**
 * The usual browser-test setup: the real site built once (`npm run build`, clock pinned), its
 * `dist/` served as a CDN would, and Debian's Chromium launched; and the matching teardown.
 */
import { rmSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { launchOptions } from './browser.ts';
import { type BuildResult, buildSite } from './build.ts';
import { type StaticServer, serveStatic } from './serve.ts';

export interface SiteInBrowser {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
}

export async function startSiteInBrowser(buildTime = '2026-11-22T12:00:00Z'): Promise<SiteInBrowser> {
  const build = buildSite({ buildTime });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  const browser = await chromium.launch(launchOptions());
  return { build, server, browser };
}

/** Closes what `startSiteInBrowser` opened; safe when it failed half-way. */
export async function stopSiteInBrowser(site: Partial<SiteInBrowser>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
  if (site.build) rmSync(site.build.outDir, { recursive: true, force: true });
}
