/**
 * The output folder between builds (src/integrations/kept-output.ts): only pages and the search
 * index's content-named files exactly as the last build of the same cache left them in the same
 * folder are kept; everything else is emptied as Astro would, and a kept page the next build does
 * not write or reuse is removed (the index's files are left to the search index step).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  emptyOutDirKeepingPages,
  KEPT_OUTPUT_RECORD,
  recordOutput,
  removeUnwritten,
} from '../../src/integrations/kept-output.ts';
import { listFiles } from '../support/dist.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trygg-kept-output-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

const lastBuild = {
  'index.html': '<p>start</p>',
  'a/index.html': '<p>a</p>',
  'b/index.html': '<p>b</p>',
  'c/index.html': '<p>c</p>',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/fragment/sv_1a2b3c4.pf_fragment': 'fragment',
  '_astro/site.css': 'p{}',
  'sitemap-index.xml': '<sitemapindex/>',
};

describe('kept output', () => {
  it('keeps the pages exactly as recorded and empties everything else', () => {
    const out = tempDir();
    const cache = tempDir();
    write(out, lastBuild);
    expect(recordOutput(out, cache)).toBe(5);
    // After the record: a page changed by hand (same size, other time) and a file nobody recorded.
    utimesSync(path.join(out, 'b/index.html'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    write(out, { 'd/index.html': '<p>d</p>' });
    const kept = emptyOutDirKeepingPages(out, cache);
    const keptFiles = ['a/index.html', 'c/index.html', 'index.html', 'pagefind/fragment/sv_1a2b3c4.pf_fragment'];
    expect([...kept.keys()].sort()).toEqual(keptFiles);
    expect(listFiles(out).sort()).toEqual(keptFiles);
    // The record is taken: a build that fails from here leaves none, and the next one keeps nothing.
    expect(existsSync(path.join(cache, KEPT_OUTPUT_RECORD))).toBe(false);
    expect(emptyOutDirKeepingPages(out, cache).size).toBe(0);
    expect(listFiles(out)).toEqual([]);
  });

  it("keeps the search index's files only for the Pagefind version that wrote them", () => {
    const out = tempDir();
    const cache = tempDir();
    write(out, lastBuild);
    recordOutput(out, cache);
    const record = path.join(cache, KEPT_OUTPUT_RECORD);
    writeFileSync(record, JSON.stringify({ ...JSON.parse(readFileSync(record, 'utf8')), pagefind: '0.0.1' }));
    expect([...emptyOutDirKeepingPages(out, cache).keys()].sort()).toEqual([
      'a/index.html',
      'b/index.html',
      'c/index.html',
      'index.html',
    ]);
  });

  it('keeps nothing in a folder other than the one recorded', () => {
    const out = tempDir();
    const other = tempDir();
    const cache = tempDir();
    write(out, lastBuild);
    write(other, lastBuild);
    recordOutput(out, cache);
    expect(emptyOutDirKeepingPages(other, cache).size).toBe(0);
    expect(listFiles(other)).toEqual([]);
  });

  it('removes the kept pages the build neither wrote nor reused, and only those', () => {
    const out = tempDir();
    const cache = tempDir();
    write(out, lastBuild);
    recordOutput(out, cache);
    const kept = emptyOutDirKeepingPages(out, cache);
    // The build renders `a` again (a new file, whatever its size) and reuses `c` and the start page
    // (one reported among the build's files, one only in Astro's manifest); `b` is no longer built.
    write(out, { 'a/index.html': '<p>A, changed</p>' });
    const stale = removeUnwritten(out, kept, new Set(['index.html']), new Set(['c/index.html']));
    expect(stale).toEqual(['b/index.html']);
    expect(listFiles(out).sort()).toEqual([
      'a/index.html',
      'c/index.html',
      'index.html',
      'pagefind/fragment/sv_1a2b3c4.pf_fragment',
    ]);
    expect(readFileSync(path.join(out, 'a/index.html'), 'utf8')).toBe('<p>A, changed</p>');
  });
});
