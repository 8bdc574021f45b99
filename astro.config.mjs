// @ts-check

import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDir, siteCacheDir } from './src/config/site.ts';
import { isProductionBuild, placeholderSiteUrlProblem } from './src/config/site-url.ts';
import { readYaml } from './src/content-model/read-yaml.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapLanguageOptions } from './src/integrations/sitemap-languages.ts';
import { uploadedFiles } from './src/integrations/uploaded-files.ts';
import { writtenPages } from './src/integrations/written-pages.ts';
import { siteMarkdownProcessor } from './src/markdown/site-processor.ts';

const content = contentDir();
// Pin the resolved folder for the rest of the build: prerendering runs bundled code from dist/.
process.env.CONTENT_DIR = content;
/** @type {{ siteUrl: string }} */
const settings = /** @type {any} */ (
  readYaml(readFileSync(path.join(content, 'installningar', 'webbplats.yml'), 'utf8'))
);
// `npm run build` refuses this in its validation step already; this covers `astro build` run alone.
const placeholder = isProductionBuild() ? placeholderSiteUrlProblem(settings.siteUrl) : undefined;
if (placeholder) throw new Error(`installningar/webbplats.yml: field "siteUrl" (Webbadress): ${placeholder}`);

const written = writtenPages();
// The last build's unchanged pages stay in the output folder (instead of Astro emptying it and
// copying them back from `cacheDir`); `first` removes pages no longer built before the sitemap and
// the search index look at the folder, `last` records the pages after the index tag is stamped.
const kept = keptOutput();

export default defineConfig({
  // One cache per content folder (src/config/site.ts), so builds of different municipalities (or
  // test copies) never share the content layer's data store or the incremental build's pages.
  cacheDir: siteCacheDir(content),
  site: settings.siteUrl,
  trailingSlash: 'always',
  // Four pages rendered at a time: one at a time, the build's main thread waited for every page's
  // folder and file to be written (40 % of page generation idle in a profile); with four, one
  // page renders while others are written (page generation 4.7–6.1 s → 2.7–3.6 s at 1,000 entries,
  // docs/benchmarks.md). The pages are the same byte for byte.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    mdx(),
    kept.first,
    written.integration,
    sitemap({ filter: written.filter, ...sitemapLanguageOptions(content, settings.siteUrl) }),
    uploadedFiles(content),
    decapCms(settings.siteUrl),
    searchIndex(),
    kept.last,
  ],
  // Every built page gets a CSP <meta> with hashes of Astro's inline scripts and styles. The
  // directives make it the strict policy for public pages, on top of the header policy in
  // netlify.toml (which the CMS at /admin/ also has to live with). Directives a <meta> cannot carry
  // (frame-ancestors, sandbox, report-*) are in netlify.toml only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "media-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Only 'self': the search page adds 'wasm-unsafe-eval' for Pagefind's WebAssembly itself
      // (Astro.csp in src/pages/sok.astro), so no other page may compile WebAssembly.
      scriptDirective: { resources: ["'self'"] },
    },
  },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    // Remark/rehype with the sanitiser, no smart punctuation (src/markdown/site-processor.ts).
    processor: siteMarkdownProcessor(),
  },
  // Scripts (and assets) are always files, never inlined: netlify.toml's header CSP, which applies
  // on top of Astro's <meta>, cannot list per-page hashes, so an inline script would be blocked.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose `getStaticPaths()` gives a `cacheKey` (src/data/cache-keys.ts: press releases,
    // pages, press room lists) are copied from the previous build's output in `cacheDir` while
    // their key and template code are unchanged; the search index reuses its per-page work from
    // the same folder (src/search/index-cache.ts). Without the folder the build is a clean one.
    incrementalBuild: true,
  },
});
