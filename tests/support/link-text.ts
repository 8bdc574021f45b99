/**
 * Link text that says nothing out of context ("klicka här", "läs mer"). Screen-reader users often
 * list a page's links on their own, where such text is useless (WCAG 2.4.4, 2.4.9).
 */

/** Whole link names that are vague, lower-case, without punctuation (Swedish, and English too). */
export const VAGUE_LINK_TEXTS: readonly string[] = [
  'här',
  'klicka',
  'klicka här',
  'tryck här',
  'se här',
  'läs mer',
  'läs mer här',
  'mer',
  'mer info',
  'mer information',
  'länk',
  'denna länk',
  'den här länken',
  'click here',
  'here',
  'read more',
  'more',
  'link',
];

/** Whether a link's accessible name is one of the vague ones (case, spacing and punctuation ignored). */
export function isVagueLinkText(name: string): boolean {
  const normal = name
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return normal === '' || VAGUE_LINK_TEXTS.includes(normal);
}

/** Link names in a Playwright ARIA snapshot (`- link "Start":` lines). */
export function linkNamesInAriaSnapshot(snapshot: string): string[] {
  return [...snapshot.matchAll(/^\s*- link(?: "((?:[^"\\]|\\.)*)")?/gm)].map((m) =>
    (m[1] ?? '').replace(/\\(.)/g, '$1'),
  );
}
