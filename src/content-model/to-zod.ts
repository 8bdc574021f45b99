/**
 * Derives zod schemas from the field definitions. Rules that need to know the rest of the
 * content (does this contact exist? is the PDF there?) ask a `SchemaContext`, which the Astro
 * collections and the validator both build from the content folder.
 */
import { z } from 'zod';
import {
  DATE_FORMAT_HINT,
  DATE_TIME_FORMAT_HINT,
  readWrittenDateTime,
  writtenDateProblem,
} from '../lib/stockholm-time.ts';
import type { CollectionDef, CrossFieldCheck, Field, RelationTarget } from './fields.ts';
import { EMAIL, PHONE, SAFE_URL } from './patterns.ts';

export interface SchemaContext {
  /** The ids that exist for each relation target (entry file names, or settings topic ids). */
  readonly ids: Readonly<Record<RelationTarget, ReadonlySet<string>>>;
  /** Whether an uploaded file exists, given its public path (`/filer/x.pdf`). */
  readonly fileExists: (publicPath: string) => boolean;
}

const emptyToUndefined = (value: unknown): unknown => (value === '' || value === null ? undefined : value);

/**
 * A calendar date, the text exactly as written (`YYYY-MM-DD`). Content is read with YAML's core
 * schema (`read-yaml.ts`), so a date arrives as the text the editor wrote, never as a converted
 * `Date`; anything else is refused with the expected format.
 */
function dateSchema(): z.ZodType<string> {
  return z.string({ error: `expected a date written ${DATE_FORMAT_HINT}` }).superRefine((s, ctx) => {
    const problem = writtenDateProblem(s);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', input: s, message: problem });
  });
}

/** A date-time as written, read as Swedish wall-clock time (see `readWrittenDateTime`). */
function dateTimeSchema(): z.ZodType<Date> {
  return z
    .string({ error: `expected a date and time written ${DATE_TIME_FORMAT_HINT}` })
    .transform((s, ctx) => {
      const read = readWrittenDateTime(s);
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', input: s, message: read.problem });
        return z.NEVER;
      }
      return read.instant;
    })
    .pipe(z.date()) as z.ZodType<Date>;
}

/**
 * Characters text may not contain: control characters other than tab and line breaks (NUL, escape
 * codes, which browsers drop or replace) and halves of surrogate pairs (not characters at all).
 * Zero-width and direction marks are real characters some languages need; they are kept as written.
 */
const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

function text(error: string) {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number' || typeof issue.input === 'boolean'
          ? `${error} (put ${String(issue.input)} in quotes to use it as text)`
          : error,
    })
    .refine((s) => !CONTROL.test(s), {
      error: (issue) => {
        const bad = CONTROL.exec(String(issue.input))?.[0] ?? '';
        return `contains an invisible control character (U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}); remove it`;
      },
    });
}

function fieldSchema(field: Field, ctx: SchemaContext): z.ZodType {
  switch (field.widget) {
    case 'string':
    case 'text': {
      let s = text('expected text').trim();
      if (field.required) s = s.min(1, 'must not be empty');
      if (field.max !== undefined) s = s.max(field.max, `at most ${field.max} characters`);
      if (field.widget === 'string' && field.pattern) s = s.regex(field.pattern[0], field.pattern[1]);
      return s;
    }
    case 'url':
      return text('expected a link')
        .trim()
        .regex(SAFE_URL, 'expected a link starting with https://, http:// or / (other schemes are refused)');
    case 'email':
      return z.email({ pattern: EMAIL, error: 'expected an e-mail address' });
    case 'phone':
      return text('expected a phone number')
        .trim()
        .regex(PHONE, 'expected a phone number such as "0123-45 67 89" or "114 14"');
    case 'date':
      return dateSchema();
    case 'datetime':
      return dateTimeSchema();
    case 'number': {
      let n = z.number({ error: 'expected a number' }).int('expected a whole number');
      if (field.min !== undefined) n = n.min(field.min, `must be at least ${field.min}`);
      if (field.max !== undefined) n = n.max(field.max, `must be at most ${field.max}`);
      return n;
    }
    case 'boolean':
      return z.boolean({ error: 'expected true or false' }).default(field.default);
    case 'select': {
      const values = field.options.map((o) => o.value) as [string, ...string[]];
      const one = z.enum(values, { error: `expected one of: ${values.join(', ')}` });
      return field.multiple ? z.array(one, { error: `expected a list, each one of: ${values.join(', ')}` }) : one;
    }
    case 'relation': {
      const one = z.string({ error: 'expected an id' }).refine((id) => ctx.ids[field.collection].has(id), {
        error: (issue) => `"${String(issue.input)}" does not exist in ${field.collection}`,
      });
      return field.multiple ? z.array(one, { error: `expected a list of ids in ${field.collection}` }) : one;
    }
    case 'image':
    case 'file': {
      const extensions = field.widget === 'image' ? ['jpg', 'jpeg', 'png', 'webp', 'avif'] : field.extensions;
      return text('expected a file path')
        .trim()
        .refine((p) => extensions.includes(p.split('.').pop()?.toLowerCase() ?? ''), {
          error: `expected a file of type ${extensions.join(', ')}`,
        })
        .refine((p) => ctx.fileExists(p), { error: (issue) => `file not found: ${String(issue.input)}` });
    }
    case 'list': {
      let a = z.array(objectSchema(field.fields, ctx), { error: 'expected a list' });
      if (field.min !== undefined) a = a.min(field.min, `needs at least ${field.min} item(s)`);
      return a;
    }
    case 'object':
      return objectSchema(field.fields, ctx);
  }
}

/** A strict object (unknown keys are refused, which catches misspelt field names). */
export function objectSchema(fields: readonly Field[], ctx: SchemaContext): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field, ctx);
    shape[field.name] =
      field.required || field.widget === 'boolean' ? schema : z.preprocess(emptyToUndefined, schema.optional());
  }
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : 'expected a set of fields',
  });
}

function withChecks(schema: z.ZodType, checks: readonly CrossFieldCheck[]): z.ZodType {
  if (checks.length === 0) return schema;
  return schema.superRefine((data, refinement) => {
    for (const check of checks) {
      if (!check.test(data as Record<string, unknown>)) {
        refinement.addIssue({ code: 'custom', path: [...check.path], message: check.message });
      }
    }
  });
}

/** The zod schema of a collection's front matter or data file. */
export function collectionSchema(
  def: CollectionDef | { fields: readonly Field[]; checks?: readonly CrossFieldCheck[] },
  ctx: SchemaContext,
): z.ZodType {
  return withChecks(objectSchema(def.fields, ctx), def.checks ?? []);
}
