/**
 * Astro content collections, derived from the content model (`src/content-model/`). Nothing here
 * describes a field: add or change fields in the content type's module.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
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
  singletonCollectionName,
  siteSettings,
  warnings,
} from './content-model/index.ts';
import { readMarkdown, readYaml } from './content-model/read-yaml.ts';
import { collectionSchema } from './content-model/to-zod.ts';

const base = contentDir();
const context = createSchemaContext(base);

/** What Astro's glob loader gets besides the documented context: the file types it can read. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: unknown }> | { data: unknown };
}
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * Astro's glob loader, except that every file's fields are read by the content model's YAML
 * reader (`read-yaml.ts`) instead of Astro's, so the pages get exactly the values the validator
 * checked: dates as the text the editor wrote, no YAML 1.1 timestamps. Astro still reads the body
 * and renders Markdown/MDX.
 */
function modelGlob(pattern: string, folder: string): Loader {
  const inner = glob({ pattern, base: folder });
  return {
    name: 'content-model-glob',
    load: (context) => {
      const entryTypes = new Map<string, EntryType>();
      for (const [extension, entryType] of (context as GlobContext).entryTypes) {
        entryTypes.set(extension, {
          ...entryType,
          getEntryInfo: async (params) => {
            const info = await entryType.getEntryInfo(params);
            const data = extension === '.yml' ? readYaml(params.contents) : readMarkdown(params.contents).data;
            return { ...info, data };
          },
        });
      }
      return inner.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

function folder<D extends CollectionDef>(def: D) {
  return defineCollection({
    loader: modelGlob(`*.${def.format}`, `${base}/${def.name}`),
    schema: collectionSchema(def, context) as z.ZodType<DataOf<D>>,
  });
}

function singleton<D extends SingletonDef>(def: D) {
  return defineCollection({
    loader: modelGlob(`${def.name}.yml`, `${base}/${SETTINGS_FOLDER}`),
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
};

// The names above are written out so Astro can type each collection; this guard makes sure the
// list matches the content model, so a type added there cannot be forgotten here.
const expected = [...COLLECTIONS.map((c) => c.name), ...SINGLETONS.map(singletonCollectionName)].sort();
const actual = Object.keys(collections).sort();
if (expected.join() !== actual.join()) {
  throw new Error(`src/content.config.ts lists ${actual.join(', ')} but the content model has ${expected.join(', ')}`);
}
