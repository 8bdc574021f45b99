/** Preview of a page, with the heading, lead and body of `src/pages/[slug].astro`. */
import type { PreviewProps } from '../globals.d.ts';
import { date, h, page, text } from './helpers.ts';

export function PagePreview({ entry, widgetFor }: PreviewProps) {
  const reviewed = date(text(entry, 'lastReviewed'));
  return page(
    h('h1', null, text(entry, 'title') || 'Rubrik saknas'),
    h('p', { className: 'lead' }, text(entry, 'summary')),
    h('div', { className: 'prose' }, widgetFor('body')),
    reviewed ? h('p', { className: 'meta' }, `Senast granskad ${reviewed}`) : null,
  );
}
