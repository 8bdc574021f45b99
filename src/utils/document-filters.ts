/**
 * The kind filter on `/dokument/`: one static page per document kind that has documents, so the
 * filter works without JavaScript. Kinds come from `DOCUMENT_KINDS`, in its order.
 */
import { DOCUMENT_KINDS } from '../content-model/enums.ts';
import { documentKindPath } from '../lib/urls.ts';

type Kind = (typeof DOCUMENT_KINDS)[number]['value'];

export interface KindFilter {
  kind: Kind;
  label: string;
  href: string;
  count: number;
}

/** URL of the list of one kind of document. */
export function kindHref(kind: string): string {
  return documentKindPath(kind);
}

/** The kinds that have documents, with their counts, in the order of `DOCUMENT_KINDS`. */
export function kindFilters(documents: readonly { kind: string }[]): KindFilter[] {
  return DOCUMENT_KINDS.map((k) => ({
    kind: k.value,
    label: k.label,
    href: kindHref(k.value),
    count: documents.filter((d) => d.kind === k.value).length,
  })).filter((f) => f.count > 0);
}

/** Newest decision first; undated documents last, then by title. */
export function sortDocuments<T extends { title: string; decided?: string | undefined }>(documents: readonly T[]): T[] {
  return [...documents].sort(
    (a, b) => (b.decided ?? '').localeCompare(a.decided ?? '') || a.title.localeCompare(b.title, 'sv'),
  );
}
