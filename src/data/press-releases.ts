/** The press releases the build may show: published, not drafts, newest first. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { isPublished } from '../utils/is-published.ts';
import { NOW } from './now.ts';

export type PressRelease = CollectionEntry<'pressmeddelanden'>;

export async function getPublishedPressReleases(): Promise<PressRelease[]> {
  const all = await getCollection('pressmeddelanden', (entry) => isPublished(entry.data, NOW));
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}
