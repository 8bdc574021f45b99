/** Preview of a citizen promise (medborgarlöfte): period, areas, parties and the promises. */
import type { PreviewProps } from '../globals.d.ts';
import { bodyWarning } from './body-warning.ts';
import { h, list, page, sourceLine, text } from './helpers.ts';

interface Promise {
  id?: string;
  text?: string;
  responsible?: string;
  activities?: { text?: string }[];
}

export function CitizenPromisePreview({ entry, widgetFor }: PreviewProps) {
  const areas = list<{ name?: string }>(entry, 'areas').map((a) => a.name ?? '');
  const parties = list<{ name?: string }>(entry, 'parties').map((p) => p.name ?? '');
  const promises = list<Promise>(entry, 'promises');
  return page(
    h('h1', null, text(entry, 'title') || 'Rubrik saknas'),
    h('p', { className: 'lead' }, text(entry, 'summary')),
    h(
      'dl',
      { className: 'prose' },
      h('dt', null, 'Period'),
      h('dd', null, `${text(entry, 'startYear')}–${text(entry, 'endYear')}`),
      h('dt', null, 'Områden'),
      h('dd', null, areas.join(', ')),
      h('dt', null, 'Parter'),
      h('dd', null, parties.join(', ')),
    ),
    text(entry, 'problem')
      ? h('section', { className: 'prose' }, h('h2', null, 'Problembild'), h('p', null, text(entry, 'problem')))
      : null,
    h(
      'section',
      { className: 'prose' },
      h('h2', null, 'Löften'),
      h(
        'ol',
        null,
        ...promises.map((p) =>
          h(
            'li',
            { key: p.id },
            h('p', null, p.text ?? ''),
            p.responsible ? h('p', { className: 'meta' }, `Ansvarig: ${p.responsible}`) : null,
            p.activities && p.activities.length > 0
              ? h('ul', null, ...p.activities.map((a, i) => h('li', { key: i }, a.text ?? '')))
              : null,
          ),
        ),
      ),
    ),
    bodyWarning(entry, 'md'),
    h('div', { className: 'prose' }, widgetFor('body')),
    sourceLine(entry),
  );
}
