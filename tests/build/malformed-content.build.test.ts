/**
 * Bad content stops the real build. The validator runs first in `npm run build`; Astro itself
 * parses with the same schemas, so even a build that skipped the validator fails, also naming
 * the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { copyContent, editEntry, removeCopy } from '../support/content-copy.ts';

const RELEASE = 'pressmeddelanden/samverkan-for-ett-tryggt-norrkoping.md';

describe('a build with malformed content', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyContent();
    editEntry(dir, RELEASE, (x) => {
      x.title = '';
      x.contacts = ['finns-inte'];
    });
  });
  afterEach(() => removeCopy(dir));

  it('npm run build fails, naming the file, the field and its Swedish label', () => {
    const result = buildSite({ contentDir: dir });
    rmSync(result.outDir, { recursive: true, force: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${RELEASE}: field "title" (Rubrik): must not be empty`);
    expect(result.output).toContain(
      `${RELEASE}: field "contacts.0" (Kontaktpersoner): "finns-inte" does not exist in kontakter`,
    );
  });

  it('astro build alone (without the validator) fails too, naming the entry and the field', () => {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', `${dir}-dist`], {
      env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    rmSync(`${dir}-dist`, { recursive: true, force: true });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'pressmeddelanden → samverkan-for-ett-tryggt-norrkoping data does not match collection schema',
    );
    expect(output).toContain('title: must not be empty');
    expect(output).toContain('contacts.0: "finns-inte" does not exist in kontakter');
    expect(output).toContain(`${RELEASE}`);
  });
});
