/**
 * The validator's kept verdicts (src/content-model/validated-files.ts): a run after an unchanged
 * run checks no file again, yet every problem is still found: in a changed file, and in an
 * unchanged file whose reference broke because another file went away. The content layer asks
 * whether a body passed the last run (to skip looking for its problems again): only the same text does.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSchemaContext } from '../../src/content-model/context.ts';
import { validateContentDir } from '../../src/content-model/validate.ts';
import { ValidatedFiles } from '../../src/content-model/validated-files.ts';
import { copyContent, editEntry, removeCopy } from '../support/content-copy.ts';

const content = copyContent();
const store = path.join(content, '..', `${path.basename(content)}-validated.json`);
afterAll(() => {
  removeCopy(content);
  rmSync(store, { force: true });
});

const run = () => {
  const validated = new ValidatedFiles(store);
  const errors = validateContentDir(content, content, validated);
  validated.save();
  return { errors: errors.map((e) => `${e.file}: ${e.field}`), skipped: validated.skipped };
};

describe('validated files', () => {
  it('checks nothing again when nothing changed', () => {
    expect(run()).toEqual({ errors: [], skipped: 0 });
    const again = run();
    expect(again.errors).toEqual([]);
    expect(again.skipped).toBeGreaterThan(30);
  });

  it('tells the content layer which files passed the last run with the same text, and only those', () => {
    run();
    const page = 'nobra.mdx';
    const source = readFileSync(path.join(content, 'sidor', page), 'utf8');
    const validated = new ValidatedFiles(store);
    validated.useContext(content, createSchemaContext(content));
    expect(validated.passedLastRun('sidor', page, source)).toBe(true);
    expect(validated.passedLastRun('sidor', page, `${source}\nEn ändring.\n`)).toBe(false);
    expect(validated.passedLastRun('pressmeddelanden', page, source)).toBe(false);
    // Asking records nothing: the validator's next run still decides what is kept.
    expect(validated.skipped).toBe(0);
  });

  it('checks a changed file again and reports its problem', () => {
    const before = run().skipped;
    editEntry(content, 'kontakter/anna-selander.yml', (d) => {
      d.email = 'inte en adress';
    });
    const after = run();
    expect(after.errors).toEqual(['kontakter/anna-selander.yml: email']);
    expect(after.skipped).toBe(before - 1);
  });

  it('checks unchanged files again when what they refer to changed', () => {
    rmSync(path.join(content, 'kontakter', 'sophia-jarl.yml'));
    const errors = run().errors;
    expect(errors).toContain('pressmeddelanden/samverkan-for-ett-tryggt-norrkoping.md: contacts.1');
    // The problem stays reported in every run: only passes are kept.
    expect(run().errors).toEqual(errors);
  });
});
