/** Small helpers the preview templates share: reading entry fields and formatting them as the site does. */
import type { Option } from '../../src/content-model/fields.ts';
import { formatDate, formatDateTime, isMidnight } from '../../src/lib/format-date.ts';
import { parseStockholmDateTime } from '../../src/lib/stockholm-time.ts';
import type { ImmutableLike, PreviewNode } from '../globals.d.ts';

export const h = (type: string, props?: Record<string, unknown> | null, ...children: PreviewNode[]): PreviewNode =>
  window.h(type, props ?? null, ...children);

/** A field's value as a plain string ('' when empty). */
export function text(entry: ImmutableLike, ...path: (string | number)[]): string {
  const value = entry.getIn(['data', ...path]);
  return value === undefined || value === null ? '' : String(value);
}

/** A list field as plain objects. */
export function list<T>(entry: ImmutableLike, ...path: string[]): T[] {
  const value = entry.getIn(['data', ...path]) as ImmutableLike | undefined;
  const plain = value && typeof value.toJS === 'function' ? value.toJS() : value;
  return Array.isArray(plain) ? (plain as T[]) : [];
}

/** The Swedish label of a stored option value, or the value itself while the editor is typing. */
export function labelFor(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** A stored date-time (`2023-12-01T09:30`, Swedish time) as the site writes it, or '' when unset. */
export function dateTime(value: string): string {
  const parsed = value ? parseStockholmDateTime(value) : undefined;
  if (!parsed) return '';
  // Like the site's <FormattedDate>: a time of exactly midnight means only a date was given.
  return isMidnight(parsed) ? formatDate(parsed) : formatDateTime(parsed);
}

/** A stored date (`2023-12-01`) as the site writes it, or '' when unset or incomplete. */
export function date(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : '';
}

/** The page frame the site's stylesheet expects around content. */
export function page(...children: PreviewNode[]): PreviewNode {
  return h('main', { className: 'wrap page', id: 'main' }, ...children);
}

/** The entry's source ("Källa: …") as the site shows it at the foot of the page, or null. */
export function sourceLine(entry: ImmutableLike): PreviewNode | null {
  const source = text(entry, 'provenance', 'text').trim();
  if (source === '') return null;
  const when = date(text(entry, 'provenance', 'date'));
  const end = /[.!?]$/.test(source) ? '' : '.';
  return h('p', { className: 'meta source-line' }, `Källa: ${source}${when ? ` (${when})` : ''}${end}`);
}
