/** JSON Feed 1.1 of the published press releases, full text, newest first. */
import type { APIRoute } from 'astro';
import { getFeedData } from '../../data/press-feeds.ts';
import { pressJsonFeed } from '../../utils/press-feed.ts';

export const GET: APIRoute = async () => {
  const { site, releases } = await getFeedData();
  return new Response(pressJsonFeed(site, releases), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
