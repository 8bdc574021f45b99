/**
 * Uploaded images (`content/<kommun>/filer/`) as astro:assets sources, so `<Picture>` can serve them
 * resized in modern formats. Uploads live outside `src/` and are not imported, so Astro's image
 * pipeline gets an image description (path, size, format) read from the file, and, in a build, the
 * original placed where that pipeline reads originals from: the output folder, at the same public
 * path the site links to for the full-size download.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { imageMetadata } from 'astro/assets/utils';
import { contentDir } from '../config/site.ts';
import { uploadedFilePath } from '../content-model/context.ts';

/** Set by the CMS integration when a build starts (never in dev): the build's output folder. */
export const OUT_DIR_ENV = 'TRYGG_OUT_DIR';

export async function uploadedImage(publicPath: string): Promise<ImageMetadata> {
  const file = uploadedFilePath(contentDir(), publicPath);
  if (file === undefined || !existsSync(file)) throw new Error(`Uploaded image not found: ${publicPath}`);
  const meta = await imageMetadata(readFileSync(file), publicPath);
  const outDir = process.env[OUT_DIR_ENV];
  if (outDir) {
    const target = path.join(outDir, publicPath);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!existsSync(target)) copyFileSync(file, target);
  }
  return { src: publicPath, width: meta.width, height: meta.height, format: meta.format } as ImageMetadata;
}
