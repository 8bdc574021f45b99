/**
 * Compares the generated Decap config with the Astro (zod) schemas, field by field, from their real
 * outputs: the config object `src/content-model/to-decap.ts` returns, and the zod schemas of
 * `src/content-model/to-zod.ts`, read through zod 4's schema definitions and by parsing sample
 * values. Returns every difference as a sentence naming the collection and field path.
 */
import type { z } from 'zod';
import type { RelationTarget } from '../../src/content-model/fields.ts';
import type { CmsField } from '../../src/content-model/to-decap.ts';
import type { SchemaContext } from '../../src/content-model/to-zod.ts';

/** One id that exists for each relation target, so reference checks can be probed. */
export const KNOWN_IDS: Record<RelationTarget, string> = {
  kontakter: 'k-1',
  dokument: 'd-1',
  amnen: 't-1',
  sidor: 'p-1',
  sprak: 'l-1',
};

/** A schema context in which only `KNOWN_IDS` exist and every uploaded file exists. */
export const PROBE_CONTEXT: SchemaContext = {
  ids: {
    kontakter: new Set([KNOWN_IDS.kontakter]),
    dokument: new Set([KNOWN_IDS.dokument]),
    amnen: new Set([KNOWN_IDS.amnen]),
    sidor: new Set([KNOWN_IDS.sidor]),
    sprak: new Set([KNOWN_IDS.sprak]),
  },
  fileExists: () => true,
};

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  out?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { def: ZodDef }).def;

/** Strips the wrappers the model adds (preprocess pipes, optional, default) to reach the value's type. */
function core(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.type === 'pipe' && def.out) return core(def.out);
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return core(def.innerType);
  return schema;
}

/** Which relation target a CMS relation field points at. */
function cmsRelationTarget(field: CmsField): RelationTarget | undefined {
  if (field.collection === 'kontakter') return 'kontakter';
  if (field.collection === 'dokument') return 'dokument';
  if (field.collection === 'sidor') return 'sidor';
  if (field.file === 'pressrum' && field.value_field === 'topics.*.id') return 'amnen';
  if (field.file === 'sprak' && field.value_field === 'languages.*.code') return 'sprak';
  return undefined;
}

/** The zod type a CMS field's value must have, as zod names it. */
function expectedZodType(field: CmsField): string {
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'image':
    case 'file':
    case 'relation':
      return 'string';
    case 'datetime':
      // A date-only picker stores `YYYY-MM-DD` (a string); with a time it is parsed into a Date.
      return field.time_format === false ? 'string' : 'date';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'select':
      return 'enum';
    case 'list':
    case 'object':
      return 'object';
    default:
      return `unknown widget ${field.widget}`;
  }
}

function isMultiple(field: CmsField): boolean {
  return field.widget === 'list' || ((field.widget === 'select' || field.widget === 'relation') && !!field.multiple);
}

/** Differences between a list of CMS fields and a zod object schema. */
export function compareFields(where: string, cmsFields: readonly CmsField[], schema: z.ZodType): string[] {
  const differences: string[] = [];
  const objectDef = defOf(core(schema));
  if (objectDef.type !== 'object' || !objectDef.shape) return [`${where}: the schema is not an object`];
  const shape = objectDef.shape;
  const cmsNames = cmsFields.map((f) => f.name);
  for (const name of Object.keys(shape)) {
    if (!cmsNames.includes(name)) differences.push(`${where}.${name}: in the schema but not in the CMS`);
  }
  for (const field of cmsFields) {
    const at = `${where}.${field.name}`;
    const fieldSchema = shape[field.name];
    if (!fieldSchema) {
      differences.push(`${at}: in the CMS but not in the schema`);
      continue;
    }
    // Required in the CMS ⇔ the schema refuses a missing value; an optional field also takes
    // what Decap writes when an editor clears it ("").
    const acceptsMissing = fieldSchema.safeParse(undefined).success;
    const cmsRequired = field.required !== false;
    if (cmsRequired === acceptsMissing) {
      differences.push(`${at}: ${cmsRequired ? 'required' : 'optional'} in the CMS, not in the schema`);
    }
    if (!cmsRequired && field.widget !== 'boolean' && !fieldSchema.safeParse('').success) {
      differences.push(`${at}: optional, but the schema refuses the "" Decap writes for a cleared field`);
    }

    let value = core(fieldSchema);
    const multiple = isMultiple(field);
    if ((defOf(value).type === 'array') !== multiple) {
      differences.push(`${at}: ${multiple ? 'a list' : 'a single value'} in the CMS, not in the schema`);
      continue;
    }
    if (multiple) {
      if (field.widget === 'list' && field.min !== undefined && fieldSchema.safeParse([]).success) {
        differences.push(`${at}: needs ${field.min} item(s) in the CMS, the schema takes none`);
      }
      value = core(defOf(value).element as z.ZodType);
    }
    const zodType = defOf(value).type;
    const expected = expectedZodType(field);
    if (zodType !== expected) {
      differences.push(`${at}: a ${field.widget} widget in the CMS (expects ${expected}), ${zodType} in the schema`);
      continue;
    }
    if (field.widget === 'select') {
      const zodOptions = Object.values(defOf(value).entries ?? {});
      const cmsOptions = (field.options ?? []).map((o) => o.value);
      if (zodOptions.join() !== cmsOptions.join()) {
        differences.push(`${at}: options ${cmsOptions.join(', ')} in the CMS, ${zodOptions.join(', ')} in the schema`);
      }
    }
    if (field.widget === 'number') {
      const { minValue, maxValue } = value as unknown as { minValue: number | null; maxValue: number | null };
      if ((field.min ?? null) !== (Number.isFinite(minValue) ? minValue : null)) {
        differences.push(`${at}: minimum ${field.min} in the CMS, ${minValue} in the schema`);
      }
      if ((field.max ?? null) !== (Number.isFinite(maxValue) ? maxValue : null)) {
        differences.push(`${at}: maximum ${field.max} in the CMS, ${maxValue} in the schema`);
      }
    }
    if (field.widget === 'relation') {
      // The schema accepts exactly the ids of the target the CMS picks from.
      const target = cmsRelationTarget(field);
      if (target === undefined) {
        differences.push(`${at}: the CMS relation points at an unknown target`);
      } else {
        const wrap = (id: string) => (multiple ? [id] : id);
        if (!fieldSchema.safeParse(wrap(KNOWN_IDS[target])).success) {
          differences.push(`${at}: the CMS picks from ${target}, the schema refuses its ids`);
        }
        if (fieldSchema.safeParse(wrap('does-not-exist')).success) {
          differences.push(`${at}: the schema accepts ids that exist in no collection`);
        }
      }
    }
    if (field.widget === 'list' || field.widget === 'object') {
      differences.push(...compareFields(at, field.fields ?? [], value));
    }
  }
  return differences;
}
