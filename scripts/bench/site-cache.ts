/**
 * The content layer's cache of a content folder, as astro.config.mjs names it (`cacheDir`): the
 * benchmarks remove it before a clean build, so a "full build" never reuses the previous build's
 * parsed entries, and after their last build, so no cache of a removed corpus is left behind.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export function siteCacheDir(contentDir: string): string {
  return path.resolve('node_modules/.astro', createHash('sha256').update(contentDir).digest('hex').slice(0, 12));
}
