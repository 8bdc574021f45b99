// @ts-check

import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { contentDir } from './src/config/site.ts';
import { uploadedFiles } from './src/integrations/uploaded-files.ts';

const content = contentDir();
// Pin the resolved folder for the rest of the build: prerendering runs bundled code from dist/.
process.env.CONTENT_DIR = content;
/** @type {{ siteUrl: string }} */
const settings = /** @type {any} */ (
  yaml.load(readFileSync(path.join(content, 'installningar', 'webbplats.yml'), 'utf8'))
);

export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), uploadedFiles(content)],
  security: { csp: true },
  devToolbar: { enabled: false },
});
