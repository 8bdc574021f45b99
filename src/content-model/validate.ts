/**
 * Validates a whole content folder against the content model, outside Astro, with errors that
 * name the file, the field and its Swedish label. `npm run build` runs it first (through
 * `scripts/validate-content.ts`), so bad content stops the build before anything is written;
 * Astro then parses the same files with the same schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { placeholderSiteUrlProblem } from '../config/site-url.ts';
import { isSlug } from '../lib/slugify.ts';
import { describeChangeEnglish, sanitiserChanges } from '../markdown/sanitiser-changes.ts';
import { createSchemaContext } from './context.ts';
import type { CollectionDef, Field, SingletonDef } from './fields.ts';
import { COLLECTIONS, SETTINGS_FOLDER, SINGLETONS, siteSettings } from './index.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import { readMarkdown, readYaml, YamlError } from './read-yaml.ts';
import { collectionSchema } from './to-zod.ts';
import type { ValidatedFiles } from './validated-files.ts';

export interface ContentError {
  /** Path of the file, relative to the repository root or given base. */
  readonly file: string;
  /** Dotted path of the field (`invitation.place`, `promises.0.text`), or '' for the whole file. */
  readonly field: string;
  /** Swedish label of the field, when known. */
  readonly label: string;
  readonly message: string;
}

export function formatContentError(e: ContentError): string {
  const field = e.field === '' ? '' : ` field "${e.field}"${e.label ? ` (${e.label})` : ''}:`;
  return `${e.file}:${field} ${e.message}`;
}

/** Splits a Markdown file into parsed front matter and body. Throws on malformed YAML. */
export const parseMarkdownFile = readMarkdown;

/** The Swedish label of the field at a zod issue path. */
function labelAt(fields: readonly Field[], issuePath: readonly PropertyKey[]): string {
  let current: readonly Field[] | undefined = fields;
  let label = '';
  for (const segment of issuePath) {
    if (typeof segment === 'number') continue;
    const field: Field | undefined = current?.find((f) => f.name === segment);
    if (!field) return label;
    label = field.label;
    current = field.widget === 'list' || field.widget === 'object' ? field.fields : undefined;
  }
  return label;
}

function issuesToErrors(file: string, fields: readonly Field[], error: z.ZodError): ContentError[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    label: labelAt(fields, issue.path),
    message: issue.message,
  }));
}

function validateData(
  file: string,
  def: CollectionDef | SingletonDef,
  data: unknown,
  schema: z.ZodType,
): ContentError[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, field: '', label: '', message: 'expected a set of fields (key: value)' }];
  }
  const result = schema.safeParse(data);
  return result.success ? [] : issuesToErrors(file, def.fields, result.error);
}

/** What is wrong with a YAML file that cannot be read, as an error on the file (or the field written twice). */
function unreadable(file: string, def: CollectionDef | SingletonDef, error: YamlError): ContentError {
  const field = error.field ?? '';
  return { file, field, label: field ? labelAt(def.fields, [field]) : '', message: `cannot be read: ${error.message}` };
}

/** How many lines of the file come before its body (front matter and fences), if the body is its tail. */
function bodyLineOffset(source: string, body: string): number | undefined {
  const normalised = source.replace(/\r\n?/g, '\n');
  if (!normalised.endsWith(body)) return undefined;
  return normalised.slice(0, normalised.length - body.length).split('\n').length - 1;
}

/**
 * What is wrong with a Markdown/MDX body (`source` is the whole file, for line numbers): MDX the
 * site does not allow, and anything the renderer's sanitiser would remove. Nothing an editor wrote
 * may vanish without a word, so both are refused with their line. Shared by the validator and the
 * content layer (`src/content.config.ts`).
 */
export function bodyProblems(source: string, body: string, format: 'md' | 'mdx'): string[] {
  const mdxProblems = format === 'mdx' ? mdxBodyProblems(body) : [];
  // MDX the check above refuses is not parsed again.
  if (mdxProblems.length > 0) return mdxProblems;
  const offset = bodyLineOffset(source, body);
  return sanitiserChanges(body, format).map((change) =>
    change.line === undefined || offset === undefined
      ? describeChangeEnglish(change)
      : describeChangeEnglish({ ...change, line: change.line + offset }, 'of the file'),
  );
}

/**
 * Every error in one entry's file (`source`, shown as `file`): its YAML, its fields, its body.
 * The validator runs this on each file; the fuzz test runs it on generated files.
 */
export function validateEntrySource(
  file: string,
  def: CollectionDef | SingletonDef,
  source: string,
  schema: z.ZodType,
): ContentError[] {
  const format = 'format' in def ? def.format : 'yml';
  try {
    if (format === 'yml') return validateData(file, def, readYaml(source), schema);
    const errors: ContentError[] = [];
    const { data, body } = readMarkdown(source);
    errors.push(...validateData(file, def, data, schema));
    const bodyDef = 'body' in def ? def.body : undefined;
    if (bodyDef?.required && body.trim() === '') {
      errors.push({ file, field: 'body', label: bodyDef.label, message: 'must not be empty' });
    }
    for (const message of bodyProblems(source, body, format)) {
      errors.push({ file, field: 'body', label: bodyDef?.label ?? '', message });
    }
    return errors;
  } catch (error) {
    // Only unreadable YAML is an editor's mistake; anything else is a bug and must surface as one.
    if (error instanceof YamlError) return [unreadable(file, def, error)];
    throw error;
  }
}

/**
 * What a production build refuses on top of `validateContentDir`: a placeholder site address
 * (`installningar/webbplats.yml`, `siteUrl`), which would put the sitemap, feeds and share links
 * on an address that does not exist.
 */
export function productionProblems(contentDir: string, displayBase = process.cwd()): ContentError[] {
  const file = path.join(contentDir, SETTINGS_FOLDER, `${siteSettings.name}.yml`);
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = readYaml(readFileSync(file, 'utf8'));
  } catch {
    return []; // validateContentDir reports it
  }
  const siteUrl = (data as { siteUrl?: unknown } | null)?.siteUrl;
  if (typeof siteUrl !== 'string') return [];
  const problem = placeholderSiteUrlProblem(siteUrl);
  if (problem === undefined) return [];
  const label = siteSettings.fields.find((f) => f.name === 'siteUrl')?.label ?? '';
  return [{ file: path.relative(displayBase, file) || file, field: 'siteUrl', label, message: problem }];
}

/**
 * Every error in a content folder. `displayBase` is the folder file names are shown relative to.
 */
export function validateContentDir(
  contentDir: string,
  displayBase = process.cwd(),
  /** Verdicts of earlier runs: files that passed with the same text and context are not checked again. */
  validated?: ValidatedFiles,
): ContentError[] {
  const errors: ContentError[] = [];
  const context = createSchemaContext(contentDir);
  const show = (file: string) => path.relative(displayBase, file) || file;
  validated?.useContext(contentDir, context);
  const check = (collection: string, file: string, schema: () => z.ZodType, def: CollectionDef | SingletonDef) => {
    const source = readFileSync(file, 'utf8');
    const key = validated?.keyOf(collection, path.basename(file), source);
    if (key !== undefined && validated?.passedBefore(key)) return;
    const found = validateEntrySource(show(file), def, source, schema());
    if (found.length === 0 && key !== undefined) validated?.passed(key);
    errors.push(...found);
  };

  for (const def of COLLECTIONS) {
    const dir = path.join(contentDir, def.name);
    if (!existsSync(dir)) continue;
    const schema = collectionSchema(def, context);
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const file = path.join(dir, name);
      if (!name.endsWith(`.${def.format}`)) {
        errors.push({
          file: show(file),
          field: '',
          label: '',
          message: `unexpected file: ${def.label} are .${def.format} files`,
        });
        continue;
      }
      const id = name.slice(0, -(def.format.length + 1));
      if (!isSlug(id)) {
        errors.push({
          file: show(file),
          field: '',
          label: '',
          message: 'file name must be lower-case ASCII letters, digits and hyphens (å/ä → a, ö → o)',
        });
      }
      if (def.reservedSlugs?.includes(id)) {
        errors.push({
          file: show(file),
          field: '',
          label: '',
          message: `file name "${id}" is taken by a page of the site (reserved: ${def.reservedSlugs.join(', ')}); choose another`,
        });
      }
      check(def.name, file, () => schema, def);
    }
  }

  for (const def of SINGLETONS) {
    const file = path.join(contentDir, SETTINGS_FOLDER, `${def.name}.yml`);
    if (!existsSync(file)) {
      if (def.optional) continue;
      errors.push({ file: show(file), field: '', label: def.label, message: 'settings file is missing' });
      continue;
    }
    check(SETTINGS_FOLDER, file, () => collectionSchema(def, context), def);
  }
  return errors;
}
