/** Preview of a press release, with the markup of `src/pages/pressmeddelanden/[slug].astro`. */
import { PRESS_KINDS } from '../../src/content-model/enums.ts';
import type { PreviewProps } from '../globals.d.ts';
import { bodyWarning } from './body-warning.ts';
import { aboutSection, contactsSection, type EntryContext, topicsLine } from './entry-context.ts';
import { dateTime, h, labelFor, list, page, sourceLine, text } from './helpers.ts';

interface Image {
  src?: string;
  alt?: string;
  credit?: string;
}

/** The release as its page shows it; `context` (contacts, topics, the text about the municipality) once loaded. */
export function pressReleasePreview({ entry, widgetFor, getAsset }: PreviewProps, context: EntryContext | undefined) {
  const kind = text(entry, 'kind');
  const published = dateTime(text(entry, 'published'));
  const invitation = kind === 'pressinbjudan';
  const images = list<Image>(entry, 'images');
  return page(
    h(
      'article',
      null,
      h(
        'p',
        { className: 'meta' },
        kind ? h('span', { className: 'tag' }, labelFor(PRESS_KINDS, kind)) : null,
        published ? ` Publicerad ${published}` : ' Publiceringstid saknas',
      ),
      h('h1', null, text(entry, 'title') || 'Rubrik saknas'),
      h('p', { className: 'lead' }, text(entry, 'summary')),
      invitation
        ? h(
            'section',
            { className: 'fact-box' },
            h('h2', null, 'Tid och plats'),
            h(
              'dl',
              null,
              h('dt', null, 'När'),
              h('dd', null, dateTime(text(entry, 'invitation', 'startsAt')) || 'saknas'),
              h('dt', null, 'Var'),
              h('dd', null, text(entry, 'invitation', 'place') || 'saknas'),
            ),
          )
        : null,
      bodyWarning(entry, 'md'),
      h('div', { className: 'prose' }, widgetFor('body')),
      images.length > 0
        ? h(
            'section',
            null,
            h('h2', null, 'Bilder'),
            ...images.map((image) =>
              h(
                'figure',
                { key: image.src },
                image.src ? h('img', { src: getAsset(image.src)?.toString(), alt: image.alt ?? '' }) : null,
                h('figcaption', null, `Foto: ${image.credit ?? ''}`),
              ),
            ),
          )
        : null,
      contactsSection(list<string>(entry, 'contacts'), context),
      text(entry, 'sender') ? h('p', null, h('strong', null, 'Avsändare:'), ` ${text(entry, 'sender')}`) : null,
      topicsLine(list<string>(entry, 'topics'), context),
      sourceLine(entry),
      aboutSection(context),
    ),
  );
}
