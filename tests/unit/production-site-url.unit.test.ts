/**
 * A production build (Netlify's `CONTEXT=production`) refuses the placeholder site address the
 * content folders ship with; other builds (previews, local, tests) accept it.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeholderSiteUrlProblem } from '../../src/config/site-url.ts';
import { copyContent, editEntry, removeCopy } from '../support/content-copy.ts';

describe('placeholderSiteUrlProblem', () => {
  it('refuses reserved example and test names, bare hosts and IP addresses', () => {
    for (const url of [
      'https://trygg.norrkoping.example',
      'https://trygg.nykoping.example/',
      'https://example.com',
      'https://www.example.org',
      'http://localhost:4321',
      'https://site.test',
      'https://127.0.0.1',
      'inte en adress',
    ]) {
      expect(placeholderSiteUrlProblem(url), url).toBeDefined();
    }
  });
  it('accepts a real address', () => {
    expect(placeholderSiteUrlProblem('https://trygg.exempelby.se')).toBeUndefined();
    expect(placeholderSiteUrlProblem('https://www.kommun.se/trygghet/')).toBeUndefined();
  });
});

/** `npm run validate` (the first step of `npm run build`) on a content folder, with the given CONTEXT. */
function validate(contentDir: string, context: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' };
  if (context === undefined) delete env.CONTEXT;
  else env.CONTEXT = context;
  const result = spawnSync('npm', ['run', '--silent', 'validate'], { env, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run validate with CONTEXT=production', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyContent();
  });
  afterEach(() => removeCopy(dir));

  it('fails on the placeholder address, naming the file and the field; passes for previews', () => {
    const production = validate(dir, 'production');
    expect(production.code).toBe(1);
    expect(production.output).toContain(
      'installningar/webbplats.yml: field "siteUrl" (Webbadress): "https://trygg.norrkoping.example" is a placeholder address',
    );
    expect(validate(dir, 'deploy-preview').code).toBe(0);
    expect(validate(dir, undefined).code).toBe(0);
  }, 60_000);

  it('passes once the real address is set', () => {
    editEntry(dir, 'installningar/webbplats.yml', (x) => Object.assign(x, { siteUrl: 'https://trygg.exempelby.se' }));
    const production = validate(dir, 'production');
    expect(production.output).toContain('is valid for a production build');
    expect(production.code).toBe(0);
  }, 60_000);
});
