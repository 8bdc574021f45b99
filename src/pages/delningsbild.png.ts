/**
 * The default share image, `/delningsbild.png` (1200×630), rendered at build time from the
 * settings with sharp. Pages without images of their own point Open Graph and Twitter cards here.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getSiteSettings } from '../data/settings.ts';
import { shareImageSvg } from '../utils/share-image-svg.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteSettings();
  const png = await sharp(Buffer.from(shareImageSvg(site)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
