/**
 * Gate: untrusted content is neutralised. A copy of the content has hostile payloads in every text
 * field of every content type and settings file, and in every Markdown and MDX body
 * (tests/support/payloads.ts). The real build refuses the MDX ones with an error naming file and
 * field. Built without the validator in front (as if it were skipped), the site must still be
 * inert: no payload may run in Chromium on any page, and no dangerous markup or URL may survive
 * anywhere in dist/. Both layers are checked, so neither can quietly go.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../../src/content-model/index.ts';
import { validateContentDir } from '../../src/content-model/validate.ts';
import { sanitizeContentTree } from '../../src/markdown/sanitize-content.ts';
import { launchOptions } from '../support/browser.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, removeCopy } from '../support/content-copy.ts';
import { CRAWL_CONCURRENCY, mapConcurrently, pagesToVisit } from '../support/crawl.ts';
import { dangerousMarkup } from '../support/dangerous-markup.ts';
import { listFiles } from '../support/dist.ts';
import { MARKDOWN_PAYLOADS, MDX_PAYLOADS, poisonContent, TEXT_PAYLOADS } from '../support/payloads.ts';
import { type StaticServer, serveStatic } from '../support/serve.ts';
import { openTab, type Tab, visit } from '../support/visit.ts';

let content: string;
let filled: string[];
let validated: BuildResult;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  content = copyContent();
  filled = poisonContent(content);
  validated = buildSite({ contentDir: content, buildTime: '2026-11-22T12:00:00Z' });
  build = buildSite({ contentDir: content, buildTime: '2026-11-22T12:00:00Z', validate: false });
  if (build.code !== 0) throw new Error(`astro build refused the payloads:\n${build.output}`);
  server = await serveStatic(build.outDir);
  browser = await chromium.launch(launchOptions());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (build) rmSync(build.outDir, { recursive: true, force: true });
  if (validated) rmSync(validated.outDir, { recursive: true, force: true });
  removeCopy(content);
});

/** What every payload sets if it ever runs; the dist/ scan looks for it in scripts and styles. */
const MARKER = '__pwned';

/** Problems in one published file: HTML as a document, HTML inside JSON feeds, XML as markup. */
function problemsIn(file: string, text: string): string[] {
  if (file.endsWith('.json')) {
    const found: string[] = [];
    const walk = (value: unknown, key: string) => {
      if (typeof value === 'string' && /html/i.test(key)) found.push(...dangerousMarkup(value, MARKER));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, Array.isArray(value) ? key : k);
    };
    walk(JSON.parse(text), '');
    return found;
  }
  if (file.endsWith('.xml')) {
    // In RSS, <description> and <content:encoded> hold HTML (escaped, or in CDATA) that feed
    // readers render: each is decoded and scanned as HTML. Titles are plain text.
    const found: string[] = [];
    for (const m of text.matchAll(/<(description|content:encoded)>([\s\S]*?)<\/\1>/g)) {
      const inner = m[2] ?? '';
      const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(inner);
      const html = cdata
        ? (cdata[1] ?? '')
        : inner
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, '&');
      found.push(...dangerousMarkup(html, MARKER).map((problem) => `<${m[1]}>: ${problem}`));
    }
    return [...found, ...dangerousMarkup(text, MARKER)];
  }
  return dangerousMarkup(text, MARKER);
}

describe('untrusted content gate', () => {
  it('puts payloads in every text field of every type and in every body', () => {
    expect(filled.length).toBeGreaterThan(50);
    // Every collection and settings file is represented.
    const folders = new Set(filled.map((f) => f.split('/')[0]));
    expect([...folders].sort()).toEqual(
      [
        'atgarder',
        'dokument',
        'fem-i-tolv',
        'installningar',
        'kontakter',
        'medborgarloften',
        'oversattningar',
        'pressmeddelanden',
        'sidor',
        'varningar',
      ].sort(),
    );
    expect(filled.filter((f) => f.endsWith(': body')).length).toBeGreaterThan(5);
    console.info(`untrusted content gate: ${filled.length} fields and bodies poisoned`);
  });

  it('npm run build refuses the MDX payloads, naming every page and its body field', () => {
    expect(validated.code).not.toBe(0);
    expect(validated.output).toMatch(/field "body" \(.+\): <iframe> is not allowed/);
    // The validator's own list, in full (the build prints only the first problems).
    const errors = validateContentDir(content).map((e) => `${e.file}: field "${e.field}" (${e.label}): ${e.message}`);
    const bodies = filled
      .filter((f) => f.startsWith(`${pages.name}/`) && f.endsWith(': body'))
      .map((f) => f.split(':')[0]);
    expect(bodies.length).toBeGreaterThan(5);
    for (const page of bodies) {
      expect(errors.join('\n')).toContain(`${page}: field "body" (${pages.body.label}): <iframe> is not allowed`);
    }
  });

  it('npm run build refuses the Markdown payloads too, with the line of what the sanitiser would remove', () => {
    const errors = validateContentDir(content).map((e) => `${e.file}: field "${e.field}": ${e.message}`);
    const bodies = filled
      .filter((f) => f.endsWith(': body') && f.split(':')[0]?.endsWith('.md'))
      .map((f) => f.split(':')[0]);
    expect(bodies.length).toBeGreaterThan(3);
    for (const file of bodies) {
      const found = errors.find((e) => e.includes(`${file}: field "body": `));
      expect(found, file).toMatch(/would be removed from the published page \(line \d+ of the file\)/);
    }
  });

  it('leaves no dangerous markup or URL anywhere in dist/', () => {
    const failures: string[] = [];
    const files = listFiles(build.outDir).filter((f) => /\.(html|xml|json|svg)$/.test(f));
    for (const file of files) {
      for (const problem of problemsIn(file, readFileSync(path.join(build.outDir, file), 'utf8'))) {
        failures.push(`${file}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    console.info(`untrusted content gate: ${files.length} published files scanned, nothing dangerous`);
  });

  it('keeps the content that is not an attack: text, and the components editors may use', () => {
    const page = readFileSync(path.join(build.outDir, 'anmal-klotter', 'index.html'), 'utf8');
    expect(page).toContain('Faktarutan finns kvar.');
    expect(page).toMatch(/<a class="phone" href="tel:\+4611150000" dir="ltr">011-15 00 00<\/a>/);
    expect(page).toContain('X4 länk');
    // A Markdown body: the link text stays, the javascript: link goes.
    const release = readFileSync(
      path.join(build.outDir, 'pressmeddelanden', 'samverkan-for-ett-tryggt-norrkoping', 'index.html'),
      'utf8',
    );
    expect(release).toContain('<a>M4 länk</a>');
    expect(release).toContain('<img src="x" alt="M2">');
  });

  it('runs no payload on any page in Chromium', async () => {
    const failures: string[] = [];
    // One tab per lane of the crawl, loading its pages one after another (visit.ts, openTab).
    const tabs: Tab[] = [];
    const current: string[] = [];
    try {
      await mapConcurrently(pagesToVisit(build.outDir), CRAWL_CONCURRENCY, async (urlPath, lane) => {
        if (!tabs[lane]) {
          // The CSP is bypassed on purpose: the sanitiser must hold on its own, not only behind the CSP.
          const tab = await openTab(browser, server.url, { bypassCSP: true });
          tab.page.on('dialog', (dialog) => {
            failures.push(`${current[lane]}: a dialog opened: ${dialog.message()}`);
            void dialog.dismiss();
          });
          tabs[lane] = tab;
        }
        const { page } = tabs[lane];
        current[lane] = urlPath;
        await tabs[lane].load(server.url + urlPath);
        // Open every <details> so ontoggle handlers would fire, and follow nothing.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        await page.waitForTimeout(100);
        const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);
        if (pwned) failures.push(`${urlPath}: payload ${pwned} ran`);
      });
    } finally {
      for (const tab of tabs) await tab?.close();
    }
    expect(failures).toEqual([]);
  });

  it('would notice a payload that survived (the gate can fail)', async () => {
    // The same scan on the payloads as they would be without the sanitiser: each one is caught.
    for (const payload of MARKDOWN_PAYLOADS.filter((p) => p.text.startsWith('<'))) {
      expect(dangerousMarkup(`<!doctype html><p>${payload.text}</p>`, MARKER), payload.id).not.toEqual([]);
    }
    const { page, close } = await visit(browser, `${server.url}/`, { bypassCSP: true });
    await page.evaluate((html) => {
      document.body.insertAdjacentHTML('beforeend', html);
    }, '<img src="x" onerror="window.__pwned=\'probe\'">');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBe('probe');
    await close();
  });
});

describe('the sanitiser on its own', () => {
  it('drops MDX expressions, imports and exports, and keeps only the allowed components', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxjsEsm', value: 'export const x = 1' },
        { type: 'mdxFlowExpression', value: 'alert(1)' },
        {
          type: 'mdxJsxFlowElement',
          name: 'FactBox',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'title', value: 'Bra att veta' },
            { type: 'mdxJsxAttribute', name: 'onClick', value: 'alert(1)' },
          ],
          children: [{ type: 'text', value: 'kvar' }],
        },
        { type: 'mdxJsxFlowElement', name: 'Evil', attributes: [], children: [{ type: 'text', value: 'text stays' }] },
      ],
    };
    // biome-ignore lint/suspicious/noExplicitAny: a hand-made MDX tree, as the MDX compiler hands it over.
    const clean = sanitizeContentTree(tree as any) as any;
    expect(clean.children.map((c: { type: string }) => c.type)).toEqual(['mdxJsxFlowElement', 'text']);
    expect(clean.children[0].attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'title', value: 'Bra att veta' }]);
    expect(clean.children[1].value).toBe('text stays');
  });

  it('covers every payload in the catalogue with an id', () => {
    const ids = [...TEXT_PAYLOADS, ...MARKDOWN_PAYLOADS, ...MDX_PAYLOADS].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
