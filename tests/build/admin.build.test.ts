/**
 * What a build puts at /admin/: Decap's own bundle byte for byte (copied from the pinned package, not
 * rebuilt), an entry page with no inline or foreign scripts, the config generated from the content
 * model for the content folder SITE_CONTENT names, and the site's stylesheet for previews.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../src/integrations/decap-cms.ts';
import type { BuildResult } from '../support/build.ts';
import { listFiles } from '../support/dist.ts';
import { sharedBuild } from '../support/shared-build.ts';

let build: BuildResult;
const admin = (file: string) => path.join(build.outDir, 'admin', file);
const decapDist = path.dirname(createRequire(import.meta.url).resolve('decap-cms'));

beforeAll(() => {
  build = sharedBuild();
});

describe('/admin/ in the build', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it("serves Decap's own bundle and every chunk it loads, unchanged", () => {
    const chunks = listFiles(path.join(build.outDir, 'admin')).filter((f) => /decap-cms\.js$|\.wasm$/.test(f));
    expect(chunks).toContain('decap-cms.js');
    expect(chunks.length).toBeGreaterThan(10);
    for (const file of chunks) {
      expect(readFileSync(admin(file)).equals(readFileSync(path.join(decapDist, file))), file).toBe(true);
    }
  });

  it('has an entry page whose scripts are all files from our origin', () => {
    const html = readFileSync(admin('index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => /src="([^"]+)"/.exec(m[1] ?? '')?.[1])).toEqual([
      '/admin/manual-init.js',
      '/admin/netlify-identity-widget.js',
      '/admin/decap-cms.js',
      '/admin/cms.js',
    ]);
    for (const [, , body] of scripts) expect(body?.trim()).toBe('');
    expect(html).toContain('<html lang="sv">');
  });

  it('has the config generated from the content model, and the site stylesheet for previews', () => {
    const config = JSON.parse(readFileSync(admin('config.json'), 'utf8'));
    expect(config).toEqual(JSON.parse(JSON.stringify(buildCmsConfig('https://trygg.norrkoping.example', {}))));
    expect(config.locale).toBe('sv');
    expect(readFileSync(admin('preview.css'), 'utf8')).toBe(readFileSync('src/styles/global.css', 'utf8'));
    expect(readFileSync(admin('cms.js'), 'utf8')).toContain('registerPreviewTemplate');
  });
});
