/**
 * The one YAML reader for content: front matter and data files, used by the validator
 * (`validate.ts`), the Astro content layer (`src/content.config.ts`) and the tests, so every
 * reader sees the same values.
 *
 * It reads YAML 1.2's core schema (the `yaml` package, which Decap also writes with): a value is
 * a string, a number, true/false or empty, never a date. `published: 2023-12-01` stays the text
 * the editor wrote and the content model decides what it means (Swedish wall-clock time), instead
 * of YAML 1.1's timestamp type turning it into a UTC instant or rolling `2023-13-45` over into 2024.
 * `yes`/`no`/`on`/`off` stay text too.
 *
 * Refused, with the line: anything YAML itself refuses (tabs as indentation, unclosed quotes),
 * duplicate keys (which one would win is invisible to the editor), anchors and aliases (`&a`,
 * `*a`, `<<:`: editors never write them and they let one place silently repeat or override
 * another), tags (`!!str`, `!x`), and numbers that would not be shown as written (`0x1F`, `1e3`,
 * `007`, `.inf`; write digits, or quote the value to keep it as text).
 */
import { isAlias, isScalar, LineCounter, parseDocument, visit } from 'yaml';

/** A file that is not readable YAML (or uses YAML we refuse), with the line it is on. */
export class YamlError extends Error {
  /** The field the problem is on, when YAML names one (a field written twice). */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses a YAML document with the rules above. Throws `YamlError` naming the line. */
export function readYaml(source: string, firstLine = 1): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const lineOf = (offset: number | undefined) =>
    (offset === undefined ? 0 : lineCounter.linePos(offset).line) + firstLine - 1;
  const first = doc.errors[0];
  if (first) {
    const duplicate =
      first.code === 'DUPLICATE_KEY' ? /^["']?([^"':\n]+)/.exec(source.slice(first.pos[0]))?.[1]?.trim() : undefined;
    const message = duplicate
      ? `the field "${duplicate}" is written twice`
      : describeYamlError(first.code, first.message);
    throw new YamlError(`line ${lineOf(first.pos[0])}: ${message}`, duplicate);
  }

  const warning = doc.warnings[0];
  if (warning)
    throw new YamlError(`line ${lineOf(warning.pos[0])}: ${describeYamlError(warning.code, warning.message)}`);

  const problems: string[] = [];
  visit(doc, {
    Alias(_key, node) {
      problems.push(`line ${lineOf(node.range?.[0])}: aliases (*${node.source}) are not allowed; write the value out`);
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problems.push(`line ${lineOf(pair.key.range?.[0])}: merge keys (<<) are not allowed; write the fields out`);
      } else if (pair.key !== null && !(isScalar(pair.key) && typeof pair.key.value === 'string')) {
        const at = (pair.key as { range?: [number, number, number] }).range?.[0];
        problems.push(`line ${lineOf(at)}: a field name must be plain text`);
      }
    },
    Node(_key, node) {
      if (isAlias(node)) return;
      const at = lineOf(node.range?.[0]);
      if (node.anchor) problems.push(`line ${at}: anchors (&${node.anchor}) are not allowed; write the value out`);
      if (node.tag) problems.push(`line ${at}: YAML tags (${node.tag}) are not allowed; put text in quotes`);
      if (isScalar(node) && typeof node.value === 'number' && node.source !== String(node.value)) {
        problems.push(
          `line ${at}: the number ${node.source} would be read as ${String(node.value)}; write plain digits, or put text in quotes`,
        );
      }
    },
  });
  if (problems.length > 0) throw new YamlError(problems[0] as string);
  return doc.toJS() ?? {};
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a field is written twice';
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation; use spaces';
    default:
      return firstLine;
  }
}

/** Splits a Markdown/MDX file into its parsed front matter and body. Throws `YamlError`. */
export function readMarkdown(source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new YamlError('missing front matter (the file must start with --- and a block of fields)');
  return { data: readYaml(match[1] ?? '', 2), body: match[2] ?? '' };
}
