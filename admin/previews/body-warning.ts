/**
 * The preview's warning about text the published page would not show: the same check the
 * validator runs before every build (`src/markdown/sanitiser-changes.ts`), told in Swedish where
 * the editor is looking, so a body that would lose something is fixed before it is saved (saving it
 * anyway stops the build with the same finding).
 */
import { describeChangeSwedish, type SanitiserChange, sanitiserChanges } from '../../src/markdown/sanitiser-changes.ts';
import type { ImmutableLike, PreviewNode } from '../globals.d.ts';
import { h, text } from './helpers.ts';

/** The warning for the entry's body, or null when the body is published as written. */
export function bodyWarning(entry: ImmutableLike, format: 'md' | 'mdx'): PreviewNode | null {
  let changes: SanitiserChange[];
  let message: string;
  try {
    changes = sanitiserChanges(text(entry, 'body'), format);
    const [first] = changes;
    if (first === undefined) return null;
    message = describeChangeSwedish(first);
  } catch {
    message = 'Texten kan inte läsas. Kontrollera att taggar som <FactBox> och <Steps> är stängda.';
  }
  return h(
    'div',
    { className: 'warning warning--orange body-warning', role: 'alert' },
    h('p', { className: 'warning__title' }, 'Texten kan inte publiceras så här'),
    h('p', null, message),
  );
}
