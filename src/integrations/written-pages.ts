/**
 * Keeps the sitemap to pages the build really wrote. A page may decline to be written (the award
 * page returns an empty response when a municipality has no award), but the sitemap integration
 * lists every static route; its `filter` gets `writtenPages().filter`.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export function writtenPages(): { integration: AstroIntegration; filter: (url: string) => boolean } {
  let outDir: URL | undefined;
  return {
    integration: {
      name: 'written-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    filter: (url) => {
      if (outDir === undefined) return true;
      const pathname = new URL(url).pathname;
      const file = pathname.endsWith('/') ? `.${pathname}index.html` : `.${pathname}`;
      return existsSync(new URL(file, outDir));
    },
  };
}
