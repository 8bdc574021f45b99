/**
 * The search index's per-page cache (src/search/index-cache.ts) and the index tag stamped into
 * pages after a build (src/search/index-tag.ts): an unchanged page's work is reused, a changed
 * page or changed synonyms are worked out again, and an index built with the cache is the same,
 * file for file, as one built without it. Real Pagefind and dictionary-sv on a two-page site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { TAG_ATTRIBUTE, UNSTAMPED_SEARCH_INDEX_TAG } from '../../src/search/engine-files.ts';
import { type PageIndexWork, SearchIndexCache } from '../../src/search/index-cache.ts';
import { searchIndexTagOf, stampSearchIndexTag, UnstampedTagLocations } from '../../src/search/index-tag.ts';
import { listFiles } from '../support/dist.ts';

const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `trygg-${name}-`));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const page = (title: string, text: string) =>
  `<!doctype html><html lang="sv"><head><title>${title}</title></head><body>` +
  `<form ${TAG_ATTRIBUTE}="${UNSTAMPED_SEARCH_INDEX_TAG}"></form>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function writeSite(dir: string, pages: Record<string, string>): void {
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
}

/** Every file of the built index and vocabulary, by name. */
function output(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir)
      .filter((f) => f.startsWith('pagefind/') || f === 'sok/ordlista.json')
      .map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]),
  );
}

describe('SearchIndexCache', () => {
  const work = (html: string): PageIndexWork => ({
    html: `${html}!`,
    words: [['ord', 1]],
    compoundsMarked: 0,
    synonymsAdded: 0,
  });

  it('reuses a page’s work for the same page and context, and redoes it when either changes', () => {
    const dir = tempDir('index-cache');
    let computed = 0;
    const compute = (html: string) => () => {
      computed++;
      return work(html);
    };
    new SearchIndexCache(dir, 'synonyms A').page('<p>a</p>', compute('<p>a</p>'));
    expect(computed).toBe(1);
    const again = new SearchIndexCache(dir, 'synonyms A');
    expect(again.page('<p>a</p>', compute('<p>a</p>'))).toEqual(work('<p>a</p>'));
    expect([computed, again.hits]).toEqual([1, 1]);
    again.page('<p>b</p>', compute('<p>b</p>'));
    expect(computed).toBe(2);
    new SearchIndexCache(dir, 'synonyms B').page('<p>a</p>', compute('<p>a</p>'));
    expect(computed).toBe(3);
  });

  it('removes the entries a build did not use', () => {
    const dir = tempDir('index-cache');
    new SearchIndexCache(dir, '').page('<p>a</p>', () => work('a'));
    const next = new SearchIndexCache(dir, '');
    next.page('<p>b</p>', () => work('b'));
    expect(next.prune()).toBe(1);
    const third = new SearchIndexCache(dir, '');
    third.page('<p>b</p>', () => work('b'));
    expect(third.hits).toBe(1);
  });
});

describe('buildSearchIndex with a cache', () => {
  it('writes the same index as without one, reusing the work of unchanged pages', async () => {
    const pages = {
      'a/index.html': page('Klotter', 'Anmäl klottersanering och brottsförebyggande arbete.'),
      'b/index.html': page('Grannsamverkan', 'Trygghetsvandringar i bostadsområdet.'),
    };
    const cache = tempDir('index-cache');
    const cached = tempDir('site');
    writeSite(cached, pages);
    expect((await buildSearchIndex(cached, cache)).cachedPages).toBe(0);
    const again = tempDir('site');
    writeSite(again, pages);
    // Both pages and the vocabulary's forms.
    expect((await buildSearchIndex(again, cache)).cachedPages).toBe(3);
    expect(output(again)).toEqual(output(cached));

    const changed = { ...pages, 'b/index.html': page('Grannsamverkan', 'Nattvandring i bostadsområdet.') };
    const incremental = tempDir('site');
    writeSite(incremental, changed);
    expect((await buildSearchIndex(incremental, cache)).cachedPages).toBe(1);
    const clean = tempDir('site');
    writeSite(clean, changed);
    await buildSearchIndex(clean);
    expect(output(incremental)).toEqual(output(clean));
    expect(readFileSync(path.join(incremental, 'sok/ordlista.json'), 'utf8')).toContain('nattvandring');
  }, 60_000);

  it('stamps a digest of the index into every page, the same for the same index', async () => {
    const site = tempDir('site');
    writeSite(site, { 'index.html': page('Start', 'Trygghet i kommunen.') });
    await buildSearchIndex(site);
    const tag = searchIndexTagOf(site);
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(stampSearchIndexTag(site, tag)).toEqual({ pages: 1, inPlace: 0 });
    const html = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(html).toContain(`${TAG_ATTRIBUTE}="${tag}"`);
    expect(html).not.toContain(UNSTAMPED_SEARCH_INDEX_TAG);
    const other = tempDir('site');
    writeSite(other, { 'index.html': page('Start', 'Trygghet i kommunen.') });
    await buildSearchIndex(other);
    expect(searchIndexTagOf(other)).toBe(tag);
  }, 60_000);

  it('stamps the pages it located in place, and reads again a page changed since', async () => {
    const pages = {
      'index.html': page('Start', 'Trygghet i kommunen – ”citat” & mer.'),
      'a/index.html': page('Åtgärder', 'Nattvandring.'),
      'b/index.html': page('Bygglov', 'Ingenting.'),
    };
    const located = tempDir('site');
    writeSite(located, pages);
    // A page an earlier build left in the output folder carries that build's tag; its per-page
    // work and index are those of the page as rendered, and it gets this index's tag.
    const earlier = (pages['a/index.html'] as string).replace(UNSTAMPED_SEARCH_INDEX_TAG, '0123456789ab');
    expect(earlier).not.toBe(pages['a/index.html']);
    writeSite(located, { 'a/index.html': earlier });
    const locations = new UnstampedTagLocations();
    await buildSearchIndex(located, undefined, locations);
    const rewritten = tempDir('site');
    writeSite(rewritten, pages);
    await buildSearchIndex(rewritten);
    // A page rewritten after the index read it: its placeholder is no longer where it was.
    for (const site of [located, rewritten]) {
      const file = path.join(site, 'b/index.html');
      writeFileSync(file, `<!-- moved -->${readFileSync(file, 'utf8')}`);
    }
    const tag = searchIndexTagOf(located);
    expect(locations.get('b/index.html')?.offsets.length).toBe(1);
    expect(locations.get('a/index.html')?.found.map(String)).toEqual(['0123456789ab']);
    expect(stampSearchIndexTag(located, tag, locations)).toEqual({ pages: 3, inPlace: 2 });
    expect(stampSearchIndexTag(rewritten, tag)).toEqual({ pages: 3, inPlace: 0 });
    expect(output(located)).toEqual(output(rewritten));
    for (const file of Object.keys(pages)) {
      const html = readFileSync(path.join(located, file), 'utf8');
      expect(html).toBe(readFileSync(path.join(rewritten, file), 'utf8'));
      expect(html).toContain(`${TAG_ATTRIBUTE}="${tag}"`);
      expect(html).not.toContain(UNSTAMPED_SEARCH_INDEX_TAG);
    }
  }, 60_000);
});
