// @ts-check

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { contentDir } from './src/config/site.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { uploadedFiles } from './src/integrations/uploaded-files.ts';
import { writtenPages } from './src/integrations/written-pages.ts';

const content = contentDir();
// Pin the resolved folder for the rest of the build: prerendering runs bundled code from dist/.
process.env.CONTENT_DIR = content;
/** @type {{ siteUrl: string }} */
const settings = /** @type {any} */ (
  yaml.load(readFileSync(path.join(content, 'installningar', 'webbplats.yml'), 'utf8'))
);

const written = writtenPages();

export default defineConfig({
  // One cache per content folder, so builds of different municipalities (or test copies) never
  // share the content layer's data store.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(content).digest('hex').slice(0, 12)}`,
  site: settings.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    written.integration,
    sitemap({ filter: written.filter }),
    uploadedFiles(content),
    decapCms(settings.siteUrl),
    searchIndex(),
  ],
  security: { csp: true },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
