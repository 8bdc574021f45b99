import { SECTIONS } from '../enums.ts';
import { type CollectionDef, optional, required } from '../fields.ts';
import { lastReviewed, provenance, searchWords, summary, title } from '../shared-fields.ts';

/** Ordinary pages (MDX), placed in the navigation by section and order. */
export const pages = {
  name: 'sidor',
  label: 'Sidor',
  labelSingular: 'Sida',
  hint: 'Informationssidor. Du kan använda faktaruta, steg och telefonnummer i texten.',
  format: 'mdx',
  slugFrom: 'title',
  body: { label: 'Innehåll', hint: 'Sidans text. Rubriker på nivå 2 hamnar i "Hitta på sidan".', required: true },
  fields: [
    title,
    summary,
    required.select('section', 'Avsnitt', 'Var sidan hamnar i menyn.', SECTIONS),
    optional.number('order', 'Ordning i menyn', 'Lägre tal visas först.', { min: 0, max: 1000 }),
    optional.relation('contact', 'Sidansvarig kontakt', 'Visas under rubriken "Kontakt" längst ned.', 'kontakter'),
    lastReviewed,
    searchWords,
    provenance,
  ],
} satisfies CollectionDef;
