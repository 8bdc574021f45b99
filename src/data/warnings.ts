import { type CollectionEntry, getCollection } from 'astro:content';
import { selectActiveWarning } from '../utils/active-warning.ts';
import { NOW } from './now.ts';

/** The warning every page shows at build time, if any. */
export async function getActiveWarning(): Promise<CollectionEntry<'varningar'> | undefined> {
  const warnings = await getCollection('varningar');
  const active = selectActiveWarning(
    warnings.map((w) => ({ ...w.data, entry: w })),
    NOW,
  );
  return active?.entry;
}
