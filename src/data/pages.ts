import { type CollectionEntry, getCollection } from 'astro:content';
import { SECTIONS } from '../content-model/enums.ts';
import { pagePath } from '../lib/urls.ts';

export type Page = CollectionEntry<'sidor'>;

/** Pages of a section in menu order (order, then title). */
export async function getPagesInSection(section: string): Promise<Page[]> {
  const pages = await getCollection('sidor', (p) => p.data.section === section);
  return pages.sort(
    (a, b) => (a.data.order ?? 1000) - (b.data.order ?? 1000) || a.data.title.localeCompare(b.data.title, 'sv'),
  );
}

/** The section a page belongs to, with its label and URL. */
export function sectionOf(page: Page): { value: string; label: string; href: string } {
  const section = SECTIONS.find((s) => s.value === page.data.section);
  if (!section) throw new Error(`Unknown section ${page.data.section}`);
  return { ...section, href: pagePath(section.value) };
}
