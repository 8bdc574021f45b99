/**
 * The usual browser-test setup: the real site (`npm run build`, clock pinned; the run's shared
 * build of that content folder and clock, see shared-build.ts), its `dist/` served as a CDN would,
 * and Debian's Chromium launched; and the matching teardown.
 */
import { type Browser, chromium } from 'playwright-core';
import { launchOptions } from './browser.ts';
import type { BuildResult } from './build.ts';
import { type StaticServer, serveStatic } from './serve.ts';
import { SHARED_BUILD_TIME, sharedBuild } from './shared-build.ts';

export interface SiteInBrowser {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
}

export async function startSiteInBrowser(
  buildTime = SHARED_BUILD_TIME,
  options: {
    /** A folder under `content/`; the default folder when omitted. */
    contentDir?: string;
    /** Extra response headers per path (e.g. the ones netlify.toml gives it). */
    headersFor?: (urlPath: string) => Record<string, string>;
  } = {},
): Promise<SiteInBrowser> {
  const build = sharedBuild({ contentDir: options.contentDir, buildTime });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  const server = await serveStatic(build.outDir, options.headersFor);
  const browser = await chromium.launch(launchOptions());
  return { build, server, browser };
}

/** Closes what `startSiteInBrowser` opened; safe when it failed half-way. The shared build stays for the run. */
export async function stopSiteInBrowser(site: Partial<SiteInBrowser>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}
