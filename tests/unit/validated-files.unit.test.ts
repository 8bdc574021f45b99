/**
 * The validator's kept verdicts (src/content-model/validated-files.ts): a run after an unchanged
 * run checks no file again, yet every problem is still found: in a changed file, and in an
 * unchanged file whose reference broke because another file went away.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
