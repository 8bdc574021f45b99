/**
 * A catalogue of hostile content, and a way to put it into every text field and body of a content
 * folder through the content model, so no field or type can be forgotten. Each payload, if it ever
 * ran, would set `window.__pwned` to its own id; the gate looks for that in Chromium and for the
 * markup itself in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CrossFieldCheck, Field } from '../../src/content-model/fields.ts';
import { COLLECTIONS, SETTINGS_FOLDER, SINGLETONS } from '../../src/content-model/index.ts';
import { parseMarkdownFile } from '../../src/content-model/validate.ts';
import { editEntry, writeEntry } from './content-copy.ts';

export interface Payload {
  id: string;
  text: string;
}

const run = (id: string) => `window.__pwned='${id}'`;

/** For text fields (front matter and data files), shortest first. */
export const TEXT_PAYLOADS: readonly Payload[] = [
  { id: 'T1', text: `javascript:${run('T1')}` },
  { id: 'T2', text: `<script>${run('T2')}</script>` },
  { id: 'T3', text: `"><svg onload="${run('T3')}">` },
  { id: 'T4', text: `<img src=x onerror="${run('T4')}">` },
  { id: 'T5', text: `'><iframe src="javascript:top.${run('T5')}"></iframe>` },
  { id: 'T6', text: `<a href="data:text/html,<script>parent.${run('T6')}</script>">x</a>` },
];

/** For Markdown bodies: raw HTML and Markdown syntax. */
export const MARKDOWN_PAYLOADS: readonly Payload[] = [
  { id: 'M1', text: `<script>${run('M1')}</script>` },
  { id: 'M2', text: `<img src="x" onerror="${run('M2')}" alt="M2">` },
  { id: 'M3', text: `<iframe src="javascript:top.${run('M3')}"></iframe>` },
  { id: 'M4', text: `[M4 länk](javascript:${run('M4')})` },
  { id: 'M5', text: `![M5 bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)` },
  { id: 'M6', text: `<a href="data:text/html,<script>parent.${run('M6')}</script>">M6</a>` },
  { id: 'M7', text: `<svg><script>${run('M7')}</script></svg>` },
  { id: 'M8', text: `<details open ontoggle="${run('M8')}">M8</details>` },
  { id: 'M9', text: `<object data="javascript:${run('M9')}"></object><embed src="javascript:${run('M9')}">` },
  {
    id: 'M10',
    text: `<form action="https://evil.example/"><button formaction="javascript:${run('M10')}">M10</button></form>`,
  },
  { id: 'M11', text: `<style>body{background:url("javascript:${run('M11')}")}</style>` },
  {
    id: 'M12',
    text: `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:${run('M12')}">`,
  },
  { id: 'M13', text: `<a href="  JaVaScRiPt:${run('M13')}">M13</a> <a href="jav&#x09;ascript:${run('M13')}">M13b</a>` },
  { id: 'M14', text: `<p style="background:url(javascript:${run('M14')})" onclick="${run('M14')}">M14</p>` },
];

/** For MDX bodies: the same attacks written as MDX (JSX, expressions, imports and exports). */
export const MDX_PAYLOADS: readonly Payload[] = [
  { id: 'X1', text: `<script>{"${run('X1')}"}</script>` },
  { id: 'X2', text: `<img src="x" onError="${run('X2')}" alt="X2" />` },
  { id: 'X3', text: `<iframe src="javascript:top.${run('X3')}" />` },
  { id: 'X4', text: `[X4 länk](javascript:${run('X4')})` },
  { id: 'X5', text: `<a href="data:text/html,<script>parent.${run('X5')}</script>">X5</a>` },
  { id: 'X6', text: `<FactBox title="X6" onClick="${run('X6')}" style="color:red">Faktarutan finns kvar.</FactBox>` },
  { id: 'X7', text: `<Phone number="011-15 00 00" href="javascript:${run('X7')}" />` },
  { id: 'X8', text: `<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=${run('X8')}>" }} />` },
  // Expressions and ESM run at build time (in Node) if they survive: each would fail the build.
  { id: 'X9', text: `{(() => { throw new Error('PWNED X9: an expression ran at build time') })()}` },
  { id: 'X10', text: `export const x10 = (() => { throw new Error('PWNED X10: an export ran at build time') })()` },
  { id: 'X11', text: `import fs from 'node:fs'\n\n{fs.writeFileSync('/tmp/pwned-x11', 'x')}` },
  { id: 'X12', text: `<svg><script>{"${run('X12')}"}</script></svg>` },
];

const ALL_TEXT = TEXT_PAYLOADS.map((p) => p.text).join(' ');

/** The payload(s) a text field of a given maximum length gets; rotates so every payload is used. */
function payloadFor(field: Field, counter: { n: number }): string | undefined {
  if (field.widget !== 'string' && field.widget !== 'text') return undefined;
  // A field with a pattern (ids) refuses anything but its pattern; the schema is the guard there.
  if (field.widget === 'string' && field.pattern) return undefined;
  const max = field.max ?? Number.POSITIVE_INFINITY;
  if (ALL_TEXT.length <= max) return ALL_TEXT;
  for (let i = 0; i < TEXT_PAYLOADS.length; i++) {
    const payload = TEXT_PAYLOADS[(counter.n + i) % TEXT_PAYLOADS.length] as Payload;
    if (payload.text.length <= max) {
      counter.n++;
      return payload.text;
    }
  }
  return undefined;
}

/** Puts payloads into every string/text field of `data` that `fields` defines (nested objects and list items too). */
function fillFields(
  fields: readonly Field[],
  data: Record<string, unknown>,
  counter: { n: number },
  filled: string[],
  at: string,
): void {
  for (const field of fields) {
    const here = `${at}${field.name}`;
    const value = data[field.name];
    if (field.widget === 'object' && value && typeof value === 'object') {
      fillFields(field.fields, value as Record<string, unknown>, counter, filled, `${here}.`);
    } else if (field.widget === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object')
          fillFields(field.fields, item as Record<string, unknown>, counter, filled, `${here}.${i}.`);
      });
    } else {
      const payload = payloadFor(field, counter);
      if (payload !== undefined) {
        data[field.name] = payload;
        filled.push(here);
      }
    }
  }
}

/**
 * A filled text field can break a rule between fields (a translation's "checked by" needs its
 * date): the date fields a broken rule names get a date, so the entry is still valid and its
 * payloads reach the page. A rule that still fails is a test to extend, said plainly.
 */
function keepChecks(
  fields: readonly Field[],
  checks: readonly CrossFieldCheck[] | undefined,
  data: Record<string, unknown>,
  rel: string,
): void {
  for (const check of checks ?? []) {
    if (check.test(data)) continue;
    for (const name of check.path) {
      const field = fields.find((f) => f.name === name);
      if (field?.widget === 'date' && !data[name]) data[name] = '2024-05-01';
    }
    if (!check.test(data))
      throw new Error(`payload test: ${rel} breaks "${check.message}" once filled; fill it by hand`);
  }
}

/** A minimal entry for a collection that has none, with only what the schema requires. */
function minimalEntry(fields: readonly Field[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields.filter((f) => f.required)) {
    switch (field.widget) {
      case 'string':
      case 'text':
        data[field.name] = 'Exempel';
        break;
      case 'number':
        data[field.name] = field.min ?? 2024;
        break;
      case 'date':
        data[field.name] = '2024-05-01';
        break;
      case 'datetime':
        data[field.name] = '2024-05-01T10:00';
        break;
      case 'boolean':
        data[field.name] = field.default;
        break;
      case 'select':
        data[field.name] = field.multiple ? [field.options[0]?.value] : field.options[0]?.value;
        break;
      default:
        throw new Error(
          `payload test: cannot make up a required ${field.widget} field "${field.name}"; add an entry by hand`,
        );
    }
  }
  return data;
}

/**
 * Fills every text field of every entry and settings file in a content copy, and appends the body
 * payloads to every Markdown/MDX body. Returns the fields filled (`folder/file: field`).
 */
export function poisonContent(dir: string): string[] {
  const filled: string[] = [];
  const counter = { n: 0 };
  const markdownBody = `\n\n${MARKDOWN_PAYLOADS.map((p) => p.text).join('\n\n')}\n`;
  const mdxBody = `\n\n${MDX_PAYLOADS.map((p) => p.text).join('\n\n')}\n`;
  for (const def of COLLECTIONS) {
    const folder = path.join(dir, def.name);
    const ext = def.format;
    let files = readdirSync(folder).filter((f) => f.endsWith(`.${ext}`));
    if (files.length === 0) {
      // An empty type (no award winner yet) still gets an entry, so its templates are covered.
      const data = minimalEntry(def.fields);
      writeEntry(
        dir,
        `${def.name}/exempel.${ext}`,
        ext === 'yml' ? JSON.stringify(data) : `---\n${JSON.stringify(data)}\n---\n`,
      );
      files = [`exempel.${ext}`];
    }
    for (const file of files) {
      const rel = `${def.name}/${file}`;
      const fieldsHere: string[] = [];
      const body = ext === 'yml' ? undefined : `${readBody(dir, rel)}${ext === 'mdx' ? mdxBody : markdownBody}`;
      editEntry(
        dir,
        rel,
        (data) => {
          fillFields(def.fields, data, counter, fieldsHere, '');
          keepChecks(def.fields, def.checks, data, rel);
        },
        body,
      );
      if (body !== undefined) fieldsHere.push('body');
      filled.push(...fieldsHere.map((f) => `${rel}: ${f}`));
    }
  }
  for (const def of SINGLETONS) {
    const rel = `${SETTINGS_FOLDER}/${def.name}.yml`;
    const fieldsHere: string[] = [];
    editEntry(dir, rel, (data) => {
      fillFields(def.fields, data, counter, fieldsHere, '');
      keepChecks(def.fields, def.checks, data, rel);
    });
    filled.push(...fieldsHere.map((f) => `${rel}: ${f}`));
  }
  return filled;
}

function readBody(dir: string, rel: string): string {
  return parseMarkdownFile(readFileSync(path.join(dir, rel), 'utf8')).body;
}
