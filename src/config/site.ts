/**
 * Which municipality a build is for. Everything municipality-specific lives in
 * `content/<SITE_CONTENT>/`; the code names no municipality. Read by `astro.config.mjs`,
 * the content collections, the content validator and (later) the CMS config generator.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The content folder a build uses when `SITE_CONTENT` is not set. The one place in `src/` that
 * names a municipality (tests/unit/no-municipality-names.unit.test.ts allows this line only).
 */
export const DEFAULT_SITE_CONTENT = 'norrkoping';

/** Name of the content folder under `content/` (e.g. `exempelby`). */
export function siteContentName(env: Record<string, string | undefined> = process.env): string {
  const name = env.SITE_CONTENT || DEFAULT_SITE_CONTENT;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`SITE_CONTENT must be a folder name like "exempelby", got "${name}"`);
  return name;
}

/**
 * Absolute path of the content folder. `CONTENT_DIR` (an absolute path) overrides it, which the
 * tests use to build from a temporary copy.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR || path.join(ROOT_DIR, 'content', siteContentName(env));
  if (!existsSync(dir)) throw new Error(`Content folder not found: ${dir}`);
  return dir;
}

/**
 * The folder of every content folder's cache (`siteCacheDir`), which Netlify keeps. What does not
 * depend on the content is kept here once for all of them: Pagefind's WebAssembly packed with
 * Zopfli (`zopfli-aside.ts`), named by a digest of the file it packs, so a clean build of any
 * content folder finds it once one build on the machine has made it.
 */
export const CACHE_ROOT = path.join(ROOT_DIR, 'node_modules', '.astro');

/**
 * Astro's `cacheDir` for a content folder (astro.config.mjs): one per folder, so builds of different
 * municipalities (or of test copies) never share the content layer's data store, the incremental
 * build's pages or the search index's and the validator's kept work. Netlify keeps the parent
 * folder between builds (netlify/plugins/astro-cache).
 */
export function siteCacheDir(content: string): string {
  return path.join(CACHE_ROOT, createHash('sha256').update(content).digest('hex').slice(0, 12));
}
