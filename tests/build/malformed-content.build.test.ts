/**
 * Bad content stops the real build. The validator runs first in `npm run build`; Astro itself
 * parses with the same schemas, so even a build that skipped the validator fails, also naming
 * the file and the field. Astro reads the YAML with the validator's reader, so an unquoted
 * impossible date fails there too instead of becoming another day.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { withBuildLock } from '../support/build-lock.ts';
import { copyContent, editEntry, removeCopy } from '../support/content-copy.ts';

const RELEASE = 'pressmeddelanden/samverkan-for-ett-tryggt-norrkoping.md';
/** A file whose only problem is in its body. */
const BODY_ONLY = 'sidor/nattvandring.mdx';

describe('a build with malformed content', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyContent();
    editEntry(dir, RELEASE, (x) => {
      x.title = '';
      x.contacts = ['finns-inte'];
    });
    // An impossible date written without quotes: YAML 1.1 would have rolled it over into 2024.
    const file = path.join(dir, RELEASE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^published: .*$/m, 'published: 2023-13-45'));
    // And a body the sanitiser would change: only the validator checks bodies in `npm run build`.
    writeFileSync(
      path.join(dir, BODY_ONLY),
      `${readFileSync(path.join(dir, BODY_ONLY), 'utf8')}\n<script>alert(1)</script>\n`,
    );
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
    expect(result.output).toContain(`${RELEASE}: field "published" (Publiceras): not a real date: "2023-13-45"`);
    expect(result.output).toMatch(new RegExp(`${BODY_ONLY}: field "body" \\([^)]*\\): .*script`));
  });

  it('astro build alone (without the validator) fails too, naming the entry and the field', () => {
    const result = withBuildLock(() =>
      spawnSync('npx', ['astro', 'build', '--outDir', `${dir}-dist`], {
        env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      }),
    );
    rmSync(`${dir}-dist`, { recursive: true, force: true });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'pressmeddelanden → samverkan-for-ett-tryggt-norrkoping data does not match collection schema',
    );
    expect(output).toContain('title: must not be empty');
    expect(output).toContain('contacts.0: "finns-inte" does not exist in kontakter');
    expect(output).toContain('published: not a real date: "2023-13-45"');
    expect(output).toContain(`${RELEASE}`);
  });
});
