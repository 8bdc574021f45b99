/**
 * Astro content collections, derived from the content model (`src/content-model/`). Nothing here
 * describes a field: add or change fields in the content type's module.
 */

import { defineCollection } from 'astro:content';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { contentDir, ROOT_DIR, siteCacheDir } from './config/site.ts';
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
  languageSettings,
  measures,
  pages,
  pressReleases,
  pressSettings,
  SETTINGS_FOLDER,
  SINGLETONS,
  searchSettings,
  singletonCollectionName,
  siteSettings,
  translations,
  warnings,
} from './content-model/index.ts';
import { modelCodeDigest } from './content-model/model-digest.ts';
import { readMarkdown, readYaml } from './content-model/read-yaml.ts';
import { collectionSchema } from './content-model/to-zod.ts';
import { bodyProblems } from './content-model/validate.ts';
import { ValidatedFiles } from './content-model/validated-files.ts';
import { VALIDATOR_BESIDE_ENV } from './content-model/validator-beside.ts';
import { type PlainRendered, rendererDigest } from './markdown/plain-mdx.ts';
import { RenderBeside, type RenderTally } from './markdown/render-beside.ts';

const base = contentDir();
const context = createSchemaContext(base);
/**
 * The validator's verdicts (`validated-files.ts`) of the last run (`npm run validate`, or the last
 * `npm run build`): a file that passed with this very text (and the same ids, uploads and checking code)
 * has no body problems, so its body is not parsed and sanitised a second time to look for them.
 */
const validated = new ValidatedFiles(path.join(siteCacheDir(base), 'validated-files.json'));
validated.useContext(base, context);
/**
 * Set by `npm run build` (`scripts/build.ts`), which runs the validator beside Astro and fails the
 * build on any problem it reports, bodies included: the content layer then leaves the body check
 * to it rather than parsing and sanitising every body a second time for a warning.
 */
const validatorBeside = process.env[VALIDATOR_BESIDE_ENV] === '1';

/** What Astro's glob loader gets besides the documented context: the file types it can read. */
interface EntryType {
  getEntryInfo(params: {
    contents: string;
    fileUrl: URL;
  }): Promise<{ data: unknown; body?: string }> | { data: unknown; body?: string };
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderFunction>;
}
type RenderFunction = (entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => Promise<unknown>;

/** Bodies rendered in a worker thread during the content sync (`render-beside.ts`), one for all collections. */
let beside: RenderBeside | undefined;
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * Astro's glob loader, except that every file's fields are read by the content model's YAML
 * reader (`read-yaml.ts`) instead of Astro's, so the pages get exactly the values the validator
 * checked: dates as the text the editor wrote, no YAML 1.1 timestamps. Astro still reads the body
 * and renders Markdown/MDX.
 */
/**
 * Mixed into each file's digest (`model-digest.ts`): Astro keeps parsed entries between builds and
 * re-reads a file only when its digest changes, so a change to the reader or the rules re-reads
 * every file too, and a cached entry never carries what an older reader made of it. So does an
 * update of any package (the HTML kept for a body is what the installed renderer made of it).
 */
const MODEL_DIGEST = `${modelCodeDigest()} ${rendererDigest()}`;

/**
 * Collections whose raw Markdown the pages read (`entry.body`): only pages, whose text a
 * translation's version digest covers (`src/data/languages.ts`). Every other collection's body is
 * not kept in the content layer's data store beside its rendered HTML: at 10,000 entries the store
 * is 40 % raw bodies, and Astro holds it in memory several times over while it bundles the store
 * into the build and loads it back (the build's peak memory, docs/benchmarks.md).
 */
const BODY_READ = new Set<string>([pages.name]);

function modelGlob(pattern: string, collection: string, folder: string): Loader {
  const inner = glob({ pattern, base: folder, retainBody: BODY_READ.has(collection) });
  return {
    name: 'content-model-glob',
    load: async (context) => {
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' ? `${MODEL_DIGEST}\n${data}` : data);
      // The entries the last build parsed (the content layer's cache), by file: the glob loader
      // reads every file's fields before it sees that the file is unchanged, so an unchanged file
      // (same digest: same text, same reader code) is handed its stored fields instead of being
      // parsed and checked again. `npm run build`'s validator still checks every file.
      const root = fileURLToPath(context.config.root);
      const stored = new Map(context.store.values().flatMap((e) => (e.filePath ? [[e.filePath, e] as const] : [])));
      // MDX bodies that use no component, rendered here (src/markdown/plain-mdx.ts), by file.
      const plain = new Map<string, PlainRendered>();
      const entryTypes = new Map<string, EntryType>();
      beside ??= new RenderBeside(context.config);
      const render = beside;
      const tally: RenderTally = { beside: 0, here: 0 };
      for (const [extension, entryType] of (context as GlobContext).entryTypes) {
        entryTypes.set(extension, {
          ...entryType,
          // A `.md` body as Astro renders it (its Markdown entry type's `renderToString`), in the worker.
          ...(extension === '.md' && entryType.getRenderFunction
            ? {
                getRenderFunction: async () => (entry: Parameters<RenderFunction>[0]) =>
                  render.markdown(
                    entry.body ?? '',
                    entry.data,
                    pathToFileURL(entry.filePath ?? path.join(folder, 'unknown.md')),
                    tally,
                  ),
              }
            : {}),
          getEntryInfo: async (params) => {
            const relative = path.relative(root, fileURLToPath(params.fileUrl)).split(path.sep).join('/');
            const previous = stored.get(relative);
            if (previous && previous.digest === generateDigest(params.contents)) {
              return { data: previous.data, body: previous.body ?? '' };
            }
            const info = await entryType.getEntryInfo(params);
            if (extension === '.yml') return { ...info, data: readYaml(params.contents) };
            const { data, body } = readMarkdown(params.contents);
            // What the sanitiser would remove (or MDX the site does not allow) is refused by the
            // validator, which `npm run build` and `npm start` run first. Here, for `astro dev` and
            // a bare `astro build`, it is a warning naming file, field and line: a hard stop would
            // leave no way to prove that the sanitiser alone keeps such a body inert (the
            // untrusted-content gate builds without the validator).
            const name = path.basename(fileURLToPath(params.fileUrl));
            const problems =
              validatorBeside || validated.passedLastRun(collection, name, params.contents)
                ? []
                : bodyProblems(params.contents, body, extension === '.mdx' ? 'mdx' : 'md');
            const file = path.relative(ROOT_DIR, fileURLToPath(params.fileUrl));
            for (const problem of problems) context.logger.warn(`${file}: field "body": ${problem}`);
            // (In `astro dev` a file is read again on every save: what an earlier text made is dropped.)
            plain.delete(relative);
            if (extension === '.mdx' && problems.length === 0) {
              const rendered = await render.plainMdx(
                info.body ?? '',
                fileURLToPath(params.fileUrl),
                data as Record<string, unknown>,
                tally,
              );
              if (rendered) plain.set(relative, rendered);
            }
            return { ...info, data };
          },
        });
      }
      // The glob loader stores an MDX entry to be compiled and bundled by Vite (`deferredRender`);
      // one rendered above is stored with its HTML instead, as a Markdown entry is.
      const store: LoaderContext['store'] = Object.create(context.store);
      store.set = (entry) => {
        const rendered = entry.deferredRender && entry.filePath ? plain.get(entry.filePath) : undefined;
        if (!rendered) return context.store.set(entry);
        const { deferredRender: _, ...rest } = entry;
        return context.store.set({ ...rest, rendered });
      };
      await inner.load({ ...context, entryTypes, generateDigest, store } as GlobContext);
      if (tally.beside + tally.here > 0) {
        context.logger.info(
          `${collection}: bodies rendered in a worker thread ${tally.beside}, on the main thread ${tally.here}`,
        );
      }
    },
  };
}

function folder<D extends CollectionDef>(def: D) {
  return defineCollection({
    loader: modelGlob(`*.${def.format}`, def.name, `${base}/${def.name}`),
    schema: collectionSchema(def, context) as z.ZodType<DataOf<D>>,
  });
}

function singleton<D extends SingletonDef>(def: D) {
  return defineCollection({
    loader: modelGlob(`${def.name}.yml`, SETTINGS_FOLDER, `${base}/${SETTINGS_FOLDER}`),
    schema: collectionSchema(def, context) as z.ZodType<DataOf<D>>,
  });
}

export const collections = {
  pressmeddelanden: folder(pressReleases),
  varningar: folder(warnings),
  sidor: folder(pages),
  oversattningar: folder(translations),
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
  'installningar-sprak': singleton(languageSettings),
};

// The names above are written out so Astro can type each collection; this guard makes sure the
// list matches the content model, so a type added there cannot be forgotten here.
const expected = [...COLLECTIONS.map((c) => c.name), ...SINGLETONS.map(singletonCollectionName)].sort();
const actual = Object.keys(collections).sort();
if (expected.join() !== actual.join()) {
  throw new Error(`src/content.config.ts lists ${actual.join(', ')} but the content model has ${expected.join(', ')}`);
}
