/**
 * Embargo and drafts never leak. A content copy (never content/) gets a release published in the
 * future (Stockholm time) and a draft. The site is built with the clock pinned one minute before
 * and one minute after the publish time, and every file of dist/ (paths, text, gzip-decompressed
 * search-index fragments, feeds, sitemap, JSON) is searched for the entry's title, slug and a
 * phrase from its body: absent before, present after; the draft is absent from both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, removeCopy, writeEntry } from '../support/content-copy.ts';
import { filesContaining } from '../support/dist-search.ts';

const EMBARGOED = {
  slug: 'embargotest-nattlig-ljusfestival-i-fixturby',
  title: 'Embargotest: Nattlig ljusfestival i Fixturby',
  phrase: 'blåvalsmånsken över testtorget',
};
const DRAFT = {
  slug: 'utkasttest-sparad-men-inte-klar',
  title: 'Utkasttest: Sparad men inte klar',
  phrase: 'gröngölingsregn i utkastet',
};
const SEED_TITLE = 'Samverkan för ett tryggt Norrköping';
/** 09.30 Stockholm winter time (CET, UTC+1) is 08.30 UTC. */
const PUBLISH_LOCAL = '2030-03-15T09:30';
const BEFORE = '2030-03-15T08:29:00Z';
const AFTER = '2030-03-15T08:31:00Z';

let dir: string;
let before: BuildResult;
let after: BuildResult;

beforeAll(() => {
  dir = copyContent();
  writeEntry(
    dir,
    `pressmeddelanden/${EMBARGOED.slug}.md`,
    `---
title: '${EMBARGOED.title}'
summary: En påhittad pressinbjudan under embargo, bara i testets kopia av innehållet.
published: '${PUBLISH_LOCAL}'
kind: pressinbjudan
topics:
  - kultur
invitation:
  startsAt: '2030-03-20T18:00'
  place: Testtorget, Fixturby
---

Ljusfestivalen bjuder på ${EMBARGOED.phrase}.
`,
  );
  writeEntry(
    dir,
    `pressmeddelanden/${DRAFT.slug}.md`,
    `---
title: '${DRAFT.title}'
summary: Ett påhittat utkast som aldrig får synas.
published: '2023-01-10T10:00'
kind: pressmeddelande
topics:
  - trygghet
draft: true
---

Här står ${DRAFT.phrase}.
`,
  );
  before = buildSite({ contentDir: dir, buildTime: BEFORE });
  after = buildSite({ contentDir: dir, buildTime: AFTER });
});
afterAll(() => {
  removeCopy(dir);
  for (const b of [before, after]) if (b) rmSync(b.outDir, { recursive: true, force: true });
});

const needles = (entry: { slug: string; title: string; phrase: string }) => [entry.slug, entry.title, entry.phrase];

describe('the search covers every file', () => {
  it('finds text in plain and gzip-compressed files and in paths', () => {
    const probe = mkdtempSync(path.join(tmpdir(), 'trygg-probe-'));
    try {
      writeFileSync(path.join(probe, 'plain.json'), '{"t":"Nålen i höstacken"}');
      writeFileSync(path.join(probe, 'index.pf_fragment'), gzipSync('pagefind_dcd{"content":"Gömd nål"}'));
      writeFileSync(path.join(probe, 'en-nal-i-sokvagen.html'), '');
      expect(filesContaining(probe, 'nålen i höstacken')).toEqual(['plain.json']);
      expect(filesContaining(probe, 'Gömd nål')).toEqual(['index.pf_fragment']);
      expect(filesContaining(probe, 'nal-i-sokvagen')).toEqual(['en-nal-i-sokvagen.html']);
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });
});

describe('a build one minute before the publish time', () => {
  it('succeeds and has the published releases', () => {
    expect(before.code, before.output).toBe(0);
    expect(filesContaining(before.outDir, SEED_TITLE).length).toBeGreaterThan(3);
  });

  it.each(needles(EMBARGOED))('has "%s" in no file of dist/', (needle) => {
    expect(filesContaining(before.outDir, needle)).toEqual([]);
  });

  it('has no list page for the embargoed release’s year', () => {
    expect(filesContaining(before.outDir, 'ar/2030')).toEqual([]);
  });
});

describe('a build one minute after the publish time', () => {
  it('succeeds', () => {
    expect(after.code, after.output).toBe(0);
  });

  it('publishes the release everywhere a release goes', () => {
    const bySlug = filesContaining(after.outDir, EMBARGOED.slug);
    for (const f of [
      `pressmeddelanden/${EMBARGOED.slug}/index.html`,
      `pressmeddelanden/${EMBARGOED.slug}/inbjudan.ics`,
      'pressmeddelanden/index.html',
      'pressmeddelanden/ar/2030/index.html',
      'pressmeddelanden/typ/pressinbjudan/index.html',
      'pressmeddelanden/amne/kultur/index.html',
      'pressmeddelanden/rss.xml',
      'pressmeddelanden/feed.json',
      'sitemap-0.xml',
    ]) {
      expect(bySlug, f).toContain(f);
    }
    expect(filesContaining(after.outDir, EMBARGOED.title)).toEqual(
      expect.arrayContaining(['pressmeddelanden/rss.xml', 'pressmeddelanden/feed.json']),
    );
    expect(filesContaining(after.outDir, EMBARGOED.phrase)).toEqual(
      expect.arrayContaining([`pressmeddelanden/${EMBARGOED.slug}/index.html`, 'pressmeddelanden/rss.xml']),
    );
  });
});

describe('a draft', () => {
  it.each(needles(DRAFT))('has "%s" in no file of dist/, before or after', (needle) => {
    expect(filesContaining(before.outDir, needle)).toEqual([]);
    expect(filesContaining(after.outDir, needle)).toEqual([]);
  });
});

describe('the build schedule the hourly function reads (/byggschema.json)', () => {
  const schedule = (b: BuildResult) => JSON.parse(readFileSync(path.join(b.outDir, 'byggschema.json'), 'utf8'));

  it('before: the next build is due at the full hour after the publish time (08.30 UTC → 09.00)', () => {
    expect(schedule(before)).toEqual({ builtAt: '2030-03-15T08:29:00.000Z', nextBuildAt: '2030-03-15T09:00:00.000Z' });
  });

  it('after: the release no longer makes a build due', () => {
    const { builtAt, nextBuildAt } = schedule(after);
    expect(builtAt).toBe('2030-03-15T08:31:00.000Z');
    // The draft's time never schedules a build; nothing else in the copy is due after 2030.
    expect(nextBuildAt).toBeNull();
  });

  it('is in no sitemap', () => {
    expect(filesContaining(after.outDir, 'byggschema')).toEqual(['byggschema.json']);
  });
});
