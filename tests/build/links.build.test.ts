/**
 * Gate: no broken links. linkinator crawls the built site, served as the CDN serves it, from every
 * page in the sitemap and the 404 page: every internal link, `#fragment`, stylesheet, image and
 * file must resolve. Links to the site's own public address (canonical, og:url, feeds) are checked
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
import { type BuildResult, buildSite } from '../support/build.ts';
import { SOURCE_CONTENT } from '../support/content-copy.ts';
import { sitemapPaths } from '../support/dist.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';

let build: BuildResult;
let server: StaticServer;
const siteUrl = (
  yaml.load(readFileSync(path.join(SOURCE_CONTENT, 'installningar', 'webbplats.yml'), 'utf8')) as {
    siteUrl: string;
  }
).siteUrl.replace(/\/$/, '');

beforeAll(async () => {
  build = buildSite({ buildTime: '2026-11-22T12:00:00Z' });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  server = await serveStatic(build.outDir);
});
afterAll(async () => {
  await server?.close();
  rmSync(build.outDir, { recursive: true, force: true });
});

/** Broken links found by crawling from the given start URLs on a served site. */
async function brokenLinks(base: string, starts: string[]): Promise<{ broken: string[]; checked: number }> {
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

describe('no broken links gate', () => {
  it('every internal link, fragment and asset in the built site resolves', async () => {
    const starts = [...sitemapPaths(build.outDir), '/404.html'];
    const { broken, checked } = await brokenLinks(server.url, starts);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(starts.length);
    console.info(`links gate: ${starts.length} start pages, ${checked} links checked, 0 broken`);
  });

  it('reports a missing page, a missing fragment and a missing image (the gate can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trygg-links-probe-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="sv"><title>x</title><h2 id="finns">Finns</h2>' +
        '<a href="/saknas/">a</a> <a href="#finns-inte">b</a> <a href="#finns">c</a> <img src="/bild.png" alt="d"></html>',
    );
    const probe = await serveStatic(dir);
    try {
      const { broken } = await brokenLinks(probe.url, ['/']);
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
