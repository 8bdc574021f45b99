/**
 * Drawing the search page (`/sok/`): the filter checkboxes and their counts, the results, the
 * notice above them. Plain HTML controls (labelled checkboxes, links), so every part works with
 * the keyboard and a screen reader. Knows nothing of Pagefind beyond a result's data.
 */
import { formatDate } from '../lib/format-date.ts';
import type { PagefindResult, PagefindResultData } from './engine.ts';
import { stripCompoundMarks } from './mark-compounds.ts';
import { SEARCH_TYPES } from './page-facets.ts';
import type { NoticeLine } from './query-texts.ts';
import { FILTER_PARAMS } from './search-state.ts';

export interface SearchElements {
  list: HTMLOListElement;
  more: HTMLButtonElement;
  notice: HTMLElement;
  filterBox: HTMLElement;
  filterDetails: HTMLDetailsElement;
  layout: HTMLElement;
}

/** The order of each filter's values: types as the site lists them, years newest first. */
const ORDER: Record<string, (values: string[]) => string[]> = {
  typ: (values) =>
    [...values].sort(
      (a, b) => (SEARCH_TYPES as readonly string[]).indexOf(a) - (SEARCH_TYPES as readonly string[]).indexOf(b),
    ),
  år: (values) => [...values].sort().reverse(),
};

/** One checkbox per filter value on the site, built once so focus never jumps; counts change. */
export function buildFilters(el: SearchElements, all: Record<string, Record<string, number>>): void {
  for (const name of Object.keys(FILTER_PARAMS)) {
    const values = ORDER[name]?.(Object.keys(all[name] ?? {})) ?? [];
    const group = el.filterBox.querySelector<HTMLElement>(`[data-filter-group="${name}"]`);
    if (!group) continue;
    // Shown by the first counts (`showCounts`), all at once, so nothing in view moves.
    group.hidden = true;
    const holder = group.querySelector('ul');
    if (!holder) continue;
    for (const value of values) {
      const li = document.createElement('li');
      li.hidden = true;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = FILTER_PARAMS[name] ?? name;
      box.value = value;
      box.dataset.filter = name;
      const count = document.createElement('span');
      count.className = 'search-count';
      count.dataset.count = `${name}:${value}`;
      label.append(box, ` ${value} `, count);
      li.append(label);
      holder.append(li);
    }
  }
}

/** The checked filter values, by filter. */
export function checkedFilters(el: SearchElements): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const box of el.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const name = box.dataset.filter ?? '';
    filters[name] = [...(filters[name] ?? []), box.value];
  }
  return filters;
}

/** Checks the boxes of these filter values, unchecks the others. */
export function checkFilters(el: SearchElements, filters: Record<string, string[]>): void {
  for (const box of el.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (filters[box.dataset.filter ?? ''] ?? []).includes(box.value);
  }
}

/**
 * The number of results each filter value would give. A value that would give none is hidden (a
 * checked one stays, so it can be unchecked), a group with no value left too, and the whole panel
 * when nothing was found and no filter is set: there is nothing to narrow down or sort.
 */
export function showCounts(el: SearchElements, counts: Record<string, Record<string, number>>): void {
  for (const span of el.filterBox.querySelectorAll<HTMLElement>('[data-count]')) {
    const [name = '', value = ''] = (span.dataset.count ?? '').split(/:(.*)/s);
    const n = counts[name]?.[value] ?? 0;
    span.textContent = `(${n})`;
    const item = span.closest('li');
    const box = item?.querySelector('input');
    if (item) item.hidden = n === 0 && !box?.checked;
  }
  let anyShown = false;
  for (const group of el.filterBox.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    const shown = group.querySelector('li:not([hidden])') !== null;
    group.hidden = !shown;
    anyShown ||= shown;
  }
  el.filterDetails.hidden = !anyShown;
  el.layout.classList.toggle('is-single', !anyShown);
}

/** An excerpt as DOM: Pagefind's text with its <mark>s, nothing else, compound marks removed. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    const text = stripCompoundMarks(node.textContent ?? '');
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      out.push(mark);
    } else {
      out.push(document.createTextNode(text));
    }
  }
  return out;
}

/**
 * One result as the search pages show it: the title as a link, an optional line (type and date),
 * the excerpt. Returns the item and its link.
 */
export function resultItem(data: PagefindResultData, meta?: string): { item: HTMLLIElement; link: HTMLAnchorElement } {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = stripCompoundMarks(data.meta.title ?? data.url);
  heading.append(link);
  item.append(heading);
  if (meta !== undefined) {
    const line = document.createElement('p');
    line.className = 'meta';
    line.textContent = meta;
    item.append(line);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return { item, link };
}

/** Appends results to the list; returns the first one's link. */
export async function appendResults(
  el: SearchElements,
  results: PagefindResult[],
): Promise<HTMLAnchorElement | undefined> {
  const data = await Promise.all(results.map((r) => r.data()));
  let first: HTMLAnchorElement | undefined;
  for (const d of data) {
    const date = d.meta.datum
      ? formatDate(d.meta.datum)
      : d.meta.granskad
        ? `senast granskad ${formatDate(d.meta.granskad)}`
        : undefined;
    const { item, link } = resultItem(d, [d.meta.typ, date].filter(Boolean).join(' · '));
    el.list.append(item);
    first ??= link;
  }
  return first;
}

/** The notice above the results; a suggestion becomes the link `suggestionLink` makes. */
export function setNotice(
  el: SearchElements,
  lines: NoticeLine[],
  suggestionLink: (query: string) => HTMLAnchorElement,
): void {
  el.notice.replaceChildren(
    ...lines.map((line) => {
      const para = document.createElement('p');
      para.append(...line.map((part) => (typeof part === 'string' ? part : suggestionLink(part.suggestion))));
      return para;
    }),
  );
  el.notice.hidden = lines.length === 0;
}
