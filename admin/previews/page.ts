/** Preview of a page, with the heading, lead and body of `src/pages/[slug].astro`. */
import type { PreviewProps } from '../globals.d.ts';
import { bodyWarning } from './body-warning.ts';
import { contactsSection, type EntryContext } from './entry-context.ts';
import { date, h, page, sourceLine, text } from './helpers.ts';

/** The components editors may use in page bodies (`src/user-components/`). */
const COMPONENT_TAG = /<(FactBox|Steps|Phone)\b/;

/** The page as it is shown; `context` (the contact's card) once loaded. */
export function pagePreview({ entry, widgetFor }: PreviewProps, context: EntryContext | undefined) {
  const contact = text(entry, 'contact');
  const reviewed = date(text(entry, 'lastReviewed'));
  // Decap's Markdown preview leaves out MDX components, so say so rather than show a bare "Ring ."
  const usesComponents = COMPONENT_TAG.test(text(entry, 'body'));
  return page(
    usesComponents
      ? h(
          'p',
          { className: 'meta' },
          'Förhandsvisningen visar inte faktarutor, steg och telefonnummer (<FactBox>, <Steps>, <Phone>). ' +
            'De syns på webbplatsen när sidan har publicerats.',
        )
      : null,
    h('h1', null, text(entry, 'title') || 'Rubrik saknas'),
    h('p', { className: 'lead' }, text(entry, 'summary')),
    bodyWarning(entry, 'mdx'),
    h('div', { className: 'prose' }, widgetFor('body')),
    contactsSection(contact ? [contact] : [], context),
    reviewed ? h('p', { className: 'meta' }, `Senast granskad ${reviewed}`) : null,
    sourceLine(entry),
  );
}
