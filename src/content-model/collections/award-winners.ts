import { type CollectionDef, optional, required } from '../fields.ts';
import { imageFields, provenance } from '../shared-fields.ts';

/** Winners of the municipality's award; the award itself is described in settings. */
export const awardWinners = {
  name: 'fem-i-tolv',
  label: 'Pristagare',
  labelSingular: 'Pristagare',
  hint: 'En post per år och pristagare.',
  format: 'md',
  slugFrom: 'title',
  body: { label: 'Mer om pristagaren', hint: 'Valfri längre text.', required: false },
  fields: [
    required.string('title', 'Rubrik', 'T.ex. "Pristagare 2024: Föreningen X".', { max: 120 }),
    required.number('year', 'År', 'Året priset avser.', { min: 1900, max: 2100 }),
    required.string('winner', 'Pristagare', 'Person, grupp eller organisation.', { max: 160 }),
    required.text('citation', 'Motivering', 'Rådets motivering, ordagrant.', { max: 1500 }),
    optional.object('image', 'Bild', 'Bild på pristagaren.', imageFields),
    optional.date('ceremonyDate', 'Prisutdelning, datum', 'Dagen priset delades ut.'),
    optional.string('ceremonyPlace', 'Prisutdelning, plats', 'Var priset delades ut.', { max: 160 }),
    provenance,
  ],
} satisfies CollectionDef;
