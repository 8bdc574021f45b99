import { type CollectionDef, optional, required } from '../fields.ts';
import { provenance } from '../shared-fields.ts';

/** People and units residents and journalists can contact. */
export const contacts = {
  name: 'kontakter',
  label: 'Kontakter',
  labelSingular: 'Kontakt',
  hint: 'Personer och enheter som visas som kontakter på sidor och pressmeddelanden.',
  format: 'yml',
  slugFrom: 'name',
  fields: [
    required.string('name', 'Namn', 'Personens eller enhetens namn.', { max: 120 }),
    optional.string('role', 'Titel eller roll', 'T.ex. "kommundirektör".', { max: 120 }),
    optional.string('unit', 'Enhet', 'Förvaltning, kontor eller enhet.', { max: 160 }),
    optional.phone('phone', 'Telefon', 'Med riktnummer, t.ex. "0123-45 67 89".'),
    optional.email('email', 'E-post', 'Adress som besvaras.'),
    optional.boolean('pressContact', 'Presskontakt', 'Visas i pressrummet under Presskontakter.', false),
    provenance,
  ],
} satisfies CollectionDef;
