/**
 * Fuzzed front matter (property-based, fast-check). For every collection and settings file and
 * every field of the content model (nested fields too), a real entry of a copy of the content gets
 * one generated value: the wrong type, out of range, empty, over-long, odd Unicode (zero-width,
 * direction marks, NUL, BOM), unquoted scalars YAML might convert (`2023-12-01 09:30:00`, `0x1F`,
 * `yes`), or broken YAML around the field (tab indentation, the field written twice, anchors and
 * aliases, a misspelt name). The file is written to disk and the real validator reads it back.
 *
 * Every outcome must be one of two:
 * - refused, with every error naming this file, and the field (or a rule that involves it, or the
 *   line of YAML that cannot be read); a message, never a stack trace or a crash;
 * - accepted, and the data the pages get (the same reader and schema Astro's content layer uses)
 *   holds exactly what was written in that field, with every other field unchanged.
 *
 * The hand-written catalogue stays in malformed-content.unit.test.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createSchemaContext } from '../../src/content-model/context.ts';
import type { CollectionDef, Field, SingletonDef } from '../../src/content-model/fields.ts';
import { COLLECTIONS, SETTINGS_FOLDER, SINGLETONS } from '../../src/content-model/index.ts';
import { readMarkdown, readYaml } from '../../src/content-model/read-yaml.ts';
import { collectionSchema, type SchemaContext } from '../../src/content-model/to-zod.ts';
import { type ContentError, validateContentDir, validateEntrySource } from '../../src/content-model/validate.ts';
import { stockholmParts } from '../../src/lib/stockholm-time.ts';
import { copyContent, removeCopy, writeEntry } from '../support/content-copy.ts';

/** Generated cases (fast-check runs); the count is printed and checked below. */
const RUNS = 2500;

type Def = CollectionDef | SingletonDef;
type Data = Record<string, unknown>;
type Segment = string | number;

/** An entry of the content copy to break: where it is, its model, its parsed data and its body. */
interface Base {
  def: Def;
  file: string;
  format: 'md' | 'mdx' | 'yml';
  data: Data;
  body: string;
}

/** A field of the model with its path from the top of the entry (list items as index 0). */
interface FieldAt {
  base: Base;
  field: Field;
  path: Segment[];
}

/** A fictional award winner, since the seeds have none: the award folder must be fuzzed too. */
const AWARD_WINNER = `---
title: 'Pristagare 2024: Fuzzföreningen'
year: 2024
winner: Fuzzföreningen
citation: En påhittad motivering som bara finns i testets kopia av innehållet.
ceremonyDate: 2024-12-05
---
`;

// ---- What to write ------------------------------------------------------------------------------

const ODD = [
  'a',
  'ö',
  'Å',
  ' ',
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u0000', // NUL
  '\u0007', // bell
  '\u001B', // escape
  '\u0085', // next line (C1)
  '\uFEFF', // byte order mark
  '\u00A0', // no-break space
  '\t',
  '\n',
  '"',
  "'",
  ':',
  ': ',
  ' #',
  '- ',
  '&',
  '*',
  '!',
  '%',
  '@',
  '`',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '\\',
  'é',
  'e\u0301', // e + combining acute
  '😀',
  'ﷺ',
  'ש',
];
const oddText = fc.string({ unit: fc.constantFrom(...ODD), maxLength: 30 });
const plainText = fc.string({ unit: fc.constantFrom('a', 'b', 'Ö', ' ', '1', '-'), minLength: 1, maxLength: 20 });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const anyDate = fc
  .record({
    y: fc.integer({ min: 1890, max: 2210 }),
    m: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const realDate = fc
  .date({ min: new Date('1900-01-01T12:00:00Z'), max: new Date('2199-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyTime = fc
  .record({
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
  })
  .chain(({ h, mi, s }) =>
    fc.constantFrom(`${pad(h)}:${pad(mi)}`, `${pad(h)}:${pad(mi)}:00`, `${pad(h)}:${pad(mi)}:${pad(s)}`),
  );
const dateTime = fc.oneof(
  fc.tuple(fc.oneof(realDate, anyDate), fc.constantFrom('T', ' '), anyTime).map(([d, sep, t]) => `${d}${sep}${t}`),
  fc.tuple(realDate, anyTime, fc.constantFrom('Z', '+01:00', '-0500', '.000Z')).map(([d, t, z]) => `${d}T${t}${z}`),
  // The hour the clocks skip (and the one they repeat) in Sweden.
  fc.constantFrom('2024-03-31T02:30', '2025-03-30 02:00', '2024-10-27T02:30', '2024-03-31T03:00'),
  realDate,
);
const wrongFormatDate = fc.constantFrom(
  '1/12/2023',
  '2023/12/01',
  '20231201',
  '1 december 2023',
  '2023-1-5',
  ' 2023-12-01',
  'idag',
);

/** Values of the wrong type, empty values and structures where a scalar belongs. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', '   ', true, false, 0, -1, 2.5, [], {}, ['x'], { x: 1 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  oddText,
  fc.array(oddText, { maxLength: 3 }),
  fc.dictionary(plainText, oddText, { maxKeys: 2 }),
);

function valuesFor(field: Field, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const tooLong = (max = 200) =>
    fc.integer({ min: 1, max: 3 }).map((extra) => 'Å'.repeat(max + extra - 1) + (extra === 1 ? ' ' : 'x'));
  switch (field.widget) {
    case 'string':
    case 'text':
      return fc.oneof(oddText, plainText, tooLong(field.max), anything);
    case 'url':
      return fc.oneof(
        fc.constantFrom(
          'https://example.se/',
          '/sida/',
          'mailto:a@b.se',
          'tel:+4611',
          'javascript:alert(1)',
          'www.x.se',
          'data:,x',
        ),
        oddText.map((s) => `https://example.se/${s}`),
        anything,
      );
    case 'email':
      return fc.oneof(
        fc.emailAddress(),
        oddText.map((s) => `${s}@example.se`),
        anything,
      );
    case 'phone':
      return fc.oneof(
        fc.stringMatching(/^\+?[0-9][0-9 -]{1,12}[0-9]$/),
        fc.constantFrom('011-15 00 00', '114 14', '112', 'ring oss'),
        anything,
      );
    case 'date':
      return fc.oneof(realDate, anyDate, dateTime, wrongFormatDate, anything);
    case 'datetime':
      return fc.oneof(dateTime, anyDate, wrongFormatDate, anything);
    case 'number':
      return fc.oneof(
        fc.integer({ min: (field.min ?? 0) - 3, max: (field.max ?? 3000) + 3 }),
        fc.constantFrom(Number.MAX_SAFE_INTEGER, -0.5, 1e21),
        anything,
      );
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'ja', 1, 0), anything);
    case 'select': {
      const one = fc.oneof(fc.constantFrom(...field.options.map((o) => o.value)), oddText);
      return fc.oneof(field.multiple ? fc.array(one, { maxLength: 3 }) : one, anything);
    }
    case 'relation': {
      const ids = [...ctx.ids[field.collection]];
      const one = fc.oneof(ids.length > 0 ? fc.constantFrom(...ids) : plainText, plainText);
      return fc.oneof(field.multiple ? fc.array(one, { maxLength: 3 }) : one, anything);
    }
    case 'image':
    case 'file':
      return fc.oneof(
        fc.constantFrom(
          '/filer/riktlinje-for-norrkopings-brottsforebyggande-rad.pdf',
          '/filer/finns-inte.jpg',
          '/filer/../installningar/webbplats.yml',
          'filer/x.pdf',
          '/filer/x.exe',
        ),
        anything,
      );
    case 'list':
      return fc.oneof(
        fc.constantFrom([], [{}], 'en sak'),
        fc.array(fc.dictionary(plainText, oddText, { maxKeys: 2 }), { maxLength: 2 }),
        anything,
      );
    case 'object':
      return fc.oneof(fc.constantFrom({}, 'text'), anything);
  }
}

/** Scalars written as they stand (unquoted), the way an editor types them. */
const RAW_SCALARS = [
  '2023-12-01',
  '2023-12-01 09:30:00',
  '2023-12-01T09:30:00Z',
  '2023-13-45',
  '2024-03-31T02:30',
  '2023-12-01T09:30',
  'yes',
  'no',
  'on',
  'True',
  '~',
  'null',
  '0x1F',
  '0o17',
  '1e3',
  '007',
  '.inf',
  '-.nan',
  '12:30',
  '1_000',
  '+5',
  '2023',
  '"quoted"',
  "'single'",
  '"\\0"',
  '"\\u200B"',
  '"\\x07"',
];

/** How the YAML around the field is written. */
type Shape = 'plain' | 'raw' | 'tab' | 'duplicate' | 'anchor' | 'misspelt' | 'missing';

// ---- Writing a case -----------------------------------------------------------------------------

function getAt(data: unknown, at: readonly Segment[]): unknown {
  let current = data;
  for (const segment of at) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment as string];
  }
  return current;
}

/** Sets a value at a path, creating the list item or object on the way when the entry has none. */
function setAt(data: Data, at: readonly Segment[], value: unknown): void {
  let current: Record<string | number, unknown> = data;
  at.forEach((segment, i) => {
    if (i === at.length - 1) {
      if (value === undefined) Reflect.deleteProperty(current, segment);
      else current[segment] = value;
      return;
    }
    const next = at[i + 1];
    let child = current[segment];
    if (child === null || typeof child !== 'object') {
      child = typeof next === 'number' ? [{}] : {};
      current[segment] = child;
    }
    if (Array.isArray(child) && child.length === 0) child.push({});
    current = child as Record<string | number, unknown>;
  });
}

function deleteAt(data: unknown, at: readonly Segment[]): unknown {
  const copy = structuredClone(data) as Data;
  const parent = getAt(copy, at.slice(0, -1));
  if (parent !== null && typeof parent === 'object') Reflect.deleteProperty(parent, at[at.length - 1] as string);
  return copy;
}

const PLACEHOLDER = 'FUZZ-RAW-SCALAR';

function render(base: Base, data: Data, shape: Shape, key: string, raw: string): string {
  let yaml = stringify(data, { lineWidth: 0 });
  const line = new RegExp(`^${key}:.*$`, 'm');
  switch (shape) {
    case 'raw':
      yaml = yaml.replace(PLACEHOLDER, raw);
      break;
    case 'tab':
      yaml = yaml.replace(line, (l) => `\t${l}`);
      break;
    case 'duplicate':
      yaml = `${yaml}${key}: igen\n`;
      break;
    case 'anchor':
      yaml = `${yaml.replace(line, (l) => l.replace(`${key}:`, `${key}: &fuzz`))}fuzzCopy: *fuzz\n`;
      break;
    case 'misspelt':
      yaml = yaml.replace(line, (l) => l.replace(`${key}:`, `${key}x:`));
      break;
    default:
      break;
  }
  return base.format === 'yml' ? yaml : `---\n${yaml}---\n${base.body}`;
}

// ---- Checking an outcome ------------------------------------------------------------------------

/** Stack-trace lines and internals that must never reach an editor. */
const NOT_A_MESSAGE = /\n\s+at |\[object |TypeError|ReferenceError|Cannot read propert|Invalid input/;

function checkRefusal(errors: readonly ContentError[], c: FieldAt, shownAs: string, shape: Shape): void {
  const top = String(c.path[0]);
  const crossFields = (c.base.def.checks ?? []).map((check) => check.path.join('.'));
  for (const error of errors) {
    expect(error.file, 'every error names the file').toBe(shownAs);
    expect(error.message, 'a message, not a crash').not.toMatch(NOT_A_MESSAGE);
    expect(error.message.length).toBeGreaterThan(5);
    const namesTheField =
      error.field === top ||
      error.field.startsWith(`${top}.`) ||
      crossFields.includes(error.field) ||
      // YAML that cannot be read is reported on its line (or the field written twice).
      (error.message.startsWith('cannot be read: line ') &&
        (error.field === '' || error.field === top || shape === 'duplicate')) ||
      // A misspelt or extra field name is named in the message.
      (error.field === '' && /^unknown field\(s\): /.test(error.message));
    expect(namesTheField, `error names ${top}: ${error.field} ${error.message}`).toBe(true);
  }
}

/** The written value, as the field's reader is required to give it back. */
function checkAsWritten(field: Field, written: unknown, got: unknown): void {
  const empty = written === undefined || written === null || written === '';
  if (field.widget === 'boolean' && empty) {
    expect(got).toBe(field.default);
    return;
  }
  if (!field.required && empty) {
    expect(got).toBeUndefined();
    return;
  }
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'url':
    case 'phone':
    case 'image':
    case 'file':
      // Only the surrounding white space goes: it is not shown in HTML either.
      expect(got).toBe((written as string).trim());
      // A browser drops or replaces control characters (NUL, ESC …): those could not be shown as written.
      expect(got, 'no control characters').not.toMatch(/(?![\t\n\r])\p{Cc}/u);
      return;
    case 'datetime': {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::00)?)?$/.exec(written as string);
      expect(m, `accepted date-time "${String(written)}" is in a written form`).not.toBeNull();
      const [, y, mo, d, h = '0', mi = '0'] = m as RegExpExecArray;
      expect(stockholmParts(got as Date)).toEqual({
        year: Number(y),
        month: Number(mo),
        day: Number(d),
        hour: Number(h),
        minute: Number(mi),
      });
      return;
    }
    case 'list':
    case 'object':
      // Nested fields are checked on their own paths; here only that nothing appeared or vanished.
      expect(Array.isArray(got)).toBe(Array.isArray(written));
      return;
    default:
      expect(got).toStrictEqual(written);
  }
}

// ---- The test -----------------------------------------------------------------------------------

function fieldsOf(base: Base, fields: readonly Field[], prefix: Segment[]): FieldAt[] {
  return fields.flatMap((field) => {
    const at = [...prefix, field.name];
    const self: FieldAt = { base, field, path: at };
    // fast-check prints counterexamples with this: the file and the field, not the whole model.
    Object.defineProperty(self, fc.toStringMethod, { value: () => `${base.file} → ${at.join('.')}` });
    if (field.widget === 'list') return [self, ...fieldsOf(base, field.fields, [...at, 0])];
    if (field.widget === 'object') return [self, ...fieldsOf(base, field.fields, at)];
    return [self];
  });
}

describe('fuzzed front matter: refused with file and field, or shown exactly as written', () => {
  let dir: string;
  let ctx: SchemaContext;
  const bases: Base[] = [];
  const schemas = new Map<Def, ReturnType<typeof collectionSchema>>();

  beforeAll(() => {
    dir = copyContent();
    writeEntry(dir, 'fem-i-tolv/pristagare-2024-fuzzforeningen.md', AWARD_WINNER);
    ctx = createSchemaContext(dir);
    const add = (def: Def, file: string, format: Base['format']) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const { data, body } = format === 'yml' ? { data: readYaml(source), body: '' } : readMarkdown(source);
      // The body is not under test, and compiling a long MDX body per case would dominate the run.
      bases.push({ def, file, format, data: data as Data, body: body === '' ? '' : 'Brödtext.\n' });
    };
    // Every entry of the copy is a possible base, so list fields meet entries that have items.
    for (const def of COLLECTIONS) {
      for (const name of readdirSync(path.join(dir, def.name))) {
        if (name.endsWith(`.${def.format}`)) add(def, `${def.name}/${name}`, def.format);
      }
    }
    for (const def of SINGLETONS) add(def, `${SETTINGS_FOLDER}/${def.name}.yml`, 'yml');
    for (const def of [...COLLECTIONS, ...SINGLETONS]) schemas.set(def, collectionSchema(def, ctx));
  });
  afterAll(() => removeCopy(dir));

  it('starts from valid content', () => {
    expect(validateContentDir(dir, dir)).toEqual([]);
  });

  it(`${RUNS} generated entries`, () => {
    const targets = bases.flatMap((base) => fieldsOf(base, base.def.fields, []));
    // Every collection, settings file and field of the model is a target.
    for (const def of [...COLLECTIONS, ...SINGLETONS]) {
      expect(targets.filter((t) => t.base.def === def).length, def.name).toBeGreaterThanOrEqual(def.fields.length);
    }
    const counts = { runs: 0, refused: 0, accepted: 0 };
    const parsedBases = new Map<Base, Data>();
    const parsedBase = (base: Base): Data => {
      if (!parsedBases.has(base)) parsedBases.set(base, schemas.get(base.def)?.parse(base.data) as Data);
      return parsedBases.get(base) as Data;
    };

    const cases = fc.constantFrom(...targets).chain((target) =>
      fc.record({
        target: fc.constant(target),
        value: valuesFor(target.field, ctx),
        shape: fc.constantFrom<Shape>(
          'plain',
          'plain',
          'plain',
          'plain',
          'raw',
          'raw',
          'tab',
          'duplicate',
          'anchor',
          'misspelt',
          'missing',
        ),
        raw: fc.constantFrom(...RAW_SCALARS),
      }),
    );

    fc.assert(
      fc.property(cases, ({ target, value, shape, raw }) => {
        counts.runs++;
        const { base, field } = target;
        const key = String(target.path[0]);
        const data = structuredClone(base.data);
        const rawScalar = shape === 'raw' && target.path.length === 1;
        setAt(data, target.path, shape === 'missing' ? undefined : rawScalar ? PLACEHOLDER : value);
        const source = render(base, data, rawScalar ? 'raw' : shape === 'raw' ? 'plain' : shape, key, raw);
        const full = path.join(dir, base.file);
        writeFileSync(full, source);
        const schema = schemas.get(base.def) as ReturnType<typeof collectionSchema>;
        const errors = validateEntrySource(base.file, base.def, readFileSync(full, 'utf8'), schema);
        if (errors.length > 0) {
          counts.refused++;
          checkRefusal(errors, target, base.file, shape);
          return;
        }
        counts.accepted++;
        expect(['tab', 'duplicate', 'anchor', 'misspelt'], `broken YAML (${shape}) must be refused`).not.toContain(
          shape,
        );
        // What the pages get: the same reader and schema as Astro's content layer.
        const read = base.format === 'yml' ? readYaml(source) : readMarkdown(source).data;
        const written = getAt(read, target.path);
        if (rawScalar && typeof written === 'number') expect(String(written)).toBe(raw);
        if (rawScalar && typeof written === 'string' && !/^["']/.test(raw)) expect(written).toBe(raw);
        const pages = schema.parse(read);
        checkAsWritten(field, written, getAt(pages, target.path));
        // Every other field is exactly what it was.
        const before = parsedBase(base);
        const after = pages as Data;
        for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
          if (name !== key) expect(after[name], `${name} unchanged`).toStrictEqual(before[name]);
        }
        const container = target.path.slice(0, -1);
        if (container.length > 0 && typeof getAt(base.data, container) === 'object') {
          expect(deleteAt(after, target.path), `the rest of ${key} unchanged`).toStrictEqual(
            deleteAt(before, target.path),
          );
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261202) },
    );

    console.log(
      `fuzzed front matter: ${counts.runs} generated cases (${counts.refused} refused, ${counts.accepted} accepted) over ${targets.length} fields of ${bases.length} entries`,
    );
    expect(counts.runs).toBe(RUNS);
    // Both outcomes are exercised, so neither check is vacuous.
    expect(counts.refused).toBeGreaterThan(RUNS / 4);
    expect(counts.accepted).toBeGreaterThan(RUNS / 20);
  }, 120_000);
});
