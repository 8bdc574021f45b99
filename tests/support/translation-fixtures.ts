/**
 * Translation fixtures, written into a content copy (never `content/`): the Swedish page
 * `grannsamverkan` gets a new paragraph after its translations were made (so they are out of date);
 * `nattvandring` is only re-saved with a new "Senast granskad" date and its fields re-quoted, as
 * the CMS does (so its translations stay up to date); and its English and Arabic translations are
 * recorded as checked.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readMarkdown } from '../../src/content-model/read-yaml.ts';
import { editEntry } from './content-copy.ts';

/** The Swedish page changed after it was translated. */
export const CHANGED_ORIGINAL = 'grannsamverkan';
/** The Swedish page re-saved without a change to its text. */
export const RESAVED_ORIGINAL = 'nattvandring';
export const CHECKED_BY = 'Fixtur – kommunikationsavdelningen';
export const CHECKED_DATE = '2026-11-20';

export function writeTranslationFixtures(dir: string): void {
  const file = `sidor/${CHANGED_ORIGINAL}.mdx`;
  const { body } = readMarkdown(readFileSync(path.join(dir, file), 'utf8'));
  editEntry(dir, file, () => {}, `${body}\nFixtur: ett nytt stycke på den svenska sidan.\n`);
  editEntry(dir, `sidor/${RESAVED_ORIGINAL}.mdx`, (data) => {
    data.lastReviewed = '2026-11-23';
  });
  for (const code of ['en', 'ar']) {
    editEntry(dir, `oversattningar/${code}-${RESAVED_ORIGINAL}.mdx`, (data) => {
      data.checkedBy = CHECKED_BY;
      data.checkedDate = CHECKED_DATE;
    });
  }
}
