/**
 * The incremental build never serves a stale page: a build that reuses the previous build's pages
 * and search-index work (Astro's `experimental.incrementalBuild`, keys in src/data/cache-keys.ts)
 * writes exactly the files a clean build of the same content writes, byte for byte.
 *
 * Three builds: (A) a copy of Norrköping's content, which fills the copy's cache; then five
 * changes in the copy: a contact, a setting (a search synonym), a topic's label, a press
 * release and a page body without components; (B) the incremental build of the changed copy; (C) a clean build of the changed content
 * (copied to a new folder, so it has no cache). B must equal C in every file of dist/.
 *
 * One combined rebuild proves each change alone only if no other change in it re-renders the
 * pages that show it (a key that missed the contact would otherwise be hidden by a change that
 * re-renders the same page anyway). So each change has a page that shows it and that no other
 * change touches, and the test checks that such pages were re-rendered while their siblings, which
 * share everything but that change, were copied from the cache:
 * - the contact: `/brottsforebyggande-arbete/` (its page contact); `/grannsamverkan/` is copied;
 * - the topic label (`kultur`): the invitation's page (its only topic); the other release that
 *   keeps its topics and contacts, `/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/`, is copied
 *   (with a picture, so its scaled images come from the cache too);
 * - the release: its own page (none of its topics or contacts changed);
 * - a page body without components (rendered to HTML when the content is read,
 *   src/markdown/plain-mdx.ts, so no bundled module's hash can notice the change: only its key):
 *   two such pages are added to the copy, one's body changes, the other is copied;
 * - the synonym: reaches no page's HTML, only the search index; its per-page work has the synonyms
 *   in its key, so B redoes it for every page (the new synonym of a word on unchanged pages must be
 *   in B's index as in C's). That the work of unchanged pages is reused when only pages change,
 *   and redone when a page or the synonyms change, is tested on the cache itself
 *   (tests/unit/search-index-cache.unit.test.ts), without more builds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/content-model/read-yaml.ts';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, editEntry, removeCopy, writeEntry } from '../support/content-copy.ts';
import { listFiles } from '../support/dist.ts';
import { SHARED_BUILD_TIME } from '../support/shared-build.ts';

const RELEASE = 'sa-arbetar-norrkopings-kommun-efter-den-senaste-tidens-valdsbrott';
const INVITATION = 'pressinbjudan-det-oforklarade-tar-plats-pa-norrkopings-konstmuseum';
const KEPT_RELEASE = 'samverkan-for-ett-tryggt-norrkoping';
const MARK = 'teständring';
/** Pages whose bodies use no component: rendered when the content is read, not bundled. */
const PLAIN_PAGES = ['testsida-utan-komponenter', 'testsida-utan-komponenter-orord'] as const;
const plainPage = (slug: string, body: string) =>
  [
    '---',
    `title: 'Testsida ${slug}'`,
    "summary: 'En sida utan komponenter, skriven av testet.'",
    'section: sa-arbetar-vi',
    'order: 900',
    'lastReviewed: 2026-11-22',
    '---',
    '',
    body,
  ].join('\n');
const PLAIN_BODY = '## Rubrik\n\nEtt stycke med "citat" & en [länk](/nobra/).\n';

let content: string;
let cleanContent: string;
let first: BuildResult;
let incremental: BuildResult;
let clean: BuildResult;
/** The first build's vocabulary: the incremental build writes into the same folder. */
let firstVocabulary = '';

beforeAll(async () => {
  content = copyContent();
  // A picture on the release that stays unchanged: its page and its scaled images must come from
  // the cache as a clean build makes them (a plain test picture made here, no real photo).
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } })
    .jpeg()
    .toFile(path.join(content, 'filer', 'testbild.jpg'));
  editEntry(content, `pressmeddelanden/${KEPT_RELEASE}.md`, (d) => {
    d.images = [{ src: '/filer/testbild.jpg', alt: 'En blå testyta', credit: 'Testbild' }];
  });
  for (const slug of PLAIN_PAGES) writeEntry(content, `sidor/${slug}.mdx`, plainPage(slug, PLAIN_BODY));
  first = buildSite({ contentDir: content, buildTime: SHARED_BUILD_TIME });
  if (first.code !== 0) return;
  firstVocabulary = readFileSync(path.join(first.outDir, 'sok/ordlista.json'), 'utf8');
  editEntry(content, 'kontakter/utrednings-och-utvecklingsenheten.yml', (d) => {
    d.name = `Utrednings- och utvecklingsenheten (${MARK})`;
  });
  editEntry(content, 'installningar/sok.yml', (d) => {
    (d.synonyms as { word: string; means: string }[]).push({ word: 'tryggfrågor', means: 'trygghet' });
  });
  editEntry(content, 'installningar/pressrum.yml', (d) => {
    const kultur = (d.topics as { id: string; label: string }[]).find((t) => t.id === 'kultur');
    if (!kultur) throw new Error('pressrum.yml has no topic "kultur"');
    kultur.label = `Kultur (${MARK})`;
  });
  const releaseFile = `pressmeddelanden/${RELEASE}.md`;
  const { body } = readMarkdown(readFileSync(path.join(content, releaseFile), 'utf8'));
  editEntry(
    content,
    releaseFile,
    (d) => {
      d.title = `${d.title} (${MARK})`;
    },
    `${body}\nEtt stycke tillagt av testet (${MARK}).\n`,
  );
  writeEntry(
    content,
    `sidor/${PLAIN_PAGES[0]}.mdx`,
    plainPage(PLAIN_PAGES[0], `${PLAIN_BODY}\nEtt stycke tillagt av testet (${MARK}).\n`),
  );
  // Into the same folder, as on Netlify (`dist`): Astro writes the output folder into the image
  // module (astro:assets), so a new folder would change every image-using template's code hash.
  incremental = buildSite({ contentDir: content, buildTime: SHARED_BUILD_TIME, outDir: first.outDir });
  cleanContent = mkdtempSync(path.join(tmpdir(), 'trygg-content-clean-'));
  cpSync(content, cleanContent, { recursive: true });
  clean = buildSite({ contentDir: cleanContent, buildTime: SHARED_BUILD_TIME });
});

afterAll(() => {
  for (const build of [first, incremental, clean]) if (build) rmSync(build.outDir, { recursive: true, force: true });
  for (const dir of [content, cleanContent]) if (dir) removeCopy(dir);
});

/** How the incremental build made a page: `restored` (copied from the cache) or `rendered`. */
function howBuilt(build: BuildResult, page: string): 'restored' | 'rendered' | 'missing' {
  const line = build.output.split('\n').find((l) => l.includes(`├─ ${page} `) || l.endsWith(`├─ ${page}`));
  if (!line) return 'missing';
  return /\((restored|cached)\)/.test(line) ? 'restored' : 'rendered';
}

describe('incremental build after a contact, a synonym, a topic label, a release and a page body changed', () => {
  it('all three builds succeed', () => {
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(incremental.code, incremental.output.slice(-3000)).toBe(0);
    expect(clean.code, clean.output.slice(-3000)).toBe(0);
  });

  it("renders the bodies of a clean build's content sync in the worker thread (src/markdown/render-beside.ts)", () => {
    // On the main thread instead the pages would be the same, only slower: this is what says so.
    for (const build of [first, clean]) {
      for (const collection of ['pressmeddelanden', 'sidor']) {
        expect(build.output).toMatch(
          new RegExp(`${collection}: bodies rendered in a worker thread [1-9]\\d*, on the main thread 0\\b`),
        );
      }
    }
  });

  it('re-renders each page that shows a change and copies its unchanged siblings', () => {
    expect(howBuilt(incremental, '/brottsforebyggande-arbete/index.html')).toBe('rendered');
    expect(howBuilt(incremental, '/grannsamverkan/index.html')).toBe('restored');
    expect(howBuilt(incremental, `/pressmeddelanden/${INVITATION}/index.html`)).toBe('rendered');
    expect(howBuilt(incremental, `/pressmeddelanden/${RELEASE}/index.html`)).toBe('rendered');
    expect(howBuilt(incremental, `/pressmeddelanden/${KEPT_RELEASE}/index.html`)).toBe('restored');
    // Reused where the first build left it in the output folder (src/integrations/kept-output.ts),
    // not copied from the cache: Astro says "(cached)" rather than "(restored)".
    expect(incremental.output).toMatch(new RegExp(`├─ /pressmeddelanden/${KEPT_RELEASE}/index\\.html.*\\(cached\\)`));
    expect(incremental.output).not.toContain('(restored)');
    expect(Number(/(\d+) pages kept from the last build/.exec(incremental.output)?.[1])).toBeGreaterThan(50);
    // And the search index's files named by their content: Pagefind writes only the new ones
    // (src/search/index-files.ts); the byte-for-byte comparison below shows none is left over.
    expect(Number(/(\d+) files of the search index kept/.exec(incremental.output)?.[1])).toBeGreaterThan(50);
    expect(howBuilt(incremental, `/${PLAIN_PAGES[0]}/index.html`)).toBe('rendered');
    expect(howBuilt(incremental, `/${PLAIN_PAGES[1]}/index.html`)).toBe('restored');
    // The synonyms are in the key of every page's index work (each page gets the synonyms of its
    // words), so this rebuild redoes all of it; reuse is tested in tests/unit/search-index-cache.
    expect(incremental.output).toMatch(/\(0 pages' work from the cache,/);
    // The list of accepted words is made once per machine (`CACHE_ROOT`), by the first build, in
    // a worker thread while Astro builds the pages: the index step never builds nspell's table,
    // and the incremental build's new words (teständring) are answered from the kept list.
    for (const build of [first, clean]) {
      expect(build.output).toMatch(/dictionary's words from (the list made beside the build|the kept list)\)/);
    }
    expect(incremental.output).toContain("dictionary's words from the kept list)");
  });

  it('shows every change', () => {
    const page = (build: BuildResult, file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
    expect(page(incremental, 'brottsforebyggande-arbete/index.html')).toContain(
      `Utrednings- och utvecklingsenheten (${MARK})`,
    );
    expect(page(incremental, `pressmeddelanden/${INVITATION}/index.html`)).toContain(`Kultur (${MARK})`);
    expect(page(incremental, `pressmeddelanden/${RELEASE}/index.html`)).toContain(
      `Ett stycke tillagt av testet (${MARK}).`,
    );
    expect(page(incremental, `${PLAIN_PAGES[0]}/index.html`)).toContain(`Ett stycke tillagt av testet (${MARK}).`);
    expect(page(incremental, `${PLAIN_PAGES[1]}/index.html`)).not.toContain(MARK);
    expect(page(incremental, 'sok/ordlista.json')).toContain('tryggfrågor');
    expect(firstVocabulary).toContain('trygghet');
    expect(firstVocabulary).not.toContain('tryggfrågor');
  });

  it('writes the same files as a clean build, byte for byte', () => {
    const files = listFiles(incremental.outDir);
    expect(files).toEqual(listFiles(clean.outDir));
    expect(files.filter((f) => /^filer\/testbild_.+\.(avif|webp|jpg)$/.test(f)).length).toBeGreaterThan(2);
    const differing = files.filter(
      (file) => !readFileSync(path.join(incremental.outDir, file)).equals(readFileSync(path.join(clean.outDir, file))),
    );
    expect(differing).toEqual([]);
  });
});
