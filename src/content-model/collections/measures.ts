import { MEASURE_STATUSES } from '../enums.ts';
import { type CollectionDef, optional, required } from '../fields.ts';
import { provenance } from '../shared-fields.ts';

/** Measures of the municipality's action plan (lag 2023:196), listed with owner and status. */
export const measures = {
  name: 'atgarder',
  label: 'Åtgärder',
  labelSingular: 'Åtgärd',
  hint: 'Åtgärder i kommunens åtgärdsplan mot brott och otrygghet.',
  format: 'yml',
  slugFrom: 'title',
  fields: [
    required.string('title', 'Åtgärd', 'Kort namn på åtgärden.', { max: 120 }),
    required.text('description', 'Beskrivning', 'Vad åtgärden innebär.', { max: 1200 }),
    optional.string(
      'owner',
      'Ansvarig',
      'Nämnd, kontor eller funktion som ansvarar. Lämna tomt om det inte är beslutat.',
      {
        max: 160,
      },
    ),
    optional.select('status', 'Status', 'Lämna tomt om status inte är känd.', MEASURE_STATUSES),
    optional.number('order', 'Ordning', 'Lägre tal visas först.', { min: 0, max: 1000 }),
    optional.relation('documents', 'Dokument', 'Dokument som åtgärden hör till.', 'dokument', true),
    provenance,
  ],
} satisfies CollectionDef;
