/**
 * The content model: every content type and settings file, defined once. The Astro collections
 * (`src/content.config.ts`), the content validator (`scripts/validate-content.ts`) and the CMS
 * config are all derived from this list.
 */
import { awardWinners } from './collections/award-winners.ts';
import { citizenPromises } from './collections/citizen-promises.ts';
import { contacts } from './collections/contacts.ts';
import { documents } from './collections/documents.ts';
import { languageSettings } from './collections/languages.ts';
import { measures } from './collections/measures.ts';
import { pages } from './collections/pages.ts';
import { pressReleases } from './collections/press-releases.ts';
import {
  accessibilitySettings,
  awardSettings,
  pressSettings,
  searchSettings,
  siteSettings,
} from './collections/settings.ts';
import { translations } from './collections/translations.ts';
import { warnings } from './collections/warnings.ts';
import type { CollectionDef, Field, Infer, SingletonDef } from './fields.ts';

export {
  accessibilitySettings,
  awardSettings,
  awardWinners,
  citizenPromises,
  contacts,
  documents,
  languageSettings,
  measures,
  pages,
  pressReleases,
  pressSettings,
  searchSettings,
  siteSettings,
  translations,
  warnings,
};

/** Every folder collection, in the order the CMS lists them. */
export const COLLECTIONS: readonly CollectionDef[] = [
  pressReleases,
  warnings,
  pages,
  translations,
  citizenPromises,
  documents,
  measures,
  awardWinners,
  contacts,
];

/** Every settings file; all live in the `installningar` folder. */
export const SINGLETONS: readonly SingletonDef[] = [
  siteSettings,
  pressSettings,
  awardSettings,
  accessibilitySettings,
  searchSettings,
  languageSettings,
];

/** Folder (under the content folder) of the settings files. */
export const SETTINGS_FOLDER = 'installningar';

/** Folder (under the content folder) of uploaded files: PDFs and images. Served at `/filer/`. */
export const FILES_FOLDER = 'filer';

/** Astro collection name of a settings file. */
export function singletonCollectionName(def: SingletonDef): string {
  return `${SETTINGS_FOLDER}-${def.name}`;
}

/** Parsed data of a content type, for templates. */
export type DataOf<D extends { fields: readonly unknown[] }> = D extends {
  fields: infer Fs extends readonly Field[];
}
  ? Infer<Fs>
  : never;
