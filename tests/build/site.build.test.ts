/**
 * Builds the real site once (Norrköping's content, clock pinned) and checks the result: every
 * route of the URL map, every seed fact on a page, the page furniture, and zero JavaScript.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config/site.ts';
import { formatFileSize } from '../../src/lib/format-file-size.ts';
import type { BuildResult } from '../support/build.ts';
import { htmlFor, sitemapPaths, sitePages, textOf } from '../support/dist.ts';
import { languageOfFile, languagesOf } from '../support/languages.ts';
import { sharedBuild } from '../support/shared-build.ts';

let build: BuildResult;
let dist: string;

beforeAll(() => {
  build = sharedBuild();
  dist = build.outDir;
});

/** The site's HTML files; `admin/` is the CMS, Decap's own page (tests/browser/cms.browser.test.ts). */
const siteHtmlFiles = (): string[] => sitePages(dist);

const page = (urlPath: string): string => {
  const html = htmlFor(dist, urlPath);
  if (html === undefined) throw new Error(`${urlPath} was not built`);
  return html;
};

describe('the build', () => {
  it('succeeds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('answers every URL of the URL map that the foundation owns', () => {
    const routes = [
      '/',
      '/pressmeddelanden/',
      '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/',
      '/medborgarloften/',
      '/medborgarloften/medborgarlofte-2023-2024/',
      '/fem-i-tolv-priset/',
      '/dokument/',
      '/dokument/riktlinje-for-norrkopings-brottsforebyggande-rad/',
      '/anmal-klotter/',
      '/sok/',
      '/sok/alla-sidor/',
      '/tillganglighetsredogorelse/',
      '/404.html',
      '/robots.txt',
      '/sitemap-index.xml',
    ];
    for (const route of routes) expect(htmlFor(dist, route), route).toBeDefined();
  });

  it('builds a page for every entry of the page collection, under its own slug', () => {
    for (const slug of [
      'nobra',
      'est',
      'sspf',
      'en-kommun-fri-fran-vald',
      'grannsamverkan',
      'nattvandring',
      'tib',
      'orolig-for-nagon',
    ]) {
      expect(htmlFor(dist, `/${slug}/`), slug).toBeDefined();
    }
  });

  it('lists every built page in the sitemap, and the sitemap lists only built pages', () => {
    const inSitemap = sitemapPaths(dist);
    const built = siteHtmlFiles()
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(new Set(inSitemap)).toEqual(new Set(built));
    expect(inSitemap).not.toContain('/404.html');
  });

  it('writes robots.txt pointing at the sitemap on the configured address', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://trygg.norrkoping.example/sitemap-index.xml');
    expect(robots).toContain('Disallow: /admin/');
  });
});

describe('every seed fact is on a page', () => {
  const FACTS: Record<string, string[]> = {
    '/': [
      'Vad vill du göra?',
      'Anmäl klotter',
      'Orolig för någon? Kontaktcenter under kontorstid, socialjouren efter kontorstid.',
      'Bli grannsamverkare',
      'Nattvandra',
      '112',
      '114 14',
    ],
    '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/': [
      '1 december 2023',
      'Navestad',
      'Hageby',
      'Anna Selander',
      '0724-65 20 54',
      'Sophia Jarl (M)',
      '0725-83 69 66',
      'Helena Jalkner, pressansvarig',
      'samverkansöverenskommelse',
      'SSPF',
      'omkring 145 000 invånare',
      'borgerlig samverkan',
    ],
    '/pressmeddelanden/sa-arbetar-norrkopings-kommun-efter-den-senaste-tidens-valdsbrott/': [
      '27 juli 2023',
      '011-15 00 00',
      '011-15 22 83',
      'väktarresurs',
      'Tib',
      'tjänsteperson i beredskap',
    ],
    '/pressmeddelanden/pressinbjudan-det-oforklarade-tar-plats-pa-norrkopings-konstmuseum/': [
      '29 februari 2024 kl. 13.45',
      'Jordskugga',
    ],
    '/pressmeddelanden/': ['Presskontakter', 'Helena Jalkner', '0725-97 09 00', 'Om Norrköpings kommun'],
    '/nobra/': ['NoBrå', 'kommunstyrelsens ordförande', 'Polismyndigheten', 'Fem i tolv-priset'],
    '/est/': ['effektiv samordning för trygghet', 'fastighetsbolag'],
    '/sspf/': ['skola', 'socialtjänst', 'polis', 'fritid'],
    '/en-kommun-fri-fran-vald/': ['Inget att vänta på', 'MÄN', 'Jämställdhetsmyndigheten', 'Region Östergötland'],
    '/tib/': ['tjänsteperson i beredskap', 'dygnet runt'],
    '/orolig-for-nagon/': ['011-15 00 00', '011-15 22 83', 'socialjouren'],
    '/anmal-klotter/': ['114 14', '112', '011-15 00 00'],
    '/grannsamverkan/': ['grannsamverkan'],
    '/nattvandring/': ['Vuxna behövs där ungdomar är'],
    '/medborgarloften/medborgarlofte-2023-2024/': ['2023–2024', 'EST', 'SSPF', 'Polisen'],
    '/fem-i-tolv-priset/': ['mänskliga fri- och rättigheter', 'främlingsfientlighet', 'NoBrå'],
    '/dokument/': [
      'Riktlinje för Norrköpings brottsförebyggande råd',
      'Samlokalisering av polis och socialsekreterare',
      '24-timmarsregel inom socialtjänsten',
      'Belysningsstrategi',
      'Kommunala ordningsvakter',
      'Islandsmodellen',
    ],
    '/tillganglighetsredogorelse/': ['WCAG 2.1', 'Digg', 'Kända brister'],
  };

  it.each(Object.entries(FACTS))('%s', (urlPath, facts) => {
    const text = textOf(page(urlPath));
    for (const fact of facts) expect(text, `${urlPath} should say "${fact}"`).toContain(fact);
  });

  it('shows the SMHI warning, with its level in words, above the main heading on every page', () => {
    for (const urlPath of ['/', '/est/', '/pressmeddelanden/', '/404.html']) {
      const html = page(urlPath);
      const warningAt = html.indexOf('class="warning warning--orange"');
      expect(warningAt, urlPath).toBeGreaterThan(-1);
      expect(warningAt).toBeLessThan(html.indexOf('<h1'));
      expect(textOf(html)).toContain('Orange varning Högt vattenflöde i Motala ström');
    }
  });

  it("shows the guideline's PDF with its type and size computed from the file", () => {
    const pdf = 'filer/riktlinje-for-norrkopings-brottsforebyggande-rad.pdf';
    const size = formatFileSize(statSync(path.join(dist, pdf)).size);
    expect(textOf(page('/dokument/riktlinje-for-norrkopings-brottsforebyggande-rad/'))).toContain(`PDF, ${size}`);
    expect(page('/dokument/riktlinje-for-norrkopings-brottsforebyggande-rad/')).toContain(`href="/${pdf}"`);
  });
});

/**
 * Which pages may carry JavaScript: the search page, pages with a form other than the header and
 * start-page search boxes, pages showing a warning that must disappear at its end time, and pages
 * with a copy-link button. Everything else is plain HTML and CSS.
 */
/** A script tag whose file is the header search's warm-up alone (no other code bundled with it). */
function isSearchWarmUp(tag: string): boolean {
  const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
  if (!src) return false;
  const code = readFileSync(path.join(dist, src), 'utf8');
  return (
    code.includes('input[name="q"]') &&
    code.includes('searchVocabulary') &&
    !/data-warning-ends|data-copy-link/.test(code)
  );
}

function needsScript(file: string, html: string): boolean {
  // The search pages: Swedish (`sok/`) and each language's (`en/sok/`).
  if (/^([a-z]+\/)?sok\//.test(file)) return true;
  const forms = [...html.matchAll(/<form\b[^>]*>/g)].map((m) => m[0]).filter((t) => !t.includes('role="search"'));
  return forms.length > 0 || html.includes('data-warning-ends') || html.includes('data-copy-link');
}

describe('page furniture', () => {
  it("every page is in Swedish or its address's language, has a skip link to main, the header search form and the footer links", () => {
    const languages = languagesOf(contentDir({ SITE_CONTENT: process.env.SITE_CONTENT }));
    for (const file of siteHtmlFiles()) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      const language = languageOfFile(file, languages);
      expect(html, file).toContain(`<html lang="${language?.lang ?? 'sv'}" dir="${language?.dir ?? 'ltr'}"`);
      expect(html, file).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, file).toMatch(/<main id="main"/);
      const search = language ? `/${language.code}/sok/` : '/sok/';
      expect(html, file).toContain(`<form class="search-form" role="search" action="${search}" method="get"`);
      expect(html, file).toContain('href="/tillganglighetsredogorelse/"');
    }
  });

  it('content pages have breadcrumbs, page contact, "Senast granskad" and, when long, "Hitta på sidan"', () => {
    const html = page('/brottsforebyggande-arbete/');
    const text = textOf(html);
    expect(html).toContain('aria-label="Du är här"');
    expect(text).toContain('Start Så arbetar vi Brottsförebyggande arbete');
    expect(text).toContain('Senast granskad 22 november 2026');
    expect(text).toContain('Hitta på sidan');
    expect(textOf(page('/est/'))).toContain('Utrednings- och utvecklingsenheten');
  });

  it('phone numbers are tap-to-call links', () => {
    expect(page('/orolig-for-nagon/')).toContain('href="tel:+4611152283"');
    expect(page('/anmal-klotter/')).toContain('href="tel:11414"');
  });

  it('ships no JavaScript on pages that do not need it', () => {
    for (const file of siteHtmlFiles()) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      if (needsScript(file, html)) continue;
      // JSON-LD is data, not code; anything else executable is not allowed here.
      // The one script every page has: the header search's warm-up (src/search/warm-up.ts), which
      // starts the search engine when the field gets focus. Nothing else may run.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((t) => !t.includes('application/ld+json'))
        .filter((t) => !isSearchWarmUp(t));
      expect(scripts, file).toEqual([]);
    }
  });

  it('loads nothing from another origin', () => {
    for (const file of siteHtmlFiles()) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      const external = [
        ...html.matchAll(/<(?:link|img|script|iframe|source)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]*"/g),
      ]
        .map((m) => m[0])
        .filter((tag) => !/rel="(canonical|alternate)"/.test(tag));
      expect(external, file).toEqual([]);
    }
  });
});
