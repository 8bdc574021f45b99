/**
 * Gate: no broken links, on the built site of every content folder. linkinator crawls the site,
 * served as the CDN serves it, from every page in the sitemap and the 404 page: every internal
 * link, `#fragment`, stylesheet, image and file must resolve. Links to the site's own public address (canonical, og:url, feeds) are checked
 * against the built files too. Links to other sites are not fetched: the tests run offline, and
 * another site's availability is not this site's defect. Vague link text is the accessibility
 * gate's job (it reads the names Chromium computes).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { check, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/build.ts';
import { contentFolders } from '../support/content-folders.ts';
import { sitemapPaths } from '../support/dist.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { sharedBuild } from '../support/shared-build.ts';

/** The site's public address, from the folder's settings (its links to itself are checked against the build). */
const siteUrlOf = (dir: string): string =>
  (
    yaml.load(readFileSync(path.join(dir, 'installningar', 'webbplats.yml'), 'utf8')) as {
      siteUrl: string;
    }
  ).siteUrl.replace(/\/$/, '');

/** Broken links found by crawling from the given start URLs on a served site. */
async function brokenLinks(
  base: string,
  starts: string[],
  siteUrl: string,
): Promise<{ broken: string[]; checked: number }> {
  const result = await check({
    path: starts.map((p) => base + p),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    timeout: 20_000,
    // The site's public address stands for this server.
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: base },
    ],
    linksToSkip: async (link) => !link.startsWith(base),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map(
      (l) => `${l.parent ? new URL(l.parent).pathname : '?'} → ${l.url.replace(base, '')} (${l.status ?? 'no status'})`,
    );
  return { broken, checked: result.links.length };
}

describe.each(contentFolders())('no broken links gate: $name', ({ name, dir }) => {
  let build: BuildResult;
  let server: StaticServer;
  beforeAll(async () => {
    build = sharedBuild({ contentDir: dir });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    server = await serveStatic(build.outDir);
  });
  afterAll(() => server?.close());

  it('every internal link, fragment and asset in the built site resolves', async () => {
    const starts = [...sitemapPaths(build.outDir), '/404.html'];
    const { broken, checked } = await brokenLinks(server.url, starts, siteUrlOf(dir));
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(starts.length);
    console.info(`links gate (${name}): ${starts.length} start pages, ${checked} links checked, 0 broken`);
  });
});

describe('no broken links gate', () => {
  it('reports a missing page, a missing fragment and a missing image (the gate can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trygg-links-probe-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="sv"><title>x</title><h2 id="finns">Finns</h2>' +
        '<a href="/saknas/">a</a> <a href="#finns-inte">b</a> <a href="#finns">c</a> <img src="/bild.png" alt="d"></html>',
    );
    const probe = await serveStatic(dir);
    try {
      const { broken } = await brokenLinks(probe.url, ['/'], 'https://trygg.example');
      expect(broken.join('\n')).toMatch(/\/saknas\//);
      expect(broken.join('\n')).toMatch(/#finns-inte/);
      expect(broken.join('\n')).toMatch(/\/bild\.png/);
      expect(broken.join('\n')).not.toMatch(/#finns\b(?!-)/);
    } finally {
      await probe.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
