/** Reading a built site in tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as paths relative to it (forward slashes). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The HTML file that answers a URL path (`/est/` → `est/index.html`). */
export function htmlFor(dist: string, urlPath: string): string | undefined {
  const file = urlPath.endsWith('/') ? path.join(dist, urlPath, 'index.html') : path.join(dist, urlPath);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Visible text of an HTML document, roughly: tags removed, entities for the common characters decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** URL paths listed in the built sitemap. */
export function sitemapPaths(dist: string): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  return maps.flatMap((m) => {
    const xml = readFileSync(path.join(dist, m), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1] as string).pathname);
  });
}

/** The public site's HTML files, relative to `dist`: everything but the CMS under `admin/` (Decap's own page). */
export function sitePages(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}
