/** RSS 2.0 feed of the published press releases, full text, newest first. */
import type { APIRoute } from 'astro';
import { getFeedData } from '../../data/press-feeds.ts';
import { pressRss } from '../../utils/press-feed.ts';

export const GET: APIRoute = async () => {
  const { site, releases } = await getFeedData();
  return new Response(pressRss(site, releases), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
