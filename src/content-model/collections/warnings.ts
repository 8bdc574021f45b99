import { WARNING_LEVELS } from '../enums.ts';
import { type CollectionDef, optional, required } from '../fields.ts';
import { provenance } from '../shared-fields.ts';

/** Warnings shown above the main heading on every page while they are active. */
export const warnings = {
  name: 'varningar',
  label: 'Varningar',
  labelSingular: 'Varning',
  hint: 'Visas överst på varje sida mellan start- och sluttid.',
  format: 'yml',
  slugFrom: 'title',
  fields: [
    required.string('title', 'Rubrik', 'Kort rubrik, t.ex. "Högt vattenflöde i Motala ström".', { max: 100 }),
    required.select('level', 'Nivå', 'Nivån skrivs ut i text, inte bara som färg.', WARNING_LEVELS),
    required.text('text', 'Text', 'Vad som gäller och vad man ska göra (högst 280 tecken).', { max: 280 }),
    optional.url('link', 'Länk', 'Sida med mer information.'),
    optional.string('linkText', 'Länktext', 'Säger vart länken leder, t.ex. "Mer om varningen".', { max: 80 }),
    required.datetime('startsAt', 'Visas från', 'Datum och tid (svensk tid) då varningen börjar visas.'),
    optional.datetime('endsAt', 'Visas till', 'Datum och tid då den slutar visas. Tomt = tills du tar bort den.'),
    provenance,
  ],
  checks: [
    {
      path: ['endsAt'],
      message: 'a warning cannot end before it starts',
      test: (d) =>
        !(d.endsAt instanceof Date) || !(d.startsAt instanceof Date) || d.endsAt.getTime() > d.startsAt.getTime(),
    },
    {
      path: ['linkText'],
      message: 'a link needs a link text that says where it leads',
      test: (d) => d.link === undefined || d.linkText !== undefined,
    },
  ],
} satisfies CollectionDef;
