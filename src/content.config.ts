/**
 * Astro content collections, derived from the content model (`src/content-model/`). Nothing here
 * describes a field: add or change fields in the content type's module.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { contentDir } from './config/site.ts';
import { createSchemaContext } from './content-model/context.ts';
import type { CollectionDef, SingletonDef } from './content-model/fields.ts';
import {
  accessibilitySettings,
  awardSettings,
  awardWinners,
  COLLECTIONS,
  citizenPromises,
  contacts,
  type DataOf,
  documents,
  measures,
  pages,
  pressReleases,
  pressSettings,
  SETTINGS_FOLDER,
  SINGLETONS,
  searchSettings,
  singletonCollectionName,
  siteSettings,
  warnings,
} from './content-model/index.ts';
import { collectionSchema } from './content-model/to-zod.ts';

const base = contentDir();
const context = createSchemaContext(base);

function folder<D extends CollectionDef>(def: D) {
  return defineCollection({
    loader: glob({ pattern: `*.${def.format}`, base: `${base}/${def.name}` }),
    schema: collectionSchema(def, context) as z.ZodType<DataOf<D>>,
  });
}

function singleton<D extends SingletonDef>(def: D) {
  return defineCollection({
    loader: glob({ pattern: `${def.name}.yml`, base: `${base}/${SETTINGS_FOLDER}` }),
    schema: collectionSchema(def, context) as z.ZodType<DataOf<D>>,
  });
}

export const collections = {
  pressmeddelanden: folder(pressReleases),
  varningar: folder(warnings),
  sidor: folder(pages),
  medborgarloften: folder(citizenPromises),
  dokument: folder(documents),
  atgarder: folder(measures),
  'fem-i-tolv': folder(awardWinners),
  kontakter: folder(contacts),
  'installningar-webbplats': singleton(siteSettings),
  'installningar-pressrum': singleton(pressSettings),
  'installningar-fem-i-tolv-priset': singleton(awardSettings),
  'installningar-tillganglighet': singleton(accessibilitySettings),
  'installningar-sok': singleton(searchSettings),
};

// The names above are written out so Astro can type each collection; this guard makes sure the
// list matches the content model, so a type added there cannot be forgotten here.
const expected = [...COLLECTIONS.map((c) => c.name), ...SINGLETONS.map(singletonCollectionName)].sort();
const actual = Object.keys(collections).sort();
if (expected.join() !== actual.join()) {
  throw new Error(`src/content.config.ts lists ${actual.join(', ')} but the content model has ${expected.join(', ')}`);
}
