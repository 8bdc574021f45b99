/**
 * Netlify keeps Astro's cache folder between builds through the local build plugin in
 * netlify/plugins/astro-cache, registered in netlify.toml: the plugin saves the folder that holds
 * the `cacheDir` astro.config.mjs gives every content folder, and restores it before the build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as plugin from '../../netlify/plugins/astro-cache/index.js';
import { siteCacheDir } from '../../src/config/site.ts';

describe('the Netlify build-cache plugin', () => {
  it('is registered in netlify.toml', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(toml).toMatch(/^\[\[plugins\]\]\n\s+package = "\.\/netlify\/plugins\/astro-cache"$/m);
    expect(readFileSync('netlify/plugins/astro-cache/manifest.yml', 'utf8')).toMatch(/^name: astro-cache$/m);
  });

  it('restores before and saves after the build the folder that holds Astro’s cacheDir', async () => {
    expect(path.dirname(siteCacheDir(path.resolve('content/norrkoping')))).toBe(path.resolve(plugin.CACHE_FOLDER));
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain('cacheDir: siteCacheDir(content),');
    const calls: string[] = [];
    const utils = {
      cache: {
        restore: async (p: string) => calls.push(`restore ${p}`) > 0,
        save: async (p: string) => calls.push(`save ${p}`) > 0,
      },
    };
    await plugin.onPreBuild({ utils });
    await plugin.onPostBuild({ utils });
    expect(calls).toEqual([`restore ${plugin.CACHE_FOLDER}`, `save ${plugin.CACHE_FOLDER}`]);
  });
});
