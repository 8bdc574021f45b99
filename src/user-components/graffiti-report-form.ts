/**
 * The graffiti report form's script (`GraffitiReportForm.astro`): the GOV.UK error pattern of
 * `enhance-form.ts` with the report's rules (`validateReport`), and a warning, which does not stop
 * the submit, when a free-text field seems to hold a personal identity number. A translated form
 * carries its texts in `data-messages`; the Swedish ones are the rules' own.
 */
import { enhanceForm } from '../components/form/enhance-form.ts';
import { fieldIds } from '../components/form/field-ids.ts';
import {
  FREE_TEXT_FIELDS,
  identityNumberWarning,
  type ReportField,
  type ReportMessages,
  validateReport,
} from '../utils/graffiti-report.ts';

/** The texts of a translated form, from the language settings (`installningar/sprak.yml`). */
export interface ReportFormMessages extends ReportMessages {
  identityNumber: string;
  /** Before each error and the page title, e.g. `Error:` (the space is added). */
  errorPrefix: string;
}

/** The id of a field's control in the report form. */
export const reportControlId = (field: ReportField): string => `report-${field}`;

export function enhanceReportForm(form: HTMLFormElement): void {
  const messages = form.dataset.messages ? (JSON.parse(form.dataset.messages) as ReportFormMessages) : undefined;
  const control = (field: ReportField) =>
    form.elements.namedItem(field) as HTMLInputElement | HTMLTextAreaElement | null;

  for (const field of FREE_TEXT_FIELDS) {
    const input = control(field);
    const warning = document.getElementById(fieldIds(reportControlId(field)).warning);
    input?.addEventListener('input', () => {
      if (warning) warning.textContent = identityNumberWarning(input.value, messages?.identityNumber) ?? '';
    });
  }

  enhanceForm(form, {
    errorPrefix: messages?.errorPrefix,
    validate: () => {
      const value = (field: ReportField) => control(field)?.value ?? '';
      const file = (control('photo') as HTMLInputElement | null)?.files?.[0];
      const report = {
        place: value('place'),
        description: value('description'),
        name: value('name'),
        contact: value('contact'),
        photo: file ? { name: file.name, type: file.type, size: file.size } : undefined,
      };
      return validateReport(report, messages).map((e) => ({ id: reportControlId(e.field), message: e.message }));
    },
  });
}
