/**
 * Uploaded images (as the CMS stores them: `/filer/x.jpg` with alt text and credit) are served
 * optimised: a `<picture>` with AVIF and WebP in several widths, width/height on the `<img>`, and the
 * original still there for the full-size download link. On a press release and an award winner.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build.ts';
import { copyContent, editEntry, removeCopy, writeEntry } from '../support/content-copy.ts';
import { htmlFor } from '../support/dist.ts';

let content: string;
let build: BuildResult;

beforeAll(async () => {
  content = copyContent();
  // A plain test picture made here (no real photo), 1600 × 1000 px.
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#336699' } })
    .jpeg()
    .toFile(path.join(content, 'filer', 'testbild.jpg'));
  editEntry(content, 'pressmeddelanden/samverkan-for-ett-tryggt-norrkoping.md', (data) => {
    data.images = [{ src: '/filer/testbild.jpg', alt: 'En blå testyta', credit: 'Testbild' }];
  });
  writeEntry(
    content,
    'fem-i-tolv/testpristagare.md',
    [
      '---',
      'title: Testpristagare',
      'year: 2099',
      'winner: Testföreningen',
      'citation: En motivering skriven för testet.',
      'image:',
      '  src: /filer/testbild.jpg',
      '  alt: En blå testyta för pristagaren',
      '  credit: Testbild',
      '---',
      '',
    ].join('\n'),
  );
  build = buildSite({ contentDir: content, buildTime: '2026-11-22T12:00:00Z' });
});

afterAll(() => {
  removeCopy(content);
  rmSync(build.outDir, { recursive: true, force: true });
});

function pictureOn(urlPath: string, alt: string): string {
  const html = htmlFor(build.outDir, urlPath) ?? '';
  const picture = [...html.matchAll(/<picture>[\s\S]*?<\/picture>/g)].map((m) => m[0]).find((p) => p.includes(alt));
  if (picture === undefined) throw new Error(`no <picture> with alt "${alt}" on ${urlPath}`);
  return picture;
}

describe('uploaded images', () => {
  it('build', () => {
    expect(build.code, build.output).toBe(0);
  });

  it.each([
    ['/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/', 'En blå testyta'],
    ['/fem-i-tolv-priset/', 'En blå testyta för pristagaren'],
  ])('are served as AVIF and WebP in several widths on %s', (urlPath, alt) => {
    const picture = pictureOn(urlPath, alt);
    expect(picture).toContain('type="image/avif"');
    expect(picture).toContain('type="image/webp"');
    expect(picture).toMatch(/width="1600"/);
    expect(picture).toMatch(/height="1000"/);
    expect(picture).toContain(`alt="${alt}"`);
    const urls = [...picture.matchAll(/(\/filer\/[^\s",]+) (\d+)w/g)];
    expect(new Set(urls.map((m) => m[2]))).toEqual(new Set(['400', '800', '1200', '1600']));
    for (const [, url] of urls) expect(existsSync(path.join(build.outDir, url as string)), url).toBe(true);
  });

  it('keep the original for the full-size download link', () => {
    const html = htmlFor(build.outDir, '/pressmeddelanden/samverkan-for-ett-tryggt-norrkoping/') ?? '';
    expect(html).toContain('href="/filer/testbild.jpg"');
    expect(existsSync(path.join(build.outDir, 'filer', 'testbild.jpg'))).toBe(true);
  });
});
