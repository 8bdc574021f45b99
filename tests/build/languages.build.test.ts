/**
 * Lättläst and the other languages in the built site (the shared Norrköping build, and Nyköping's,
 * which has no other languages): `lang` and `dir` from the settings, the key pages in every
 * language, `hreflang` links that are reciprocal and agree with the sitemap, translations whose
 * Swedish page exists, and the picker naming each language in itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config/site.ts';
import { htmlFor, sitePages } from '../support/dist.ts';
import { type LanguageRow, languageOfFile, languagesOf } from '../support/languages.ts';
import { sharedBuild } from '../support/shared-build.ts';

/** The pages residents need most (issue 16), each translated into every language. */
const KEY_PAGES = ['anmal-klotter', 'orolig-for-nagon', 'grannsamverkan', 'nattvandring', 'brottsforebyggande-arbete'];

let dist: string;
let languages: LanguageRow[];

beforeAll(() => {
  const build = sharedBuild();
  expect(build.code, build.output).toBe(0);
  dist = build.outDir;
  languages = languagesOf(contentDir({ SITE_CONTENT: process.env.SITE_CONTENT }));
});

function page(urlPath: string): string {
  const html = htmlFor(dist, urlPath);
  if (html === undefined) throw new Error(`${urlPath} was not built`);
  return html;
}

const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The `hreflang` links in a page's head, as `{ hreflang: path }`. */
function hreflangs(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  return new Map(
    [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
      m[1] as string,
      new URL(m[2] as string).pathname,
    ]),
  );
}

describe('languages', () => {
  it('the default content has lättläst, English, Finnish and Arabic, Arabic right to left', () => {
    expect(languages.map((l) => [l.code, l.lang, l.dir])).toEqual([
      ['lattlast', 'sv', 'ltr'],
      ['en', 'en', 'ltr'],
      ['fi', 'fi', 'ltr'],
      ['ar', 'ar', 'rtl'],
    ]);
  });

  it('every language has its start page, search page and the key pages, with its lang and dir', () => {
    for (const language of languages) {
      for (const p of ['', 'sok/', ...KEY_PAGES.map((k) => `${k}/`)]) {
        const html = page(`/${language.code}/${p}`);
        expect(html, `/${language.code}/${p}`).toContain(`<html lang="${language.lang}" dir="${language.dir}">`);
      }
    }
  });

  it('every translated page says whether the municipality has checked it and links to its Swedish page, which exists', () => {
    const translated = sitePages(dist).filter((f) => {
      const language = languageOfFile(f, languages);
      return language !== undefined && f.split('/').length === 3 && !f.endsWith('sok/index.html');
    });
    expect(translated.length).toBe(languages.length * KEY_PAGES.length);
    for (const file of translated) {
      const html = page(pathOf(file));
      const swedish = `/${file.split('/')[1]}/`;
      expect(html, file).toMatch(/data-translation-(not-)?checked/);
      expect(html, file).toMatch(new RegExp(`<a href="${swedish}" hreflang="sv"[ >]`));
      expect(htmlFor(dist, swedish), `${file}: its Swedish page ${swedish}`).toBeDefined();
    }
  });

  it('hreflang links are reciprocal, include the page itself and x-default, and lättläst is not among them', () => {
    let checked = 0;
    for (const file of sitePages(dist)) {
      const own = pathOf(file);
      const links = hreflangs(page(own));
      if (links.size === 0) continue;
      checked++;
      expect([...links.values()], own).toContain(own);
      expect(links.get('x-default'), own).toBe(links.get('sv'));
      expect(
        [...links.values()].some((p) => p.startsWith('/lattlast/')),
        own,
      ).toBe(false);
      for (const [lang, target] of links) {
        if (lang === 'x-default') continue;
        const theirs = hreflangs(page(target));
        expect(Object.fromEntries(theirs), `${own} → ${target}`).toEqual(Object.fromEntries(links));
        const language = languageOfFile(target.slice(1), languages);
        expect(page(target), target).toContain(`<html lang="${language?.lang ?? 'sv'}"`);
        expect(lang).toBe(language?.lang ?? 'sv');
      }
    }
    // The start page and the key pages, in Swedish and the three other languages.
    expect(checked).toBe((1 + KEY_PAGES.length) * 4);
  });

  it('the sitemap lists the same alternates as the pages', () => {
    const xml = page('/sitemap-0.xml');
    for (const entry of xml.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] as string).pathname;
      const inSitemap = Object.fromEntries(
        [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2] as string).pathname]),
      );
      const html = htmlFor(dist, loc);
      if (html === undefined || !loc.endsWith('/')) continue;
      expect(inSitemap, loc).toEqual(Object.fromEntries(hreflangs(html)));
    }
  });

  it('the language picker names every language in itself, with its lang and dir, on every page', () => {
    for (const file of sitePages(dist)) {
      const html = page(pathOf(file));
      const picker = /<nav class="language-picker"[^>]*>[\s\S]*?<\/nav>/.exec(html)?.[0];
      expect(picker, file).toBeDefined();
      for (const language of [{ code: '', lang: 'sv', dir: 'ltr', name: 'Svenska' }, ...languages]) {
        expect(picker, `${file}: ${language.name}`).toMatch(
          new RegExp(`<a href="[^"]+" lang="${language.lang}" dir="${language.dir}"[^>]*>${language.name}</a>`),
        );
      }
    }
  });

  it('a site without language settings has no language pages, picker or alternates (Nyköping)', () => {
    const nykoping = sharedBuild({ contentDir: 'content/nykoping' });
    expect(nykoping.code, nykoping.output).toBe(0);
    const pages = sitePages(nykoping.outDir);
    expect(pages.filter((f) => /^(en|fi|ar|lattlast)\//.test(f))).toEqual([]);
    expect(pages).not.toContain('oversattningar/index.html');
    const start = htmlFor(nykoping.outDir, '/') ?? '';
    expect(start).not.toContain('language-picker');
    expect(start).not.toContain('hreflang');
  });
});
