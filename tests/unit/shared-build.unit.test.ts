/**
 * The guard that keeps a shared site build from ever standing for edited content: `sharedBuild`
 * (tests/support/shared-build.ts) shares only the repository's own folders under `content/`; a
 * test's modified copy must be built on its own with `buildSite`. No build runs here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, removeCopy } from '../support/content-copy.ts';
import { contentFolders } from '../support/content-folders.ts';
import { sharedBuild } from '../support/shared-build.ts';

describe('sharedBuild', () => {
  it('refuses a copy of a content folder (a test may have edited it)', () => {
    const copy = copyContent();
    try {
      expect(() => sharedBuild({ contentDir: copy })).toThrow(/shares only the folders under content\//);
    } finally {
      removeCopy(copy);
    }
  });

  it('refuses a folder below a content folder and the content root itself', () => {
    expect(() => sharedBuild({ contentDir: 'content' })).toThrow(/shares only/);
    expect(() => sharedBuild({ contentDir: 'content/norrkoping/sidor' })).toThrow(/shares only/);
  });
});

describe('contentFolders', () => {
  it('finds every municipality folder under content/, the default one included', () => {
    const names = contentFolders().map((f) => f.name);
    expect(names).toContain('norrkoping');
    expect(names).toContain('nykoping');
    for (const folder of contentFolders()) expect(path.dirname(folder.dir)).toBe(path.resolve('content'));
  });
});
