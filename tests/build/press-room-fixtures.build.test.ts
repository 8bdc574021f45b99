/**
 * The press room with more than the seeds have: a content copy (never content/) gets a press
 * invitation, a correction and enough releases for a second page. Checks pagination, the
 * invitation's time and place, its .ics file in the right time zone, and corrections shown.
 * Some dates are written unquoted, as editors type them: they must be shown exactly as written.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESS_PAGE_SIZE } from '../../src/utils/press-listings.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, editEntry, removeCopy, writeEntry } from '../support/content-copy.ts';
import { htmlFor, listFiles, textOf } from '../support/dist.ts';

const INVITATION = 'pressinbjudan-testvandring-i-fixturby';
const CORRECTED = 'samverkan-for-ett-tryggt-norrkoping';
/** Fillers, all older than the seeds, so the oldest land on page 2. */
const FILLERS = Array.from({ length: PRESS_PAGE_SIZE }, (_, i) => `testmeddelande-${String(i + 1).padStart(2, '0')}`);

let dir: string;
let build: BuildResult;
let dist: string;

beforeAll(() => {
  dir = copyContent();
  writeEntry(
    dir,
    `pressmeddelanden/${INVITATION}.md`,
    `---
title: 'Pressinbjudan: Testvandring i Fixturby'
summary: En påhittad pressinbjudan som bara finns i testets kopia av innehållet.
published: 2024-03-01 09:00:00
kind: pressinbjudan
topics:
  - trygghet
invitation:
  startsAt: 2024-03-09T10:00
  place: Testtorget 1, Fixturby
  participants: Testpersonen, ordförande i testnämnden
---

Brödtexten i testinbjudan.
`,
  );
  editEntry(dir, `pressmeddelanden/${CORRECTED}.md`, (x) => {
    x.corrections = [{ date: '2023-12-02', text: 'Testrättelse: en siffra i texten är ändrad.' }];
  });
  FILLERS.forEach((slug, i) => {
    writeEntry(
      dir,
      `pressmeddelanden/${slug}.md`,
      `---
title: Testmeddelande ${i + 1}
summary: Ett påhittat meddelande för att fylla en andra sida.
published: ${i === 0 ? '2022-01-01' : `'2022-01-${String(i + 1).padStart(2, '0')}T09:00'`}
kind: pressmeddelande
---

Text ${i + 1}.
`,
    );
  });
  build = buildSite({ contentDir: dir, buildTime: '2026-11-22T12:00:00Z' });
  dist = build.outDir;
});
afterAll(() => {
  removeCopy(dir);
  rmSync(dist, { recursive: true, force: true });
});

const page = (urlPath: string): string => {
  const html = htmlFor(dist, urlPath);
  if (html === undefined) throw new Error(`${urlPath} was not built`);
  return html;
};
const listed = (html: string): string[] =>
  [...html.matchAll(/<li>\s*<h[23]>\s*<a href="\/pressmeddelanden\/([a-z0-9-]+)\/"/g)].map((m) => m[1] as string);

describe('with more releases than fit one page', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('splits the list into pages of the page size, newest first, linked both ways', () => {
    const first = page('/pressmeddelanden/');
    const second = page('/pressmeddelanden/sida/2/');
    expect(listed(first)).toHaveLength(PRESS_PAGE_SIZE);
    expect(listed(first)[0]).toBe(INVITATION);
    // 3 seeds + invitation + 10 fillers = 14 → 10 + 4; the four oldest fillers are on page 2.
    expect(listed(second)).toEqual([
      'testmeddelande-04',
      'testmeddelande-03',
      'testmeddelande-02',
      'testmeddelande-01',
    ]);
    expect(first).toMatch(/<a href="\/pressmeddelanden\/sida\/2\/" rel="next"/);
    expect(second).toMatch(/<a href="\/pressmeddelanden\/" rel="prev"/);
    expect(textOf(second)).toContain('sida 2 av 2');
    expect(htmlFor(dist, '/pressmeddelanden/sida/3/')).toBeUndefined();
    expect(htmlFor(dist, '/pressmeddelanden/sida/1/')).toBeUndefined();
  });

  it('paginates a filter too', () => {
    expect(listed(page('/pressmeddelanden/ar/2022/'))).toHaveLength(PRESS_PAGE_SIZE);
    expect(htmlFor(dist, '/pressmeddelanden/ar/2022/sida/2/')).toBeUndefined();
    expect(listed(page('/pressmeddelanden/typ/pressmeddelande/sida/2/')).length).toBeGreaterThan(0);
  });
});

describe('a press invitation', () => {
  it('shows date, time, place and participants prominently, before the body, with a calendar link', () => {
    const html = page(`/pressmeddelanden/${INVITATION}/`);
    const text = textOf(html);
    expect(text).toContain('Pressträffen När 9 mars 2024 kl. 10.00 Var Testtorget 1, Fixturby');
    expect(text).toContain('Medverkande Testpersonen, ordförande i testnämnden');
    expect(text.indexOf('Pressträffen')).toBeLessThan(text.indexOf('Brödtexten i testinbjudan'));
    expect(html).toMatch(
      new RegExp(`<a href="/pressmeddelanden/${INVITATION}/inbjudan.ics" download="${INVITATION}.ics"`),
    );
  });

  it('has an .ics file with the start as the right instant (10.00 Stockholm in March = 09.00 UTC)', () => {
    const ics = readFileSync(path.join(dist, `pressmeddelanden/${INVITATION}/inbjudan.ics`), 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20240309T090000Z');
    expect(ics).toContain('LOCATION:Testtorget 1\\, Fixturby');
    expect(ics).toContain('SUMMARY:Pressinbjudan: Testvandring i Fixturby');
    // Only invitations have a calendar file.
    const icsFiles = listFiles(dist).filter((f) => f.endsWith('.ics'));
    expect(icsFiles).toEqual([`pressmeddelanden/${INVITATION}/inbjudan.ics`]);
  });

  it('is listed under its kind, and the feed item carries time and place', async () => {
    expect(listed(page('/pressmeddelanden/typ/pressinbjudan/'))).toEqual([INVITATION]);
    const feed = await new Parser().parseString(readFileSync(path.join(dist, 'pressmeddelanden/rss.xml'), 'utf8'));
    const item = feed.items.find((i) => i.link?.endsWith(`/${INVITATION}/`));
    const content = textOf((item as Record<string, unknown>)['content:encoded'] as string);
    expect(content).toContain('När: 9 mars 2024 kl. 10.00 Var: Testtorget 1, Fixturby');
  });
});

describe('dates written without quotes', () => {
  it('are shown exactly as written, as Swedish time', () => {
    // `published: 2024-03-01 09:00:00`: YAML 1.1 would read a UTC instant and show kl. 10.00.
    expect(textOf(page(`/pressmeddelanden/${INVITATION}/`))).toContain('1 mars 2024 kl. 09.00');
    // `published: 2022-01-01`: a date alone, shown without a time (not "kl. 01.00").
    const text = textOf(page(`/pressmeddelanden/${FILLERS[0]}/`));
    expect(text).toContain('1 januari 2022');
    expect(text).not.toMatch(/1 januari 2022 kl\./);
  });
});

describe('a corrected release', () => {
  it('says so at the top and shows the correction with its date, on the page and in the feed', () => {
    const text = textOf(page(`/pressmeddelanden/${CORRECTED}/`));
    expect(text).toContain('Rättat 2 december 2023');
    expect(text).toContain('Rättelse Rättelse 2 december 2023 : Testrättelse: en siffra i texten är ändrad.');
    expect(text.indexOf('Rättat')).toBeLessThan(text.indexOf('Navestad'));
    const json = JSON.parse(readFileSync(path.join(dist, 'pressmeddelanden/feed.json'), 'utf8'));
    const item = json.items.find((i: { url: string }) => i.url.endsWith(`/${CORRECTED}/`));
    expect(item.content_html).toContain('Rättelse 2 december 2023:</strong> Testrättelse');
  });
});
