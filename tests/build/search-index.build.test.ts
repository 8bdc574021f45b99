/**
 * The search index a build writes: only indexable content, never drafts or embargoed entries,
 * compound parts given to Pagefind without changing the pages, the vocabulary file, and the CSP
 * the search page needs. Built from a copy of Norrköping's content with three test entries
 * (clearly test fixtures, in a temporary folder): a draft, an embargoed release and a page about
 * camera surveillance (`kameraövervakning`, a compound the seed content lacks).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPageAssets } from '../../src/search/search-page-assets.ts';
import { formsOnSite, type VocabularyFile } from '../../src/search/vocabulary.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, removeCopy, writeEntry } from '../support/content-copy.ts';
import { htmlFor, listFiles, sitePages, textOf } from '../support/dist.ts';

let content: string;
let build: BuildResult;
let dist: string;

const release = (title: string, extra: string, body: string) =>
  `---\ntitle: ${title}\nsummary: Testpost för sökindexet.\n${extra}kind: pressmeddelande\nsender: Testavsändare\n---\n\n${body}\n`;

beforeAll(() => {
  content = copyContent();
  writeEntry(
    content,
    'pressmeddelanden/test-utkast.md',
    release('Testutkast', "published: '2023-05-01'\ndraft: true\n", 'Ordet zebrafinkpolka finns bara i ett utkast.'),
  );
  writeEntry(
    content,
    'pressmeddelanden/test-embargo.md',
    release('Testembargo', "published: '2027-01-15T09:00'\n", 'Ordet kvarkmusikal finns bara i en framtida post.'),
  );
  writeEntry(
    content,
    'pressmeddelanden/test-kamera.md',
    release('Testkamera', "published: '2024-03-01'\n", 'Testtext om kameraövervakning på torget.'),
  );
  build = buildSite({ contentDir: content, buildTime: '2026-11-22T12:00:00Z' });
  dist = build.outDir;
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  removeCopy(content);
});

/** Every Pagefind file, decompressed, as one text; `plain` without the compound marks. */
function indexText(): { raw: string; plain: string } {
  const raw = listFiles(path.join(dist, 'pagefind'))
    .filter((f) => /\.pf_(fragment|index|meta|filter)$/.test(f))
    .map((f) => gunzipSync(readFileSync(path.join(dist, 'pagefind', f))).toString('utf8'))
    .join('\n');
  return { raw, plain: raw.replaceAll('^', '') };
}

/** Whether the index holds a text (a boolean, so a failure does not print the whole index). */
const holds = (text: string, part: string) => text.includes(part);

describe('the search index', () => {
  it('is written by the build, into the build output folder', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/\[search-index\] \d+ pages indexed/);
    expect(listFiles(dist)).toContain('pagefind/pagefind.js');
    expect(listFiles(dist)).toContain('sok/ordlista.json');
    // Pagefind's own UIs are not used, so not deployed.
    expect(
      listFiles(dist).filter((f) => /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)),
    ).toEqual([]);
  });

  it('holds every page with data-pagefind-body and no other (not the 404 page, not /sok/)', () => {
    const pages = sitePages(dist);
    const indexable = pages.filter((f) =>
      /<main\b[^>]*data-pagefind-body/.test(readFileSync(path.join(dist, f), 'utf8')),
    );
    expect(indexable).not.toContain('404.html');
    expect(indexable).not.toContain('sok/index.html');
    // Content pages are indexed; lists that only repeat them (press-room filter pages) are not.
    expect(indexable).toContain('est/index.html');
    expect(indexable).toContain('pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/index.html');
    expect(indexable.filter((f) => /^pressmeddelanden\/(ar|typ|amne|sida)\//.test(f))).toEqual([]);
    // One index per language (`<html lang>`): the Swedish one holds the Swedish pages.
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const swedish = indexable.filter((f) => /<html lang="sv"/.test(readFileSync(path.join(dist, f), 'utf8')));
    expect(entry.languages.sv?.page_count).toBe(swedish.length);
    expect(Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(indexable.length);
  });

  it('never holds a draft or an embargoed entry (they are not built at all)', () => {
    expect(htmlFor(dist, '/pressmeddelanden/test-utkast/')).toBeUndefined();
    expect(htmlFor(dist, '/pressmeddelanden/test-embargo/')).toBeUndefined();
    const { plain } = indexText();
    expect(holds(plain, 'Testkamera')).toBe(true);
    expect(holds(plain, 'zebrafinkpolka')).toBe(false);
    expect(holds(plain, 'kvarkmusikal')).toBe(false);
    const vocabulary = readFileSync(path.join(dist, 'sok/ordlista.json'), 'utf8');
    expect(vocabulary).not.toContain('zebrafinkpolka');
    expect(vocabulary).not.toContain('kvarkmusikal');
  });

  it('leaves page chrome and the warning banner out', () => {
    const { plain } = indexText();
    expect(holds(plain, 'Samverkan för ett tryggt Norrköping')).toBe(true);
    expect(holds(plain, 'Till huvudinnehållet')).toBe(false);
    expect(holds(plain, 'Högt vattenflöde')).toBe(false);
  });

  it('gives compound parts to Pagefind, and only to Pagefind: pages on disk are unchanged', () => {
    const { raw } = indexText();
    expect(holds(raw, 'kamera^övervakning')).toBe(true);
    expect(holds(raw, 'rott^s^förebyggande')).toBe(true);
    expect(htmlFor(dist, '/pressmeddelanden/test-kamera/')).toContain('kameraövervakning');
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(/\p{L}\^\p{L}/u);
    }
  });

  it('has type, year, date and summary for filters, sorting and results', () => {
    const html = htmlFor(dist, '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/') ?? '';
    expect(html).toContain('<span hidden data-pagefind-filter="typ:Pressmeddelande"></span>');
    expect(html).toContain('<span hidden data-pagefind-filter="år:2023"></span>');
    expect(html).toContain('<span hidden data-pagefind-sort="datum:2023-12-01"></span>');
    const { plain } = indexText();
    for (const value of ['Pressmeddelande', 'Medborgarlöfte', 'Dokument', 'Sida', '2023', '2024']) {
      expect(holds(plain, value), value).toBe(true);
    }
  });

  it('writes the vocabulary with words and compound parts, most frequent first', () => {
    const { words } = JSON.parse(readFileSync(path.join(dist, 'sok/ordlista.json'), 'utf8')) as { words: string[] };
    expect(words).toContain('klotter');
    expect(words).toContain('övervakning');
    expect(words).toContain('brottsförebyggande');
    expect(words.indexOf('och')).toBeLessThan(words.indexOf('klotter'));
  });

  it("indexes editors' synonyms and search words as metadata, never as text of the page", () => {
    expect(build.output).toMatch(/\d+ synonyms added/);
    const { plain } = indexText();
    // installningar/sok.yml: graffiti and tagg mean klotter, in the title of "Anmäl klotter".
    expect(holds(plain, '"rubriksynonymer":"graffiti, tagg"')).toBe(true);
    // The page's own search words (searchWords: polisanmälan).
    expect(holds(plain, '"sokord":"polisanmälan"')).toBe(true);
    const text = textOf(htmlFor(dist, '/anmal-klotter/') ?? '');
    expect(text).toContain('Anmäl klotter');
    for (const word of ['graffiti', 'tagg', 'polisanmälan']) expect(text, word).not.toContain(word);
  });

  it('ships the inflected forms the stemmer does not match, each pointing to the site word', () => {
    const { forms } = JSON.parse(readFileSync(path.join(dist, 'sok/ordlista.json'), 'utf8')) as {
      forms: Record<string, string>;
    };
    // Snowball leaves `museet` whole; `klottrets` is `klottret`, which does not start `klotter` (`klott`).
    expect(forms.museet).toBe('museum');
    expect(forms.klottrets).toBe('klotter');
    // `polisens` is `polis`, like `polis`: Pagefind finds it by itself.
    expect(forms.polisens).toBeUndefined();
  });

  it('tells the search page which exact words still need the vocabulary: the forms that are site words', () => {
    const file = JSON.parse(readFileSync(path.join(dist, 'sok/ordlista.json'), 'utf8')) as VocabularyFile;
    const written = /data-forms-on-site="([^"]*)"/.exec(htmlFor(dist, '/sok/') ?? '')?.[1];
    expect(written?.split(' ')).toEqual(formsOnSite(file));
    // `klottret` is on the site and is searched as `klotter` (see above).
    expect(written?.split(' ')).toContain('klottret');
    expect(written?.split(' ')).not.toContain('klotter');
  });

  it("finds the search page's own script and styles in its HTML, for the header search to fetch on focus", () => {
    const html = htmlFor(dist, '/sok/') ?? '';
    const assets = searchPageAssets(html);
    const linked = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    expect(assets).toEqual([...new Set(linked)]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  });

  it("lets only the search pages run WebAssembly ('wasm-unsafe-eval' in their CSP, nowhere else)", () => {
    const csp = (html: string) => /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    // The Swedish search page and each language's (`en/sok/`).
    const searchPage = (file: string) => /^([a-z]+\/)?sok\/index\.html$/.test(file);
    expect(csp(htmlFor(dist, '/sok/') ?? '')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp(htmlFor(dist, '/en/sok/') ?? '')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html') && !searchPage(f))) {
      expect(csp(readFileSync(path.join(dist, file), 'utf8')), file).not.toContain('wasm-unsafe-eval');
    }
  });
});
