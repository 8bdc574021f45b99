/**
 * The security headers in netlify.toml: how rules combine, and the rules every response must meet.
 * The browser gate (tests/browser/security-headers.browser.test.ts) then serves the built site with
 * exactly these headers and watches for CSP violations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherOrigins, parsePolicy, sourcesFor, splitPolicies } from '../support/csp.ts';
import { type HeaderRule, headersForPath, loadHeaderRules } from '../support/netlify-headers.ts';

describe('header rules as Netlify applies them', () => {
  let dir: string;
  let rules: HeaderRule[];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'trygg-netlify-'));
    const toml = [
      '[[headers]]',
      '  for = "/*"',
      '  [headers.values]',
      '    X-A = "all"',
      '[[headers]]',
      '  for = "/admin/*"',
      '  [headers.values]',
      '    X-A = "admin"',
      '    X-B = "only-admin"',
      '[[headers]]',
      '  for = "/press/:slug/"',
      '  [headers.values]',
      '    X-C = "one-release"',
    ].join('\n');
    writeFileSync(path.join(dir, 'netlify.toml'), toml);
    rules = await loadHeaderRules(path.join(dir, 'netlify.toml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies a splat rule to every path, the root included', () => {
    expect(headersForPath(rules, '/')).toEqual({ 'x-a': 'all' });
    expect(headersForPath(rules, '/est/')).toEqual({ 'x-a': 'all' });
    expect(headersForPath(rules, '/_astro/x.css?v=1')).toEqual({ 'x-a': 'all' });
  });

  it('joins a header set by two matching rules, as the CDN does', () => {
    expect(headersForPath(rules, '/admin/')).toEqual({ 'x-a': 'all, admin', 'x-b': 'only-admin' });
    expect(headersForPath(rules, '/admin/config.yml')['x-b']).toBe('only-admin');
  });

  it('matches a :placeholder as one path segment', () => {
    expect(headersForPath(rules, '/press/a/')['x-c']).toBe('one-release');
    expect(headersForPath(rules, '/press/a/b/')['x-c']).toBeUndefined();
  });

  it('refuses a malformed file with a message naming it', async () => {
    const bad = path.join(dir, 'bad.toml');
    writeFileSync(bad, '[[headers]]\n  for = \n');
    await expect(loadHeaderRules(bad)).rejects.toThrow(/bad\.toml/);
  });
});

describe('the security headers in netlify.toml', () => {
  let rules: HeaderRule[];
  beforeAll(async () => {
    rules = await loadHeaderRules();
  });

  // One of each kind of response: a page, a nested page, the search page, assets, uploaded files,
  // the CMS. The browser gate covers every built page.
  const paths = ['/', '/est/', '/pressmeddelanden/x/', '/sok/', '/_astro/a.css', '/filer/a.pdf', '/admin/'];

  it.each(paths)('%s gets exactly one Content-Security-Policy', (urlPath) => {
    const csp = headersForPath(rules, urlPath)['content-security-policy'];
    expect(csp, urlPath).toBeDefined();
    expect(splitPolicies(csp as string)).toHaveLength(1);
  });

  it.each(paths)('%s: scripts only from our origin, never inline, and no other origin anywhere', (urlPath) => {
    const policy = parsePolicy(headersForPath(rules, urlPath)['content-security-policy'] as string);
    const scripts = sourcesFor(policy, 'script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    // 'unsafe-eval' is there for the CMS only; the browser gate checks that every public page's
    // own <meta> policy forbids it again.
    expect(otherOrigins(policy)).toEqual([]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it.each(paths)('%s gets HSTS, nosniff, a referrer policy, a permissions policy and no framing', (urlPath) => {
    const headers = headersForPath(rules, urlPath);
    expect(headers['strict-transport-security']).toMatch(/max-age=(\d{8,})/);
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('serves the DCAT catalogue, which has no file extension, as RDF/XML, and nothing else with that type', () => {
    expect(headersForPath(rules, '/datasets/dcat')['content-type']).toBe('application/rdf+xml; charset=utf-8');
    for (const urlPath of [...paths, '/data/', '/data/atgarder.json', '/datasets/dcat/x'])
      expect(headersForPath(rules, urlPath)['content-type'], urlPath).toBeUndefined();
  });
});

describe('the cache headers in netlify.toml', () => {
  let rules: HeaderRule[];
  beforeAll(async () => {
    rules = await loadHeaderRules();
  });
  const cache = (urlPath: string) => headersForPath(rules, urlPath)['cache-control'];

  it.each(['/', '/est/', '/sok/', '/admin/', '/pressmeddelanden/rss.xml'])(
    '%s is asked for again every time (Netlify default)',
    (urlPath) => {
      expect(cache(urlPath)).toBeUndefined();
    },
  );

  it.each([
    '/_astro/sok.astro_astro_type_script_index_0_lang.CQUn8-KN.js',
    '/_astro/BaseLayout.BmF6tz5P.css',
    '/pagefind/index/sv_d8e619d.pf_index',
    '/pagefind/fragment/sv_12ae9ba.pf_fragment',
    '/pagefind/filter/sv_82d4148.pf_filter',
    '/pagefind/pagefind.sv_fad4481d18.pf_meta',
    '/pagefind/pagefind-entry.json',
  ])('%s, named by its content or its build, is kept for a year', (urlPath) => {
    expect(cache(urlPath)).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/wasm.sv.pagefind',
    '/sok/ordlista.json',
  ])('%s, same name across builds, is kept for an hour only', (urlPath) => {
    expect(cache(urlPath)).toBe('public, max-age=3600');
  });
});
