/**
 * Byte budgets, deterministic: every built page's first view (HTML + CSS + JS + eager images +
 * fonts), compressed with Brotli as the CDN serves it. Figures, timing and Lighthouse are in
 * `npm run bench`; these are the limits that fail the build's tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/build.ts';
import { listFiles, sitePages } from '../support/dist.ts';
import { type Asset, brotliSize, firstViewAssets, totalCompressed } from '../support/page-weight.ts';
import { sharedBuild } from '../support/shared-build.ts';

/** Budgets from the performance issue. */
const BUDGETS = {
  /** Whole first view of a text page, compressed. */
  pageBytes: 50 * 1024,
  /** JavaScript on a page without search or forms, compressed. */
  jsBytesWithoutSearchOrForms: 2 * 1024,
  /** A self-hosted, subset web font. */
  fontBytes: 20 * 1024,
} as const;

let build: BuildResult;
let pages: { file: string; urlPath: string; html: string; assets: Asset[] }[];

beforeAll(() => {
  build = sharedBuild();
  pages = sitePages(build.outDir).map((file) => {
    const urlPath = `/${file.replace(/index\.html$/, '')}`;
    const html = readFileSync(path.join(build.outDir, file), 'utf8');
    return { file, urlPath, html, assets: firstViewAssets(build.outDir, urlPath, html) };
  });
});

/** Inline, executable script text (JSON-LD is data). */
function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc=/.test(m[1] ?? '') && !/application\/ld\+json/.test(m[1] ?? ''))
    .map((m) => m[2])
    .join('\n');
}

function hasSearchOrForm(urlPath: string, html: string): boolean {
  // The search pages: Swedish (`/sok/`, `/sok/?q=…`) and each language's (`/en/sok/`).
  if (/^\/([a-z]+\/)?sok\/(\?|$)/.test(urlPath)) return true;
  return [...html.matchAll(/<form\b[^>]*>/g)].some((m) => !m[0].includes('role="search"'));
}

describe('byte budgets', () => {
  it('the build succeeds', () => {
    expect(build.code, build.output).toBe(0);
    expect(pages.length).toBeGreaterThan(10);
  });

  it(`every page's first view is at most ${BUDGETS.pageBytes / 1024} KB compressed`, () => {
    const over = pages
      .map((p) => ({ page: p.urlPath, bytes: totalCompressed(p.assets) }))
      .filter((p) => p.bytes > BUDGETS.pageBytes);
    expect(over).toEqual([]);
  });

  it(`pages without search or forms ship at most ${BUDGETS.jsBytesWithoutSearchOrForms / 1024} KB of JavaScript`, () => {
    const over = pages
      .filter((p) => !hasSearchOrForm(p.urlPath, p.html))
      .map((p) => {
        const external = totalCompressed(p.assets, 'js');
        const inline = inlineScripts(p.html);
        return { page: p.urlPath, bytes: external + (inline ? brotliSize(Buffer.from(inline)) : 0) };
      })
      .filter((p) => p.bytes > BUDGETS.jsBytesWithoutSearchOrForms);
    expect(over).toEqual([]);
  });

  it('uses no web fonts unless self-hosted and small', () => {
    for (const css of listFiles(build.outDir).filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(path.join(build.outDir, css), 'utf8');
      expect(text, css).not.toMatch(/@import\s+url\(\s*["']?https?:/);
      for (const face of text.match(/@font-face\s*{[^}]*}/g) ?? []) {
        expect(face, `${css}: fonts must be served from our own origin`).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
      }
    }
    for (const p of pages) {
      for (const font of p.assets.filter((a) => a.kind === 'font')) {
        expect(font.raw, `${p.urlPath}: ${font.url}`).toBeLessThanOrEqual(BUDGETS.fontBytes);
      }
    }
  });

  it('every image has width and height, and raster images are responsive in a modern format', () => {
    for (const p of pages) {
      for (const m of p.html.matchAll(/<img\b[^>]*>/gi)) {
        const tag = m[0];
        expect(tag, p.urlPath).toMatch(/\swidth="\d+"/);
        expect(tag, p.urlPath).toMatch(/\sheight="\d+"/);
        const src = /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? '';
        if (/\.svg(\?|$)/i.test(src)) continue;
        expect(tag, `${p.urlPath}: ${src} needs srcset`).toMatch(/\ssrcset="[^"]+"/);
        const inModernPicture = new RegExp(
          `<picture\\b[^>]*>(?:(?!</picture>)[\\s\\S])*type="image/(avif|webp)"(?:(?!</picture>)[\\s\\S])*${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ).test(p.html);
        expect(/\.(avif|webp)(\?|$)/i.test(src) || inModernPicture, `${p.urlPath}: ${src} should be AVIF/WebP`).toBe(
          true,
        );
      }
    }
  });
});
