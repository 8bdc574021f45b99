/**
 * Puts the CMS at `/admin/`: Decap's own prebuilt bundle (`decap-cms/dist/decap-cms.js` and the
 * chunks it loads lazily, copied as they are, never bundled through Vite), the entry page and
 * scripts from `admin/`, the config generated from the content model, and the site's stylesheet
 * for previews. Written into `dist/admin/` after a build; the dev server serves the same files.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { localBackendUrl, PRODUCTION_BACKEND } from '../config/cms-backend.ts';
import { contentDir, ROOT_DIR, siteContentName } from '../config/site.ts';
import { type CmsConfig, cmsConfig } from '../content-model/to-decap.ts';
import { OUT_DIR_ENV } from '../data/uploaded-images.ts';
import { ADMIN_PATH } from '../lib/urls.ts';

const ADMIN_SOURCE = path.join(ROOT_DIR, 'admin');
const require = createRequire(import.meta.url);
const DECAP_DIST = path.dirname(require.resolve('decap-cms'));
const IDENTITY_WIDGET = path.join(
  path.dirname(require.resolve('netlify-identity-widget/package.json')),
  'build',
  'netlify-identity-widget.js',
);

/** Files of Decap's dist folder the browser needs: the bundle, its lazy chunks, WebAssembly, licence. */
export function isDecapRuntimeFile(name: string): boolean {
  return /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt';
}

/**
 * The name under `content/` of the folder this build uses: from `CONTENT_DIR` when it points
 * inside `content/` (as the tests and astro.config.mjs set it), else the `SITE_CONTENT` setting.
 */
export function cmsContentFolder(env: Record<string, string | undefined> = process.env): string {
  const relative = path.relative(path.join(ROOT_DIR, 'content'), contentDir(env));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : siteContentName(env);
}

/** The generated CMS config for the build's content folder. */
export function buildCmsConfig(siteUrl: string, env: Record<string, string | undefined> = process.env): CmsConfig {
  return cmsConfig({
    siteContent: cmsContentFolder(env),
    siteUrl,
    backend: PRODUCTION_BACKEND,
    localBackendUrl: localBackendUrl(),
  });
}

/** Writes everything `/admin/` serves into `outDir`. */
export async function writeAdmin(outDir: string, config: CmsConfig): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(DECAP_DIST).filter(isDecapRuntimeFile)) {
    copyFileSync(path.join(DECAP_DIST, name), path.join(outDir, name));
  }
  for (const name of ['index.html', 'manual-init.js']) {
    copyFileSync(path.join(ADMIN_SOURCE, name), path.join(outDir, name));
  }
  copyFileSync(IDENTITY_WIDGET, path.join(outDir, 'netlify-identity-widget.js'));
  copyFileSync(path.join(ROOT_DIR, 'src', 'styles', 'global.css'), path.join(outDir, 'preview.css'));
  writeFileSync(path.join(outDir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  await build({
    entryPoints: [path.join(ADMIN_SOURCE, 'main.ts')],
    outfile: path.join(outDir, 'cms.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function decapCms(siteUrl: string): AstroIntegration {
  let outDir = '';
  return {
    name: 'decap-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Uploaded images are optimised from the output folder (see src/data/uploaded-images.ts).
        process.env[OUT_DIR_ENV] = outDir;
      },
      'astro:server:setup': async ({ server }) => {
        const devDir = path.join(ROOT_DIR, 'node_modules', '.astro', 'admin-dev');
        await writeAdmin(devDir, buildCmsConfig(siteUrl));
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0] ?? '';
          if (url === ADMIN_PATH.slice(0, -1)) {
            res.statusCode = 301;
            res.setHeader('Location', ADMIN_PATH);
            res.end();
            return;
          }
          if (!url.startsWith(ADMIN_PATH)) return next();
          const name = url.slice(ADMIN_PATH.length) || 'index.html';
          const file = path.join(devDir, name);
          if (name.includes('/') || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await writeAdmin(path.join(fileURLToPath(dir), 'admin'), buildCmsConfig(siteUrl));
      },
    },
  };
}
