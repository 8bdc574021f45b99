import type { APIRoute } from 'astro';
import { ADMIN_PATH, SITEMAP_PATH } from '../lib/urls.ts';

/** Everything is public; the CMS is not for search engines. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: ${ADMIN_PATH}\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
