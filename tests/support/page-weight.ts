/**
 * What a browser must download to show a built page's first view, and how much that weighs
 * compressed as the CDN serves it. Used by the byte-budget tests and the benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font';

export interface Asset {
  kind: AssetKind;
  /** URL path as referenced, or the page's own path for the HTML. */
  url: string;
  /** Bytes on disk. */
  raw: number;
  /** Bytes after Brotli (quality 11), as the CDN serves text; images and fonts are not recompressed. */
  compressed: number;
}

/** Brotli size of a buffer, as Netlify's CDN serves text files. */
export function brotliSize(buffer: Buffer): number {
  return brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/**
 * The first-view assets of an HTML page: the page itself, its stylesheets, its scripts
 * (including modules they import statically from the same site), eagerly loaded images
 * (the `src` of `<img>` without `loading="lazy"`) and fonts referenced by its stylesheets.
 */
export function firstViewAssets(dist: string, pagePath: string, html: string): Asset[] {
  const assets: Asset[] = [];
  const seen = new Set<string>();
  const add = (kind: AssetKind, url: string) => {
    if (seen.has(url) || !url.startsWith('/') || url.startsWith('//')) return;
    seen.add(url);
    const file = path.join(dist, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
    if (!existsSync(file)) return;
    const buffer = readFileSync(file);
    const compressed = kind === 'image' || kind === 'font' ? buffer.length : brotliSize(buffer);
    assets.push({ kind, url, raw: buffer.length, compressed });
    if (kind === 'css') {
      for (const m of buffer.toString('utf8').matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)) {
        add('font', new URL(m[1] as string, `http://x${url}`).pathname);
      }
    }
    if (kind === 'js') {
      for (const m of buffer.toString('utf8').matchAll(/(?:^|[;\s])import\s*(?:[^'"]*from\s*)?["']([^"']+)["']/g)) {
        add('js', new URL(m[1] as string, `http://x${url}`).pathname);
      }
    }
  };
  const htmlBuffer = Buffer.from(html);
  assets.push({ kind: 'html', url: pagePath, raw: htmlBuffer.length, compressed: brotliSize(htmlBuffer) });
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (/rel="stylesheet"/i.test(tag)) add('css', attr(tag, 'href') ?? '');
    if (/rel="modulepreload"/i.test(tag)) add('js', attr(tag, 'href') ?? '');
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) add('js', m[1] as string);
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const tag = m[0];
    if (attr(tag, 'loading') !== 'lazy') add('image', attr(tag, 'src') ?? '');
  }
  return assets;
}

/** Sum of compressed bytes, optionally of one kind. */
export function totalCompressed(assets: readonly Asset[], kind?: AssetKind): number {
  return assets.filter((a) => kind === undefined || a.kind === kind).reduce((sum, a) => sum + a.compressed, 0);
}
