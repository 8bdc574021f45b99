/**
 * The award nomination form (`NominationForm.astro`): its fields' texts and rules written once.
 * The component renders the labels, `validateNomination` is the rule the script applies (and the
 * unit tests check), `enhanceNominationForm` is the script.
 */
import { enhanceForm, type FieldError } from './form/enhance-form.ts';

export const NOMINATION_FIELDS = {
  nominee: {
    label: 'Vem vill du nominera?',
    hint: 'En person, en grupp eller en organisation.',
    missing: 'Skriv vem du vill nominera',
  },
  reason: {
    label: 'Varför ska de få priset?',
    hint: 'Beskriv vad de har gjort.',
    missing: 'Skriv varför de ska få priset',
  },
  name: { label: 'Ditt namn (frivilligt)' },
  contact: { label: 'E-post eller telefonnummer (frivilligt)' },
} as const;

export type NominationField = keyof typeof NOMINATION_FIELDS;

/** The id of a field's control in the nomination form. */
export const nominationControlId = (field: NominationField): string => `nomination-${field}`;

/** Every problem with a nomination, in the order of the form: the nominee and the reason are required. */
export function validateNomination(values: Record<NominationField, string>): FieldError[] {
  return (['nominee', 'reason'] as const)
    .filter((field) => values[field].trim() === '')
    .map((field) => ({ id: nominationControlId(field), message: NOMINATION_FIELDS[field].missing }));
}

export function enhanceNominationForm(form: HTMLFormElement): void {
  const value = (field: NominationField) =>
    (form.elements.namedItem(field) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
  enhanceForm(form, {
    validate: () =>
      validateNomination({
        nominee: value('nominee'),
        reason: value('reason'),
        name: value('name'),
        contact: value('contact'),
      }),
  });
}
