import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { localBackendFromQuery } from '../../admin/local-backend.ts';
import { localBackendUrl, PRODUCTION_BACKEND } from '../../src/config/cms-backend.ts';
import { COLLECTIONS, SINGLETONS } from '../../src/content-model/index.ts';
import { EMAIL, PHONE, SAFE_URL } from '../../src/content-model/patterns.ts';
import {
  type CmsConfig,
  type CmsField,
  type CmsFilesCollection,
  type CmsFolderCollection,
  cmsConfig,
  cmsField,
} from '../../src/content-model/to-decap.ts';
import { collectionSchema } from '../../src/content-model/to-zod.ts';
import { compareFields, PROBE_CONTEXT } from '../support/cms-drift.ts';

const siteUrl = (
  yaml.load(readFileSync('content/norrkoping/installningar/webbplats.yml', 'utf8')) as { siteUrl: string }
).siteUrl;

function generate(siteContent = 'norrkoping'): CmsConfig {
  return cmsConfig({ siteContent, siteUrl, backend: PRODUCTION_BACKEND, localBackendUrl: localBackendUrl() });
}

const config = generate();
const folders = config.collections.filter((c): c is CmsFolderCollection => 'folder' in c);
const settings = config.collections.find((c): c is CmsFilesCollection => 'files' in c);

/** Every difference between a generated config and the zod schemas of the content model. */
function drift(cms: CmsConfig): string[] {
  const differences: string[] = [];
  const cmsFolders = cms.collections.filter((c): c is CmsFolderCollection => 'folder' in c);
  const cmsFiles = cms.collections.find((c): c is CmsFilesCollection => 'files' in c);
  if (cmsFolders.map((c) => c.name).join() !== COLLECTIONS.map((c) => c.name).join()) {
    differences.push(`collections: ${cmsFolders.map((c) => c.name).join(', ')} in the CMS`);
  }
  for (const def of COLLECTIONS) {
    const collection = cmsFolders.find((c) => c.name === def.name);
    if (!collection) continue;
    const body = collection.fields.find((f) => f.name === 'body');
    if ((body !== undefined) !== (def.body !== undefined) || (body && body.required !== def.body?.required)) {
      differences.push(`${def.name}.body: the Markdown body differs from the model`);
    }
    const fields = collection.fields.filter((f) => f.name !== 'body' || f.widget !== 'markdown');
    differences.push(...compareFields(def.name, fields, collectionSchema(def, PROBE_CONTEXT)));
  }
  for (const def of SINGLETONS) {
    const file = cmsFiles?.files.find((f) => f.name === def.name);
    if (!file) {
      differences.push(`installningar/${def.name}: not editable in the CMS`);
      continue;
    }
    differences.push(...compareFields(`installningar/${def.name}`, file.fields, collectionSchema(def, PROBE_CONTEXT)));
  }
  return differences;
}

describe('the generated CMS config and the Astro schemas (drift test)', () => {
  it('agree on every collection and settings file: names, required, options, lists, objects, references', () => {
    expect(drift(config)).toEqual([]);
  });

  // The comparison above must be able to fail: each of these breaks the config in one way.
  const broken: [string, (c: CmsConfig) => void, RegExp][] = [
    ['a renamed field', (c) => (fieldOf(c, 'pressmeddelanden', 'summary').name = 'ingress'), /summary: in the schema/],
    ['a required field made optional', (c) => (fieldOf(c, 'varningar', 'level').required = false), /level: optional/],
    ['an optional field made required', (c) => (fieldOf(c, 'kontakter', 'phone').required = true), /phone: required/],
    [
      'an extra option',
      (c) => fieldOf(c, 'varningar', 'level').options?.push({ label: 'Lila', value: 'lila' }),
      /level: options/,
    ],
    [
      'a relation to the wrong collection',
      (c) => Object.assign(fieldOf(c, 'sidor', 'contact'), { collection: 'dokument' }),
      /contact: the CMS picks from dokument/,
    ],
    [
      'a list turned into one value',
      (c) => (fieldOf(c, 'pressmeddelanden', 'contacts').multiple = false),
      /contacts: a single value/,
    ],
    [
      'a field missing inside a list',
      (c) => fieldOf(c, 'medborgarloften', 'promises').fields?.pop(),
      /promises\.activities: in the schema/,
    ],
    [
      'a date-time stored as a date',
      (c) => (fieldOf(c, 'pressmeddelanden', 'published').time_format = false),
      /published: a datetime widget/,
    ],
    ['a number range', (c) => (fieldOf(c, 'fem-i-tolv', 'year').max = 3000), /year: maximum 3000/],
    ['a settings file left out', (c) => settingsOf(c).files.pop(), /installningar\/sprak: not editable/],
    ['a collection left out', (c) => c.collections.splice(1, 1), /collections:/],
  ];
  it.each(broken)('reports %s', (_name, breakIt, message) => {
    const copy = structuredClone(config);
    breakIt(copy);
    expect(drift(copy).join('\n')).toMatch(message);
  });

  it('is the reviewed snapshot (admin/__snapshots__/cms-config.json)', async () => {
    await expect(`${JSON.stringify(config, null, 2)}\n`).toMatchFileSnapshot(
      '../../admin/__snapshots__/cms-config.json',
    );
  });
});

function fieldOf(c: CmsConfig, collection: string, name: string): CmsField {
  const found = c.collections.find((x) => x.name === collection);
  const field = found && 'fields' in found ? found.fields.find((f) => f.name === name) : undefined;
  if (!field) throw new Error(`no field ${collection}.${name}`);
  return field;
}

function settingsOf(c: CmsConfig): CmsFilesCollection {
  const found = c.collections.find((x): x is CmsFilesCollection => 'files' in x);
  if (!found) throw new Error('no settings collection');
  return found;
}

describe('cmsConfig', () => {
  it('uses the production backend set in one place, with the editorial workflow, in Swedish', () => {
    expect(config.backend).toEqual({ name: 'git-gateway', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('sv');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });

  it('reads and writes the content folder SITE_CONTENT names, uploads included', () => {
    const nykoping = generate('nykoping');
    expect(nykoping.media_folder).toBe('content/nykoping/filer');
    expect(nykoping.public_folder).toBe('/filer');
    const press = nykoping.collections.find((c) => c.name === 'pressmeddelanden') as CmsFolderCollection;
    expect(press.folder).toBe('content/nykoping/pressmeddelanden');
    const files = (nykoping.collections.find((c) => 'files' in c) as CmsFilesCollection).files.map((f) => f.file);
    expect(files).toEqual(SINGLETONS.map((s) => `content/nykoping/installningar/${s.name}.yml`));
  });

  it('makes ASCII file names from titles (å/ä → a, ö → o)', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    // A file name from one field, or (translations) from fields joined by hyphens.
    for (const collection of folders) expect(collection.slug).toMatch(/^\{\{[a-zA-Z]+\}\}(-\{\{[a-zA-Z]+\}\})*$/);
    expect(folders.find((c) => c.name === 'oversattningar')?.slug).toBe('{{language}}-{{original}}');
  });

  it('lists every collection with its Swedish label and hint, in the model order, with the right format', () => {
    expect(folders.map((c) => [c.name, c.label, c.description, c.extension])).toEqual(
      COLLECTIONS.map((d) => [d.name, d.label, d.hint, d.format]),
    );
    expect(folders.find((c) => c.name === 'kontakter')?.format).toBe('yml');
    expect(folders.find((c) => c.name === 'sidor')?.format).toBe('frontmatter');
    expect(settings?.files.map((f) => f.label)).toEqual(SINGLETONS.map((s) => s.label));
  });

  it('edits MDX page bodies as plain text so components are kept', () => {
    const body = folders.find((c) => c.name === 'sidor')?.fields.find((f) => f.name === 'body');
    expect(body).toMatchObject({ widget: 'markdown', modes: ['raw'], required: true });
  });

  it('requires alt text and a photographer credit with every image', () => {
    const images = fieldOf(config, 'pressmeddelanden', 'images');
    expect(images.fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['credit', 'string', true],
    ]);
    expect(fieldOf(config, 'fem-i-tolv', 'image').fields?.map((f) => f.required)).toEqual([true, true, true]);
  });

  it('writes date-times as Swedish wall-clock YYYY-MM-DDTHH:mm and dates as YYYY-MM-DD', () => {
    expect(fieldOf(config, 'pressmeddelanden', 'published')).toMatchObject({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
    });
    expect(fieldOf(config, 'pressmeddelanden', 'published')).not.toHaveProperty('picker_utc');
    expect(fieldOf(config, 'dokument', 'decided')).toMatchObject({ date_format: 'YYYY-MM-DD', time_format: false });
  });

  it('points topics at the press room settings list and contacts at Kontakter', () => {
    expect(fieldOf(config, 'pressmeddelanden', 'topics')).toMatchObject({
      widget: 'relation',
      collection: 'installningar',
      file: 'pressrum',
      value_field: 'topics.*.id',
      multiple: true,
    });
    expect(fieldOf(config, 'pressmeddelanden', 'contacts')).toMatchObject({ collection: 'kontakter', multiple: true });
    expect(fieldOf(config, 'atgarder', 'documents')).toMatchObject({ collection: 'dokument', multiple: true });
  });

  it('checks length, links, phone numbers and e-mail addresses in the CMS with the schema’s own rules', () => {
    const pattern = (field: CmsField) => new RegExp(field.pattern?.[0] ?? '');
    const summary = fieldOf(config, 'pressmeddelanden', 'summary');
    expect(pattern(summary).test('a'.repeat(300))).toBe(true);
    expect(pattern(summary).test('a'.repeat(301))).toBe(false);
    expect(summary.pattern?.[1]).toBe('Högst 300 tecken.');
    expect(fieldOf(config, 'varningar', 'link').pattern?.[0]).toBe(SAFE_URL.source);
    expect(fieldOf(config, 'kontakter', 'phone').pattern?.[0]).toBe(PHONE.source);
    expect(pattern(fieldOf(config, 'kontakter', 'email')).test('namn@kommun.se')).toBe(true);
    expect(pattern(fieldOf(config, 'kontakter', 'email')).test('namn@')).toBe(false);
    // One pattern for both: an address the build refuses (one-letter top-level domain) is refused in the CMS too.
    expect(fieldOf(config, 'kontakter', 'email').pattern?.[0]).toBe(EMAIL.source);
    expect(pattern(fieldOf(config, 'kontakter', 'email')).test('namn@kommun.s')).toBe(false);
  });

  it('never makes a boolean required (it always has a value)', () => {
    expect(
      cmsField({ widget: 'boolean', name: 'x', label: 'X', hint: '', required: true, default: false }),
    ).toMatchObject({ required: false, default: false });
  });
});

describe('localBackendFromQuery', () => {
  it('keeps the default without ?decap-server=', () => {
    expect(localBackendFromQuery('', 'http://127.0.0.1:8081/api/v1')).toBe('http://127.0.0.1:8081/api/v1');
  });
  it('names another port on this machine', () => {
    expect(localBackendFromQuery('?decap-server=40123', 'x')).toBe('http://127.0.0.1:40123/api/v1');
  });
  it('refuses anything but a port, so no other host can be named', () => {
    expect(() => localBackendFromQuery('?decap-server=evil.example:80', 'x')).toThrow(/port number/);
    expect(() => localBackendFromQuery('?decap-server=99999', 'x')).toThrow(/port number/);
  });
});
