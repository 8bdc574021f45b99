import type { APIRoute } from 'astro';

/** Everything is public; the CMS is not for search engines. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
