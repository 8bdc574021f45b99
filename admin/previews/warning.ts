/** Preview of a warning as the banner every page shows (`src/components/WarningBanner.astro`). */
import { WARNING_LEVELS } from '../../src/content-model/enums.ts';
import type { PreviewProps } from '../globals.d.ts';
import { dateTime, h, labelFor, page, text } from './helpers.ts';

export function WarningPreview({ entry }: PreviewProps) {
  const level = text(entry, 'level') || 'info';
  const link = text(entry, 'link');
  const startsAt = dateTime(text(entry, 'startsAt'));
  const endsAt = dateTime(text(entry, 'endsAt'));
  return page(
    h(
      'section',
      { className: `warning warning--${level}` },
      h('p', { className: 'warning__level' }, labelFor(WARNING_LEVELS, level)),
      h('h2', { className: 'warning__title' }, text(entry, 'title') || 'Rubrik saknas'),
      h('p', null, text(entry, 'text')),
      link ? h('p', null, h('a', { href: link }, text(entry, 'linkText') || link)) : null,
      h(
        'p',
        { className: 'warning__meta' },
        startsAt ? `Publicerad ${startsAt}` : 'Starttid saknas',
        endsAt ? `, gäller till ${endsAt}` : '',
      ),
    ),
  );
}
