/**
 * The second municipality: builds Nyköping's content folder with the same code and checks its
 * pages, its numbers, and that nothing of the default municipality leaks into it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExtract } from '../../scripts/dcat-profile.ts';
import { FORM_NAMES } from '../../src/components/form/netlify-forms.ts';
import type { BuildResult } from '../support/build.ts';
import {
  cardinalityViolations,
  distributionFileProblems,
  iriProblems,
  nodesByClass,
  objectsOf,
  parseRdfXml,
} from '../support/dcat.ts';
import { htmlFor, listFiles, sitemapPaths, sitePages, textOf } from '../support/dist.ts';
import { sharedBuild } from '../support/shared-build.ts';

let build: BuildResult;
let dist: string;

beforeAll(() => {
  build = sharedBuild({ contentDir: path.resolve('content/nykoping') });
  dist = build.outDir;
});

const page = (urlPath: string): string => {
  const html = htmlFor(dist, urlPath);
  if (html === undefined) throw new Error(`${urlPath} was not built`);
  return html;
};

describe("Nyköping's site", () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it("carries Nyköping's name and placeholder address", () => {
    expect(page('/')).toContain('<title>Trygg i Nyköping</title>');
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://trygg.nykoping.example/sitemap-index.xml',
    );
  });

  const FACTS: Record<string, string[]> = {
    '/': ['Trygg i Nyköping', '112', '114 14', 'Anmäl klotter', 'Bli grannsamverkare', 'Nattvandra'],
    '/anmal-klotter/': ['Tekniska divisionen', '0155-24 88 00', '114 14', '112', 'också polisanmält', 'flera år'],
    '/brottsforebyggande-arbete/': ['Styrgrupp för säkerhet', 'lokalpolisområdeschefen', 'samverkansmodell'],
    '/lokalt-brottsforebyggande-rad/': ['samordnande och rådgivande', '3–4 gånger per år', 'bostadsbolag'],
    '/est/': ['effektiv samordning för trygghet', 'lägesbild'],
    '/grannsamverkan/': ['grannsamverkan', '0155-24 80 00'],
    '/nattvandring/': ['Vuxna behövs där ungdomar är', 'Nyköping'],
    '/medborgarloften/': ['Medborgarlöfte 2023–2024'],
    '/medborgarloften/medborgarlofte-2023-2024/': ['2023–2024', 'tryggheten i', 'bostadsområden', 'Polisen'],
    '/tillganglighetsredogorelse/': ['Nyköpings kommun', 'kommun@nykoping.se', '0155-24 80 00', 'Digg'],
  };

  it.each(Object.entries(FACTS))('%s', (urlPath, facts) => {
    const text = textOf(page(urlPath));
    for (const fact of facts) expect(text, `${urlPath} should say "${fact}"`).toContain(fact);
  });

  it('shows the municipality and its contact details in every footer, and no socialjour number it lacks', () => {
    for (const file of sitePages(dist)) {
      const text = textOf(readFileSync(path.join(dist, file), 'utf8'));
      expect(text, file).toContain('Kontakta Nyköpings kommun');
      expect(text, file).toContain('0155-24 80 00');
      expect(text, file).toContain('kommun@nykoping.se');
      expect(text, file).not.toContain('Socialjouren:');
    }
    expect(page('/anmal-klotter/')).toContain('href="tel:+46155248800"');
  });

  it('has no award page, since Nyköping has no award settings, and the sitemap lists only built pages', () => {
    expect(htmlFor(dist, '/fem-i-tolv-priset/')).toBeUndefined();
    // The A–Ö list links only to pages this build has.
    const listed = [...page('/sok/alla-sidor/').matchAll(/<li>\s*<a href="(\/[^"#]*)"/g)].map((m) => m[1] as string);
    expect(listed.length).toBeGreaterThan(10);
    for (const href of listed) expect(htmlFor(dist, href), `/sok/alla-sidor/ links to ${href}`).toBeDefined();
    const built = sitePages(dist)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(new Set(sitemapPaths(dist))).toEqual(new Set(built));
  });

  it('has the graffiti report form, its thank-you page and a privacy page about it', () => {
    expect(page('/anmal-klotter/')).toMatch(
      new RegExp(`<form[^>]*name="${FORM_NAMES.report}"[^>]*data-netlify="true"`),
    );
    expect(textOf(page('/anmal-klotter/tack/'))).toContain('skickats till Nyköpings kommun');
    const privacy = textOf(page('/integritet/'));
    expect(privacy).toContain('inga kakor');
    expect(privacy).toContain('Nyköpings kommun');
    expect(privacy).not.toContain('Fem i tolv');
  });

  it('publishes open data for promises and measures, and none for an award it does not have', () => {
    expect(listFiles(path.join(dist, 'data')).sort()).toEqual([
      'atgarder.csv',
      'atgarder.json',
      'index.html',
      'medborgarloften.csv',
      'medborgarloften.json',
    ]);
    const promises = JSON.parse(readFileSync(path.join(dist, 'data/medborgarloften.json'), 'utf8'));
    expect(promises.publisher).toBe('Nyköpings kommun');
    expect(promises.items[0].promises[0].text).toContain('tryggheten i bostadsområdena');
    expect(htmlFor(dist, '/fem-i-tolv-priset/tack/')).toBeUndefined();
  });

  it("has its own DCAT-AP-SE catalogue, with Nyköping's datasets and contact point", async () => {
    const SITE = 'https://trygg.nykoping.example';
    const quads = await parseRdfXml(readFileSync(path.join(dist, 'datasets/dcat'), 'utf8'));
    const nodes = nodesByClass(quads, readExtract());
    expect(nodes.catalog).toEqual([`${SITE}/datasets/dcat`]);
    expect(nodes.dataset.sort()).toEqual([`${SITE}/data/#atgarder`, `${SITE}/data/#medborgarloften`]);
    expect(cardinalityViolations(quads, readExtract())).toEqual([]);
    expect(iriProblems(quads)).toEqual([]);
    expect(distributionFileProblems(quads, dist, SITE)).toEqual([]);
    // The contact point is the contact centre's (seed 003), which has an e-mail address.
    const [contact] = nodes.contactPoint;
    expect(objectsOf(quads, contact as string, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual([
      'mailto:kommun@nykoping.se',
    ]);
    const [publisher] = nodes.publisher;
    expect(objectsOf(quads, publisher as string, 'http://xmlns.com/foaf/0.1/name')).toEqual(['Nyköpings kommun']);
  });

  it('has nothing of the default municipality in it', () => {
    for (const file of listFiles(dist).filter(
      (f) => (/\.(html|json|csv|xml|txt)$/.test(f) || f === 'datasets/dcat') && !f.startsWith('admin/'),
    )) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/Norrk(ö|o)ping|011-15/i);
    }
  });
});
