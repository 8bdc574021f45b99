/**
 * The residents' services built from fixtures (a content copy, never `content/`): a current
 * citizen promise with follow-ups, award winners and a nomination window, documents of several
 * kinds and measures with owner and status. Built twice: while nominations are open, and after.
 * Also the default content's own pages for these services. The same copy carries the translation
 * fixtures (a Swedish page changed after it was translated), so that needs no build of its own.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExtract } from '../../scripts/dcat-profile.ts';
import { FORM_NAME_FIELD, FORM_NAMES, HONEYPOT_FIELD } from '../../src/components/form/netlify-forms.ts';
import { formatFileSize } from '../../src/lib/format-file-size.ts';
import { DATA_LICENSE } from '../../src/utils/open-data.ts';
import { CSV_COLUMNS } from '../../src/utils/open-data-files.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, removeCopy } from '../support/content-copy.ts';
import {
  cardinalityViolations,
  distributionFileProblems,
  iriProblems,
  nodesByClass,
  objectsOf,
  parseRdfXml,
} from '../support/dcat.ts';
import { htmlFor, sitemapPaths, sitePages, textOf } from '../support/dist.ts';
import { checkNetlifyForms } from '../support/form-wiring.ts';
import { FIXTURE_PROMISE, writeResidentsFixtures } from '../support/residents-fixtures.ts';
import { sharedBuild } from '../support/shared-build.ts';
import {
  CHANGED_ORIGINAL,
  CHECKED_BY,
  RESAVED_ORIGINAL,
  writeTranslationFixtures,
} from '../support/translation-fixtures.ts';

const WINDOW = { opens: '2026-11-01', closes: '2026-12-15' };
let content: string;
let open: BuildResult;
let closed: BuildResult;
let plain: BuildResult;

beforeAll(() => {
  content = copyContent();
  writeResidentsFixtures(content, WINDOW);
  writeTranslationFixtures(content);
  open = buildSite({ contentDir: content, buildTime: '2026-11-23T12:00:00Z' });
  closed = buildSite({ contentDir: content, buildTime: '2026-12-16T12:00:00Z' });
  plain = sharedBuild();
});
afterAll(() => {
  for (const b of [open, closed]) if (b) rmSync(b.outDir, { recursive: true, force: true });
  removeCopy(content);
});

const read = (build: BuildResult, urlPath: string): string => {
  const html = htmlFor(build.outDir, urlPath);
  if (html === undefined) throw new Error(`${urlPath} was not built`);
  return html;
};

describe('the fixture builds', () => {
  it('succeed', () => {
    expect(open.code, open.output).toBe(0);
    expect(closed.code, closed.output).toBe(0);
    expect(plain.code, plain.output).toBe(0);
  });
});

describe('citizen promises', () => {
  it('lists the current promise per area first, with each commitment where it stands now, then the archive', () => {
    const text = textOf(read(open, '/medborgarloften/'));
    const current = text.indexOf('Gällande medborgarlöften');
    const area = text.indexOf('Fixturby centrum', current);
    const promise = text.indexOf('Medborgarlöfte fixtur 2026–2027', area);
    const archive = text.indexOf('Tidigare medborgarlöften');
    expect(current).toBeGreaterThan(-1);
    expect(area).toBeGreaterThan(current);
    expect(promise).toBeGreaterThan(area);
    expect(archive).toBeGreaterThan(promise);
    expect(text.indexOf('Medborgarlöfte 2023–2024', archive)).toBeGreaterThan(archive);
    expect(text).toContain('Fixtur – bättre belysning i gångtunnlarna. Ansvarig: Tekniska kontoret Läge nu: Genomfört');
    expect(text).toContain('Fixtur – mer vuxennärvaro på kvällarna. Läge nu: Försenat');
  });

  it("shows each commitment's statuses over time, oldest first, on the promise's page", () => {
    const text = textOf(read(open, `/medborgarloften/${FIXTURE_PROMISE}/`));
    expect(text).toContain('Status över tid 1 mars 2026 Pågår 15 september 2026 Genomfört');
    // The follow-ups themselves, newest first.
    expect(text.indexOf('Fixtur – andra uppföljningen.')).toBeLessThan(text.indexOf('Fixtur – första uppföljningen.'));
  });

  it('says plainly when a promise has no follow-up', () => {
    expect(textOf(read(plain, '/medborgarloften/medborgarlofte-2023-2024/'))).toContain(
      'Läge nu: Ingen uppföljning publicerad',
    );
  });
});

describe('the award', () => {
  it('shows the nomination form while the window is open, with the deadline in words', () => {
    const html = read(open, '/fem-i-tolv-priset/');
    expect(textOf(html)).toContain('Nomineringen är öppen. Sista dag att nominera är 15 december 2026.');
    expect(html).toMatch(
      new RegExp(
        `<form[^>]*name="${FORM_NAMES.nomination}"[^>]*data-netlify="true"[^>]*netlify-honeypot="${HONEYPOT_FIELD}"`,
      ),
    );
    expect(html).toMatch(
      new RegExp(`<input type="hidden" name="${FORM_NAME_FIELD}" value="${FORM_NAMES.nomination}"[^>]*>`),
    );
    expect(htmlFor(open.outDir, '/fem-i-tolv-priset/tack/')).toBeDefined();
  });

  it('has no form once the window has closed, and says when it closed', () => {
    const html = read(closed, '/fem-i-tolv-priset/');
    expect(textOf(html)).toContain('Nomineringen stängde 15 december 2026.');
    expect(html).not.toContain(FORM_NAMES.nomination);
  });

  it('has no form when no window is set (the default content)', () => {
    const html = read(plain, '/fem-i-tolv-priset/');
    expect(textOf(html)).toContain('Det finns ingen nomineringsperiod publicerad just nu.');
    expect(html).not.toContain('<form class="nomination-form"');
  });

  it('lists winners by year, newest first, with their citation', () => {
    const text = textOf(read(open, '/fem-i-tolv-priset/'));
    const y2025 = text.indexOf('2025: Fixturskolan Motivering: Fixtur – för elevernas arbete för allas lika värde.');
    const y2024 = text.indexOf(
      '2024: Fixturföreningen Motivering: Fixtur – för ett långt arbete mot främlingsfientlighet.',
    );
    expect(y2025).toBeGreaterThan(-1);
    expect(y2024).toBeGreaterThan(y2025);
    expect(read(open, '/fem-i-tolv-priset/')).toMatch(/Prisutdelning <time[^>]*>1 december 2024<\/time>, Fixturhallen/);
  });
});

describe('documents', () => {
  const pdfSize = () =>
    formatFileSize(statSync(path.join(open.outDir, 'filer/lagesbild-fixtur.pdf')).size).replace(/\s/g, ' ');

  it('lists every document with its kind, decision date and PDF type and size in Swedish', () => {
    const text = textOf(read(open, '/dokument/'));
    expect(text).toContain('Åtgärdsplan Beslutad 12 juni 2025 av Kommunfullmäktige');
    expect(text).toContain(`Ladda ned Lägesbild fixtur 2025 (PDF, ${pdfSize()})`);
    expect(pdfSize()).toMatch(/^\d+,\d kB$/);
  });

  it('filters by kind with plain links to static pages', () => {
    const index = read(open, '/dokument/');
    for (const kind of ['riktlinje', 'lagesbild', 'atgardsplan'])
      expect(index).toContain(`href="/dokument/typ/${kind}/"`);
    expect(index).not.toContain('href="/dokument/typ/rapport/"');
    const lagesbild = textOf(read(open, '/dokument/typ/lagesbild/'));
    expect(lagesbild).toContain('Lägesbild fixtur 2025');
    expect(lagesbild).not.toContain('Åtgärdsplan fixtur 2025');
    expect(lagesbild).not.toContain('Riktlinje för Norrköpings brottsförebyggande råd');
    expect(read(open, '/dokument/typ/lagesbild/')).toMatch(/href="\/dokument\/typ\/lagesbild\/" aria-current="page"/);
    expect(sitemapPaths(open.outDir)).toContain('/dokument/typ/lagesbild/');
  });

  it("lists the action plan's measures with owner and status, and explains the law's duties", () => {
    const text = textOf(read(open, '/dokument/'));
    expect(text).toContain('Fixtur – belysning Fixtur – bättre belysning. Ansvarig Fixturnämnden Status Pågår');
    expect(text).toContain('Belysningsstrategi');
    expect(text).toContain('lagen (2023:196)');
    for (const duty of ['lägesbild', 'åtgärdsplan', 'samordna']) expect(text).toContain(duty);
    expect(textOf(read(open, '/dokument/typ/atgardsplan/'))).toContain('Ansvarig Fixturnämnden');
  });
});

describe('open data', () => {
  const json = (build: BuildResult, file: string) =>
    JSON.parse(readFileSync(path.join(build.outDir, 'data', file), 'utf8')) as {
      license: typeof DATA_LICENSE;
      items: Record<string, unknown>[];
    };
  const csv = (build: BuildResult, file: string) =>
    readFileSync(path.join(build.outDir, 'data', file), 'utf8')
      .split('\r\n')
      .filter(Boolean);

  it('publishes the promises with their follow-up statuses as JSON and CSV, under the stated licence', () => {
    const data = json(open, 'medborgarloften.json');
    expect(data.license).toEqual(DATA_LICENSE);
    const fixture = data.items.find((i) => i.id === FIXTURE_PROMISE) as { promises: { statuses: unknown[] }[] };
    expect(fixture.promises[0]?.statuses).toEqual([
      { date: '2026-03-01', status: 'pagar', statusLabel: 'Pågår' },
      { date: '2026-09-15', status: 'genomfort', statusLabel: 'Genomfört' },
    ]);
    const rows = csv(open, 'medborgarloften.csv');
    expect(rows[0]).toBe(CSV_COLUMNS.medborgarloften.join(','));
    // 3 status rows for the fixture + one row per commitment of the seed promise (no follow-ups).
    expect(rows.length).toBe(1 + 3 + 3);
    expect(rows).toContain(
      `${FIXTURE_PROMISE},Medborgarlöfte fixtur 2026–2027,2026,2027,Fixturby centrum,Kommunen; Polisen,narvaro,Fixtur – mer vuxennärvaro på kvällarna.,,2026-03-01,forsenat,Försenat,https://trygg.norrkoping.example/medborgarloften/${FIXTURE_PROMISE}/`,
    );
  });

  it('publishes the measures and the winners', () => {
    const measures = json(open, 'atgarder.json').items;
    expect(measures[0]).toMatchObject({ title: 'Fixtur – belysning', owner: 'Fixturnämnden', statusLabel: 'Pågår' });
    expect(csv(open, 'atgarder.csv')[0]).toBe(CSV_COLUMNS.atgarder.join(','));
    expect(csv(open, 'atgarder.csv').length).toBe(1 + measures.length);
    const winners = json(open, 'fem-i-tolv-priset.json').items;
    expect(winners.map((w) => w.year)).toEqual([2025, 2024]);
    const winnerRows = csv(open, 'fem-i-tolv-priset.csv');
    expect(winnerRows[1]).toBe(
      'pristagare-2025-fixturskolan,2025,Fixturskolan,Fixtur – för elevernas arbete för allas lika värde.,,',
    );
  });

  it('lists the datasets and the licence on /data/, and links them from their pages', () => {
    const text = textOf(read(open, '/data/'));
    expect(text).toContain('lagen (2022:818)');
    expect(text).toContain('CC0 1.0');
    const html = read(open, '/data/');
    for (const id of ['medborgarloften', 'atgarder', 'fem-i-tolv-priset']) {
      expect(html).toContain(`href="/data/${id}.json"`);
      expect(html).toContain(`href="/data/${id}.csv"`);
    }
    expect(read(open, '/medborgarloften/')).toContain('href="/data/medborgarloften.csv"');
    expect(read(open, '/dokument/')).toContain('href="/data/atgarder.json"');
    expect(read(open, '/fem-i-tolv-priset/')).toContain('href="/data/fem-i-tolv-priset.json"');
  });
});

describe('the open-data catalogue for dataportal.se (/datasets/dcat)', () => {
  const SITE = 'https://trygg.norrkoping.example';
  const DCT = 'http://purl.org/dc/terms/';
  const catalogOf = (build: BuildResult) =>
    parseRdfXml(readFileSync(path.join(build.outDir, 'datasets', 'dcat'), 'utf8'));

  it.each([
    ['the default content', () => plain],
    ['the fixtures', () => open],
  ])('%s: RDF/XML with every property DCAT-AP-SE 3.0.1 requires, and a file for every distribution', async (_, b) => {
    const build = b();
    const quads = await catalogOf(build);
    const nodes = nodesByClass(quads, readExtract());
    expect(nodes.catalog).toEqual([`${SITE}/datasets/dcat`]);
    expect(nodes.dataset.sort()).toEqual(
      ['atgarder', 'fem-i-tolv-priset', 'medborgarloften'].map((id) => `${SITE}/data/#${id}`),
    );
    expect(nodes.distribution).toHaveLength(6);
    expect(cardinalityViolations(quads, readExtract())).toEqual([]);
    expect(iriProblems(quads)).toEqual([]);
    expect(distributionFileProblems(quads, build.outDir, SITE)).toEqual([]);
  });

  it('dates the datasets from the content, not the build: the newest follow-up, and none for undated content', async () => {
    const withFollowUps = await catalogOf(open);
    expect(objectsOf(withFollowUps, `${SITE}/data/#medborgarloften`, `${DCT}modified`)).toEqual(['2026-09-15']);
    expect(objectsOf(withFollowUps, `${SITE}/datasets/dcat`, `${DCT}modified`)).toEqual(['2026-09-15']);
    // The default content states no signing, follow-up or ceremony date.
    const undated = await catalogOf(plain);
    expect(
      undated.filter((q) => q.predicate.value === `${DCT}modified` || q.predicate.value === `${DCT}issued`),
    ).toEqual([]);
    // Norrköping's contact centre has no e-mail address, which a contact point needs.
    expect(nodesByClass(undated, readExtract()).contactPoint).toEqual([]);
  });

  it('is linked from /data/, which says how a municipality registers it on admin.dataportal.se', () => {
    const html = read(plain, '/data/');
    expect(html).toContain('href="/datasets/dcat"');
    const text = textOf(html);
    expect(text).toContain(`finns på ${SITE}/datasets/dcat (RDF/XML)`);
    expect(text).toContain('CC0 1.0 Universell (CC0-1.0)');
    expect(text).toContain('admin.dataportal.se');
    for (const id of ['medborgarloften', 'atgarder', 'fem-i-tolv-priset']) expect(html).toContain(`id="${id}"`);
  });
});

describe('the graffiti report page (default content)', () => {
  it('has the steps, the numbers, why to report, and the Netlify form with its privacy note', () => {
    const html = read(plain, '/anmal-klotter/');
    const text = textOf(html);
    for (const fact of ['114 14', '112', '011-15 00 00', 'Därför ska du alltid anmäla', 'offentlighetsprincipen']) {
      expect(text).toContain(fact);
    }
    expect(html).toMatch(
      new RegExp(
        `<form[^>]*name="${FORM_NAMES.report}"[^>]*action="/anmal-klotter/tack/"[^>]*enctype="multipart/form-data"[^>]*data-netlify="true"[^>]*netlify-honeypot="${HONEYPOT_FIELD}"`,
      ),
    );
    expect(textOf(read(plain, '/anmal-klotter/tack/'))).toContain('Tack för din anmälan');
  });
});

describe('the Netlify forms (every page of the open-window build and the default build)', () => {
  it('are named from FORM_NAMES, carry the honeypot and form-name, and are built from the shared GOV.UK parts', () => {
    const seen = new Map<string, number>();
    const problems: string[] = [];
    for (const build of [open, plain]) {
      for (const file of sitePages(build.outDir)) {
        const report = checkNetlifyForms(readFileSync(path.join(build.outDir, file), 'utf8'));
        for (const name of report.names) seen.set(name, (seen.get(name) ?? 0) + 1);
        problems.push(...report.problems.map((p) => `${file}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
    // Every form is found: the nomination (open window), the subscription, and the graffiti report
    // in Swedish and on each translated report page, in both builds.
    expect(seen.get(FORM_NAMES.nomination)).toBe(1);
    expect(seen.get(FORM_NAMES.subscribe)).toBe(2);
    expect(seen.get(FORM_NAMES.report)).toBeGreaterThanOrEqual(2 * 5);
    expect([...seen.keys()].sort()).toEqual(Object.values(FORM_NAMES).sort());
  });

  it('the check finds a broken form (it can fail)', () => {
    const html = read(open, '/fem-i-tolv-priset/');
    const broken = html
      .replace('aria-describedby="nomination-reason-hint"', 'aria-describedby="nomination-reason-hint nowhere"')
      .replace(/<div class="error-summary"/, '<div class="error-summary-gone"')
      .replace(`netlify-honeypot="${HONEYPOT_FIELD}"`, 'netlify-honeypot="other"');
    expect(checkNetlifyForms(broken).problems).toEqual([
      `form "${FORM_NAMES.nomination}": netlify-honeypot is not "${HONEYPOT_FIELD}"`,
      `form "${FORM_NAMES.nomination}": no error summary before the fields`,
      `form "${FORM_NAMES.nomination}": "nomination-reason" is described by "nowhere", which is not on the page`,
    ]);
  });
});

describe('legal pages (default content)', () => {
  it("the accessibility statement has every part of Digg's model statement", () => {
    const html = read(plain, '/tillganglighetsredogorelse/');
    const text = textOf(html);
    for (const part of [
      'Hur tillgänglig är webbplatsen?',
      'delvis förenlig med lagkraven',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Teknisk information om webbplatsens tillgänglighet',
      'Kända brister',
      'Hur vi testat webbplatsen',
      'Senaste bedömningen gjordes 22 november 2026',
      'Redogörelsen uppdaterades senast 22 november 2026',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(html).toContain('href="https://www.digg.se/tdosanmalan"');
    expect(html).toContain('href="tel:+4611150000"');
  });

  it('the privacy page says the site sets no cookies and what the forms keep', () => {
    const text = textOf(read(plain, '/integritet/'));
    for (const fact of ['inga kakor', 'Anmäl klotter', 'allmän handling', 'offentlighetsprincipen', 'gallring']) {
      expect(text).toContain(fact);
    }
  });
});

describe('translations whose Swedish page has changed', () => {
  /** The page's text without the space `textOf` leaves where a tag closed before a full stop. */
  const prose = (html: string) => textOf(html).replace(/ \./g, '.');
  const notice = (html: string) =>
    /<p class="translation-status__behind" data-translation-out-of-date[^>]*>([\s\S]*?)<\/p>/.exec(html);

  it('say so in their own language and link to the Swedish page', () => {
    const expected: Record<string, string> = {
      en: 'The Swedish page has changed since this page was translated.',
      fi: 'Ruotsinkielistä sivua on muutettu tämän käännöksen jälkeen.',
      ar: 'تغيّرت الصفحة السويدية بعد ترجمة هذه الصفحة.',
      lattlast: 'Den vanliga sidan har ändrats efter att den här texten skrevs.',
    };
    for (const [code, text] of Object.entries(expected)) {
      const html = read(open, `/${code}/${CHANGED_ORIGINAL}/`);
      expect(textOf(notice(html)?.[1] ?? ''), code).toContain(text);
      expect(html, code).toMatch(new RegExp(`<a href="/${CHANGED_ORIGINAL}/" hreflang="sv"[ >]`));
    }
  });

  it('are not out of date when the Swedish page was only re-saved, and show who checked them and when, in their language', () => {
    const english = read(open, `/en/${RESAVED_ORIGINAL}/`);
    expect(notice(english)).toBeNull();
    expect(prose(english)).toContain(`Translation checked by ${CHECKED_BY}, November 20, 2026.`);
    expect(english).not.toContain('data-translation-not-checked');
    const arabic = read(open, `/ar/${RESAVED_ORIGINAL}/`);
    expect(notice(arabic)).toBeNull();
    expect(prose(arabic)).toMatch(new RegExp(`راجع الترجمة ${CHECKED_BY}, \\S+ نوفمبر \\S+\\.`));
    expect(read(open, `/fi/${RESAVED_ORIGINAL}/`)).toContain('data-translation-not-checked');
  });

  it("are listed first, as behind, in the editors' overview", () => {
    const overview = read(open, '/oversattningar/');
    expect(overview).toContain('data-translations-behind="4"');
    const rows = [...overview.matchAll(/<tr data-translation="([^"]+)" data-out-of-date="(true|false)"/g)];
    expect(rows.slice(0, 4).map((r) => [r[1], r[2]])).toEqual(
      ['ar', 'en', 'fi', 'lattlast'].map((code) => [`/${code}/${CHANGED_ORIGINAL}/`, 'true']),
    );
    expect(rows.slice(4).every((r) => r[2] === 'false')).toBe(true);
  });

  it('are all up to date in the default content', () => {
    const overview = read(plain, '/oversattningar/');
    expect(overview).toContain('data-translations-behind="0"');
    expect(read(plain, `/en/${CHANGED_ORIGINAL}/`)).not.toContain('data-translation-out-of-date');
  });
});
