/**
 * Generates the Decap CMS configuration from the content model (`src/content-model/`), so every
 * collection, field, Swedish label, hint, option list and rule the CMS shows comes from the same
 * definitions the Astro schemas come from. Pure: the build (`src/integrations/decap-cms.ts`) writes
 * its result to `dist/admin/config.json`, and tests compare it with the zod schemas. The config's
 * types are in `decap-types.ts`.
 */

import type { CmsConfig, CmsConfigInput, CmsField, CmsFilesCollection, CmsFolderCollection } from './decap-types.ts';
import type { CollectionDef, Field, RelationTarget, SingletonDef } from './fields.ts';
import { COLLECTIONS, FILES_FOLDER, languageSettings, pressSettings, SETTINGS_FOLDER, SINGLETONS } from './index.ts';
import { EMAIL, PHONE, SAFE_URL } from './patterns.ts';

export type { CmsConfig, CmsConfigInput, CmsField, CmsFilesCollection, CmsFolderCollection } from './decap-types.ts';

/** Name of the Decap files collection that holds every settings file. */
export const SETTINGS_COLLECTION = SETTINGS_FOLDER;

/** Swedish error shown under a field that is too long (Decap has no length option of its own). */
export function maxLengthPattern(max: number): [string, string] {
  return [`^[\\s\\S]{0,${max}}$`, `Högst ${max} tecken.`];
}

/** Where each relation target lives in the CMS, and how editors pick from it. */
function relationTarget(
  target: RelationTarget,
): Pick<CmsField, 'collection' | 'file' | 'value_field' | 'search_fields' | 'display_fields'> {
  switch (target) {
    case 'kontakter':
      return {
        collection: 'kontakter',
        value_field: '{{slug}}',
        search_fields: ['name', 'role', 'unit'],
        display_fields: ['name', 'role'],
      };
    case 'dokument':
      return { collection: 'dokument', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
    case 'sidor':
      return { collection: 'sidor', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
    case 'amnen':
      // Topics are the `topics` list of the press room settings file.
      return {
        collection: SETTINGS_COLLECTION,
        file: pressSettings.name,
        value_field: 'topics.*.id',
        search_fields: ['topics.*.label'],
        display_fields: ['topics.*.label'],
      };
    case 'sprak':
      // Languages are the `languages` list of the language settings file.
      return {
        collection: SETTINGS_COLLECTION,
        file: languageSettings.name,
        value_field: 'languages.*.code',
        search_fields: ['languages.*.name'],
        display_fields: ['languages.*.name'],
      };
  }
}

/** The Decap field for one field of the content model. */
export function cmsField(field: Field): CmsField {
  const base = { name: field.name, label: field.label, hint: field.hint, required: field.required };
  switch (field.widget) {
    case 'string': {
      const pattern = field.pattern
        ? ([field.pattern[0].source, field.pattern[1]] as [string, string])
        : field.max !== undefined
          ? maxLengthPattern(field.max)
          : undefined;
      return { ...base, widget: 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'text':
      return { ...base, widget: 'text', ...(field.max !== undefined ? { pattern: maxLengthPattern(field.max) } : {}) };
    case 'url':
      return {
        ...base,
        widget: 'string',
        pattern: [
          SAFE_URL.source,
          'Skriv en länk som börjar med https:// eller / (andra sorters länkar tas inte emot).',
        ],
      };
    case 'email':
      return { ...base, widget: 'string', pattern: [EMAIL.source, 'Skriv en e-postadress, t.ex. namn@kommun.se.'] };
    case 'phone':
      return { ...base, widget: 'string', pattern: [PHONE.source, 'Skriv ett telefonnummer, t.ex. "0123-45 67 89".'] };
    case 'date':
      // Stored as `YYYY-MM-DD`, picked with a date picker.
      return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false };
    case 'datetime':
      // Stored as `YYYY-MM-DDTHH:mm` without a zone: the model reads it as Swedish wall-clock time,
      // which is what an editor in Sweden types into the browser's local-time picker.
      return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
      };
    case 'boolean':
      // A boolean always has a value (the schema fills in the default), so it is never required.
      return { ...base, required: false, widget: 'boolean', default: field.default };
    case 'select':
      return {
        ...base,
        widget: 'select',
        options: field.options.map((o) => ({ label: o.label, value: o.value })),
        multiple: field.multiple ?? false,
      };
    case 'relation':
      return {
        ...base,
        widget: 'relation',
        ...relationTarget(field.collection),
        multiple: field.multiple ?? false,
        options_length: 500,
      };
    case 'image':
      return { ...base, widget: 'image', choose_url: false, allow_multiple: false };
    case 'file':
      return { ...base, widget: 'file', choose_url: false, allow_multiple: false };
    case 'list': {
      const fields = field.fields.map(cmsField);
      const first = fields[0]?.name;
      return {
        ...base,
        widget: 'list',
        fields,
        collapsed: true,
        ...(first ? { summary: `{{fields.${first}}}` } : {}),
        ...(field.min !== undefined ? { min: field.min } : {}),
      };
    }
    case 'object':
      return { ...base, widget: 'object', fields: field.fields.map(cmsField), collapsed: !field.required };
  }
}

/** The body of a Markdown collection. MDX pages are edited as plain text, so components survive. */
function bodyField(def: CollectionDef): CmsField[] {
  if (!def.body) return [];
  return [
    {
      name: 'body',
      label: def.body.label,
      hint: def.body.hint,
      required: def.body.required,
      widget: 'markdown',
      ...(def.format === 'mdx' ? { modes: ['raw'] } : {}),
    },
  ];
}

/**
 * Where each collection's entry is published on the site (the URL contract in docs and tests), so
 * Decap's "Visa på webbplatsen" opens the built page (`site_url` + this; on a Netlify deploy preview
 * of an unpublished entry, the preview's address + this). Warnings (shown on every page) and contacts
 * have none, and Decap opens the start page.
 */
export const PREVIEW_PATHS: Readonly<Record<string, string>> = {
  pressmeddelanden: 'pressmeddelanden/{{slug}}/',
  sidor: '{{slug}}/',
  medborgarloften: 'medborgarloften/{{slug}}/',
  dokument: 'dokument/{{slug}}/',
  'fem-i-tolv': 'fem-i-tolv-priset/',
  // Measures are listed on the documents page.
  atgarder: 'dokument/',
};

function folderCollection(def: CollectionDef, contentRoot: string): CmsFolderCollection {
  const previewPath = PREVIEW_PATHS[def.name];
  return {
    name: def.name,
    label: def.label,
    label_singular: def.labelSingular,
    description: def.hint,
    folder: `${contentRoot}/${def.name}`,
    extension: def.format,
    format: def.format === 'yml' ? 'yml' : 'frontmatter',
    create: true,
    slug: def.slugTemplate ?? `{{${def.slugFrom}}}`,
    identifier_field: def.slugFrom,
    summary: `{{${def.slugFrom}}}`,
    ...(previewPath !== undefined ? { preview_path: previewPath } : {}),
    fields: [...def.fields.map(cmsField), ...bodyField(def)],
  };
}

function settingsCollection(defs: readonly SingletonDef[], contentRoot: string): CmsFilesCollection {
  return {
    name: SETTINGS_COLLECTION,
    label: 'Inställningar',
    description: 'Uppgifter som gäller hela webbplatsen. Varje fil finns bara en gång.',
    extension: 'yml',
    format: 'yml',
    delete: false,
    files: defs.map((def) => ({
      name: def.name,
      label: def.label,
      description: def.hint,
      file: `${contentRoot}/${SETTINGS_FOLDER}/${def.name}.yml`,
      fields: def.fields.map(cmsField),
    })),
  };
}

/** The whole Decap config for one municipality's content folder. */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
  const contentRoot = `content/${input.siteContent}`;
  return {
    backend: input.backend.backend,
    publish_mode: input.backend.publishMode,
    local_backend: { url: input.localBackendUrl },
    locale: 'sv',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    // Every upload (images and PDFs) goes to the one folder the site serves at /filer/.
    media_folder: `${contentRoot}/${FILES_FOLDER}`,
    public_folder: `/${FILES_FOLDER}`,
    // File names from titles: lower-case ASCII, å/ä → a, ö → o, anything else → "-".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...COLLECTIONS.map((def) => folderCollection(def, contentRoot)),
      settingsCollection(SINGLETONS, contentRoot),
    ],
  };
}
